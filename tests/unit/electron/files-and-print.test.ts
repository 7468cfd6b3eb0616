import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openWithDialog, saveWithDialog, type DialogDeps } from '../../../electron/files/dialogs';
import { createPdfViewer, pdfFileName } from '../../../electron/print/pdf-viewer';
import { MAX_BYTES } from '@shared/ipc/schemas';
import { PDF_BYTES, recordingLogger } from './fakes';

function dialogDeps(answer: { canceled: boolean; filePath?: string; filePaths?: string[] }, size = 10) {
  const win = { id: 1 };
  const fs = {
    writeFile: vi.fn(async () => undefined),
    readFile: vi.fn(async () => new Uint8Array([7, 8])),
    size: vi.fn(async () => size),
  };
  const dialog = {
    showSaveDialog: vi.fn(async () => ({ canceled: answer.canceled, filePath: answer.filePath ?? '' })),
    showOpenDialog: vi.fn(async () => ({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] })),
  };
  const deps = {
    dialog,
    window: () => win,
    fs,
    defaultDir: () => '/home/u/Documents',
    titles: () => ({ save: 'Сохранить файл', open: 'Открыть файл', allFiles: 'Все файлы' }),
  } as unknown as DialogDeps;
  return { deps, fs, dialog, win };
}

describe('save dialog', () => {
  const req = {
    suggestedName: 'реестр.json',
    bytes: new Uint8Array([1]),
    filters: [{ name: 'JSON', extensions: ['json'] }],
  };

  it('writes where the user chose and reports the path', async () => {
    const { deps, fs, dialog, win } = dialogDeps({ canceled: false, filePath: '/mnt/usb/реестр.json' });
    await expect(saveWithDialog(deps, req)).resolves.toEqual({
      status: 'saved',
      path: '/mnt/usb/реестр.json',
    });
    expect(fs.writeFile).toHaveBeenCalledWith('/mnt/usb/реестр.json', req.bytes);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, {
      title: 'Сохранить файл',
      defaultPath: join('/home/u/Documents', 'реестр.json'),
      filters: [...req.filters, { name: 'Все файлы', extensions: ['*'] }],
    });
  });

  it('writes nothing when cancelled', async () => {
    const { deps, fs } = dialogDeps({ canceled: true });
    await expect(saveWithDialog(deps, req)).resolves.toEqual({ status: 'cancelled' });
    expect(fs.writeFile).not.toHaveBeenCalled();
  });
});

describe('open dialog', () => {
  it('returns the chosen file name and bytes, not its folder', async () => {
    const { deps } = dialogDeps({ canceled: false, filePaths: ['/mnt/usb/in/registry.json'] });
    await expect(openWithDialog(deps, { filters: [] })).resolves.toEqual({
      status: 'opened',
      name: 'registry.json',
      bytes: new Uint8Array([7, 8]),
    });
  });

  it('returns cancelled without reading', async () => {
    const { deps, fs } = dialogDeps({ canceled: true });
    await expect(openWithDialog(deps, { filters: [] })).resolves.toEqual({ status: 'cancelled' });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { deps, fs } = dialogDeps({ canceled: false, filePaths: ['/big.bin'] }, MAX_BYTES + 1);
    await expect(openWithDialog(deps, { filters: [] })).rejects.toThrow('larger than');
    expect(fs.readFile).not.toHaveBeenCalled();
  });
});

describe('printing through the system PDF viewer', () => {
  function viewer(openResult = '') {
    const fs = {
      mkdtemp: vi.fn(async (prefix: string) => `${prefix}X1`),
      writeFile: vi.fn(async () => undefined),
      rm: vi.fn(async () => undefined),
    };
    const openPath = vi.fn(async () => openResult);
    const { logger, entries } = recordingLogger();
    return { v: createPdfViewer({ tmpDir: '/tmp', fs, openPath, logger }), fs, openPath, entries };
  }

  it('writes the PDF to a private temp folder and opens it', async () => {
    const { v, fs, openPath } = viewer();
    await expect(v.open(PDF_BYTES, 'Талон № 12/3')).resolves.toEqual({ status: 'opened' });
    const path = join('/tmp', 'almaty-print-X1', 'Талон № 12_3.pdf');
    expect(fs.writeFile).toHaveBeenCalledWith(path, PDF_BYTES);
    expect(openPath).toHaveBeenCalledWith(path);
  });

  it('reports a viewer that did not open', async () => {
    const { v, entries } = viewer('No application is associated with the specified file');
    await expect(v.open(PDF_BYTES, 'x')).resolves.toEqual({
      status: 'failed',
      reason: 'No application is associated with the specified file',
    });
    expect(entries[0]?.level).toBe('error');
  });

  it('removes its temp folders on cleanup, once', async () => {
    const { v, fs } = viewer();
    await v.open(PDF_BYTES, 'a');
    await v.open(PDF_BYTES, 'b');
    await v.cleanup();
    await v.cleanup();
    expect(fs.rm).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['Квитанция', 'Квитанция.pdf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j.pdf'],
    ['  trailing dots...  ', 'trailing dots.pdf'],
    ['...', 'document.pdf'],
    ['x'.repeat(200), `${'x'.repeat(80)}.pdf`],
  ])('makes a safe file name of %j', (title, expected) => {
    expect(pdfFileName(title)).toBe(expected);
  });
});
