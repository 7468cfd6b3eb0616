import { describe, expect, it, vi } from 'vitest';
import { handleChannel, registerHandlers, senderProblem, type Handlers } from '../../../electron/ipc/handle';
import { requestSchemas } from '@shared/ipc/contract';
import { APP_FRAME, fakeIpcMain, PDF_BYTES, recordingLogger } from './fakes';

const trust = { devServerUrl: undefined };

function setup() {
  const ipc = fakeIpcMain();
  const { logger, entries } = recordingLogger();
  const save = vi.fn(async () => ({ status: 'saved' as const, path: '/home/u/Documents/a.json' }));
  handleChannel(ipc, 'file:save', save, { trust, logger });
  return { ipc, entries, save };
}

const goodSave = { suggestedName: 'registry.json', bytes: new Uint8Array([1, 2, 3]), filters: [] };

describe('the IPC wrapper', () => {
  it('passes a valid call from the app main frame to the handler', async () => {
    const { ipc, save, entries } = setup();
    await expect(ipc.invoke('file:save', APP_FRAME, goodSave)).resolves.toEqual({
      status: 'saved',
      path: '/home/u/Documents/a.json',
    });
    expect(save).toHaveBeenCalledWith(goodSave);
    expect(entries).toEqual([]);
  });

  it.each([
    ['a missing argument', []],
    ['a string instead of bytes', [{ ...goodSave, bytes: 'AQID' }]],
    ['a plain array instead of bytes', [{ ...goodSave, bytes: [1, 2, 3] }]],
    ['a path as file name', [{ ...goodSave, suggestedName: '../../.bashrc' }]],
    ['an absolute Windows path', [{ ...goodSave, suggestedName: 'C:\\Windows\\evil.exe' }]],
    ['an extra property', [{ ...goodSave, path: '/etc/passwd' }]],
    ['a bad filter extension', [{ ...goodSave, filters: [{ name: 'x', extensions: ['.exe;*'] }] }]],
    ['two arguments', [goodSave, goodSave]],
    ['null', [null]],
  ])('refuses and logs %s', async (_name, args) => {
    const { ipc, save, entries } = setup();
    await expect(ipc.invoke('file:save', APP_FRAME, ...(args as unknown[]))).rejects.toThrow(
      'file:save: refused',
    );
    expect(save).not.toHaveBeenCalled();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: 'warn', message: 'ipc refused: invalid payload' });
  });

  it('never writes payload bytes into the log', async () => {
    const { ipc, entries } = setup();
    const secret = 'ИИН 950615300000';
    await expect(ipc.invoke('file:save', APP_FRAME, { ...goodSave, bytes: secret })).rejects.toThrow();
    expect(JSON.stringify(entries)).not.toContain('950615300000');
  });

  it.each([
    ['a subframe of the app', { url: 'app://bundle/index.html', parent: APP_FRAME }],
    ['a foreign https page', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/evil.html', parent: null }],
    ['a look-alike origin', { url: 'app://bundle.evil/index.html', parent: null }],
    ['a frame that is gone', null],
  ])('refuses a call from %s', async (_name, frame) => {
    const { ipc, save, entries } = setup();
    await expect(ipc.invoke('file:save', frame, goodSave)).rejects.toThrow('file:save: refused');
    expect(save).not.toHaveBeenCalled();
    expect(entries[0]).toMatchObject({ level: 'warn', message: 'ipc refused: foreign sender' });
  });

  it('hides handler errors behind a generic message and logs them', async () => {
    const ipc = fakeIpcMain();
    const { logger, entries } = recordingLogger();
    handleChannel(ipc, 'file:save', () => Promise.reject(new Error('EACCES: /secret/path')), {
      trust,
      logger,
    });
    const error = await ipc.invoke('file:save', APP_FRAME, goodSave).catch((e: Error) => e);
    expect((error as Error).message).toBe('file:save: failed');
    expect(entries[0]).toMatchObject({ level: 'error', details: { error: 'EACCES: /secret/path' } });
  });

  it('accepts the dev server main frame only in development', async () => {
    const devFrame = { url: 'http://localhost:5173/', parent: null };
    expect(senderProblem(devFrame, { devServerUrl: 'http://localhost:5173' })).toBeNull();
    expect(senderProblem(devFrame, trust)).toBe('sender is not the app origin');
  });
});

describe('registerHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const ipc = fakeIpcMain();
    const { logger } = recordingLogger();
    const handlers = Object.fromEntries(
      Object.keys(requestSchemas).map((c) => [c, vi.fn()]),
    ) as unknown as Handlers;
    registerHandlers(ipc, handlers, { trust, logger });
    expect(ipc.channels()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('validates each channel with its own schema', async () => {
    const ipc = fakeIpcMain();
    const { logger } = recordingLogger();
    const handlers = Object.fromEntries(
      Object.keys(requestSchemas).map((c) => [c, vi.fn(async () => ({ status: 'opened' }))]),
    ) as unknown as Handlers;
    registerHandlers(ipc, handlers, { trust, logger });
    await expect(ipc.invoke('app:info', APP_FRAME)).resolves.toBeDefined();
    await expect(ipc.invoke('app:info', APP_FRAME, 'x')).rejects.toThrow('refused');
    await expect(ipc.invoke('app:set-language', APP_FRAME, 'kk')).resolves.toBeDefined();
    await expect(ipc.invoke('app:set-language', APP_FRAME, 'en')).rejects.toThrow('refused');
    await expect(
      ipc.invoke('pdf:print', APP_FRAME, { bytes: PDF_BYTES, title: 'Талон' }),
    ).resolves.toBeDefined();
    await expect(
      ipc.invoke('pdf:print', APP_FRAME, { bytes: new TextEncoder().encode('<html>'), title: 'x' }),
    ).rejects.toThrow('refused');
    await expect(
      ipc.invoke('pdf:save', APP_FRAME, { bytes: PDF_BYTES, suggestedName: 'a\u0000.pdf' }),
    ).rejects.toThrow('refused');
    await expect(
      ipc.invoke('file:open', APP_FRAME, { filters: [{ name: 'JSON', extensions: ['json'] }] }),
    ).resolves.toBeDefined();
  });
});
