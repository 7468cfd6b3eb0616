// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronPlatform } from '@renderer/platform/electron-platform';
import { acceptToFilters, saveFilters } from '@renderer/platform/filters';
import { getPlatform, setPlatformForTesting } from '@renderer/platform/index';
import { webPlatform } from '@renderer/platform/web-platform';
import type { Api } from '@shared/ipc/contract';

function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    appInfo: vi.fn(async () => ({
      name: 'A',
      version: '1',
      platform: 'linux' as const,
      isPackaged: true,
      electronVersion: '45',
    })),
    saveFile: vi.fn(async () => ({ status: 'saved', path: '/x' }) as const),
    openFile: vi.fn(async () => ({ status: 'cancelled' }) as const),
    printPdf: vi.fn(async () => ({ status: 'opened' }) as const),
    savePdf: vi.fn(async () => ({ status: 'cancelled' }) as const),
    setLanguage: vi.fn(async () => undefined),
    onMenuLanguage: vi.fn(() => () => undefined),
    ...overrides,
  };
}

afterEach(() => {
  setPlatformForTesting(undefined);
  delete window.api;
});

describe('getPlatform', () => {
  it('chooses the web host without window.api and Electron with it', () => {
    expect(getPlatform().kind).toBe('web');
    setPlatformForTesting(undefined);
    window.api = fakeApi();
    expect(getPlatform().kind).toBe('electron');
  });
});

describe('file filters', () => {
  it('turn accept lists into native dialog filters', () => {
    expect(acceptToFilters(['.json', 'application/pdf', '.JSON'])).toEqual([
      { name: 'JSON, PDF', extensions: ['json', 'pdf'] },
    ]);
    expect(acceptToFilters(['*/*'])).toEqual([]);
    expect(acceptToFilters(['.j;s'])).toEqual([]);
    expect(saveFilters('реестр.json', 'application/octet-stream')).toEqual([
      { name: 'JSON', extensions: ['json'] },
    ]);
    expect(saveFilters('noext', 'application/pdf')).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });
});

describe('Electron platform', () => {
  it('maps results to the UI shapes', async () => {
    const bytes = new Uint8Array([1]);
    const api = fakeApi({
      openFile: vi.fn(async () => ({ status: 'opened', name: 'r.json', bytes }) as const),
    });
    const p = electronPlatform(api);
    await expect(p.saveFile('r.json', bytes, 'application/json')).resolves.toBe('saved');
    expect(api.saveFile).toHaveBeenCalledWith({
      suggestedName: 'r.json',
      bytes,
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    await expect(p.openFile(['.json'])).resolves.toEqual({ name: 'r.json', bytes });
    await expect(p.savePdf(bytes, 'a.pdf')).resolves.toBe('cancelled');
  });

  it('throws when the PDF viewer did not open', async () => {
    const p = electronPlatform(
      fakeApi({ printPdf: vi.fn(async () => ({ status: 'failed', reason: 'no viewer' }) as const) }),
    );
    await expect(p.printPdf(new Uint8Array([1]), 't')).rejects.toThrow('no viewer');
  });
});

describe('web platform', () => {
  it('downloads a Blob under the given name', async () => {
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    await expect(
      webPlatform(window).saveFile('реестр.json', new Uint8Array([1]), 'application/json'),
    ).resolves.toBe('saved');
    expect(clicked).toEqual([{ download: 'реестр.json', href: 'blob:test/1' }]);
    expect((created.mock.calls[0]?.[0] as Blob).type).toBe('application/json');
    click.mockRestore();
    created.mockRestore();
  });

  it('resolves null when the file chooser is cancelled', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      this.dispatchEvent(new Event('cancel'));
    });
    await expect(webPlatform(window).openFile(['.json'])).resolves.toBeNull();
    expect(document.querySelector('input[type=file]')).toBeNull();
    click.mockRestore();
  });
});

describe('backup host', () => {
  it('is offered only when the preload exposes every backup channel', async () => {
    expect(electronPlatform(fakeApi()).backup).toBeUndefined();
    const raise = vi.fn(async () => undefined);
    const full = fakeApi({
      backupChooseFolder: vi.fn(async () => ({ status: 'cancelled' }) as never),
      backupAutoStatus: vi.fn(async () => null as never),
      backupWriteAuto: vi.fn(async () => ({ status: 'written' }) as never),
      backupEpochRead: vi.fn(async () => 0),
      backupEpochRaise: raise,
    });
    const host = electronPlatform(full).backup;
    expect(host).toBeDefined();
    await host!.backupEpochRaise({ officeCode: '22', deskCode: '00', epoch: 3 });
    expect(raise).toHaveBeenCalled();
    expect(webPlatform(window).backup).toBeUndefined();
  });
});
