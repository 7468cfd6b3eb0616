import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { autoBackupName, createAutoBackup, type BackupFs } from '../../../electron/backup/auto-backup';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import { registerHandlers } from '../../../electron/ipc/handle';
import { APP_FRAME, fakeIpcMain, recordingLogger } from './fakes';

/** An in-memory folder tree: path → bytes or text. */
function memFs(options: { failWrite?: boolean } = {}) {
  const files = new Map<string, Uint8Array | string>();
  const dirs = new Set<string>();
  const fs: BackupFs = {
    readText: vi.fn(async (p: string) => {
      const v = files.get(p);
      if (typeof v !== 'string') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return v;
    }),
    writeText: vi.fn(async (p: string, t: string) => void files.set(p, t)),
    writeFile: vi.fn(async (p: string, b: Uint8Array) => {
      if (options.failWrite) throw new Error('ENOSPC: no space left on device');
      files.set(p, b);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      const v = files.get(from);
      if (v === undefined) throw new Error('ENOENT');
      files.delete(from);
      files.set(to, v);
    }),
    readdir: vi.fn(async (p: string) =>
      [...files.keys()].filter((k) => k.startsWith(`${p}/`)).map((k) => k.slice(p.length + 1)),
    ),
    unlink: vi.fn(async (p: string) => {
      if (!files.delete(p)) throw new Error('ENOENT');
    }),
    mkdir: vi.fn(async (p: string) => void dirs.add(p)),
  };
  return { fs, files, dirs };
}

const BACKUP = new TextEncoder().encode('ASSBACKUP\nrest-of-file');
const USER_DATA = '/home/u/.config/app';
const FOLDER = '/mnt/share/backups';
// 2026-03-16 10:05 in Almaty (UTC+5)
const AT = Date.UTC(2026, 2, 16, 5, 5);

function setup(
  answer: { canceled: boolean; filePaths: string[] } = { canceled: false, filePaths: [FOLDER] },
  fsOptions = {},
) {
  const mem = memFs(fsOptions);
  const dialog = { showOpenDialog: vi.fn(async () => answer) };
  const win = { id: 1 };
  const { logger, entries } = recordingLogger();
  const backup = createAutoBackup({
    userDataDir: () => USER_DATA,
    fs: mem.fs,
    dialog: dialog as never,
    window: () => win as never,
    title: () => 'Папка для резервных копий',
    logger,
    keep: 3,
  });
  return { backup, dialog, win, entries, ...mem };
}

describe('automatic backup folder', () => {
  it('names files by Almaty time so they sort by time', () => {
    expect(autoBackupName(AT)).toBe('auto-backup-2026-03-16-1005.assbak');
  });

  it('has no folder until the administrator chooses one, then remembers it', async () => {
    const { backup, dialog, win, files } = setup();
    expect(await backup.status()).toEqual({ folder: null, lastWrittenAt: null, keep: 3 });
    expect(await backup.writeAuto(BACKUP, AT)).toEqual({ status: 'failed', reason: 'no-folder' });
    expect(await backup.chooseFolder()).toEqual({ status: 'chosen', folder: FOLDER });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, {
      title: 'Папка для резервных копий',
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(JSON.parse(files.get(join(USER_DATA, 'backup-settings.json')) as string)).toEqual({
      folder: FOLDER,
      lastWrittenAt: null,
    });
    expect((await backup.status()).folder).toBe(FOLDER);
  });

  it('a cancelled dialog changes nothing', async () => {
    const { backup, files } = setup({ canceled: true, filePaths: [] });
    expect(await backup.chooseFolder()).toEqual({ status: 'cancelled' });
    expect(files.size).toBe(0);
  });

  it('writes through a temporary name, records the time and keeps only the newest of its own files', async () => {
    const { backup, files, fs } = setup();
    await backup.chooseFolder();
    files.set(`${FOLDER}/notes.txt`, 'someone else’s file');
    for (let day = 0; day < 5; day++) {
      const r = await backup.writeAuto(BACKUP, AT + day * 86_400_000);
      expect(r.status).toBe('written');
    }
    const names = [...files.keys()].filter((k) => k.startsWith(`${FOLDER}/`)).sort();
    expect(names).toEqual([
      `${FOLDER}/auto-backup-2026-03-18-1005.assbak`,
      `${FOLDER}/auto-backup-2026-03-19-1005.assbak`,
      `${FOLDER}/auto-backup-2026-03-20-1005.assbak`,
      `${FOLDER}/notes.txt`,
    ]);
    expect(files.get(`${FOLDER}/auto-backup-2026-03-20-1005.assbak`)).toEqual(BACKUP);
    expect(fs.writeFile).toHaveBeenCalledWith(`${FOLDER}/auto-backup-2026-03-16-1005.assbak.part`, BACKUP);
    expect((await backup.status()).lastWrittenAt).toBe(AT + 4 * 86_400_000);
  });

  it('a failed write leaves no partial file and does not count as done', async () => {
    const { backup, files, entries } = setup(undefined, { failWrite: true });
    await backup.chooseFolder();
    const r = await backup.writeAuto(BACKUP, AT);
    expect(r).toMatchObject({ status: 'failed', reason: 'write-failed' });
    expect([...files.keys()].some((k) => k.startsWith(FOLDER))).toBe(false);
    expect((await backup.status()).lastWrittenAt).toBeNull();
    expect(entries.some((e) => e.level === 'error')).toBe(true);
  });
});

describe('restore-epoch marker in the user-data folder', () => {
  it('only ever rises, per office and desk', async () => {
    const { backup } = setup();
    expect(await backup.readEpoch('22', '01')).toBeNull();
    await backup.raiseEpoch('22', '01', 2);
    await backup.raiseEpoch('22', '01', 1);
    await backup.raiseEpoch('22', '00', 1);
    expect(await backup.readEpoch('22', '01')).toBe(2);
    expect(await backup.readEpoch('22', '00')).toBe(1);
  });

  it('a damaged marker file reads as no marker rather than failing', async () => {
    const { backup, files } = setup();
    files.set(join(USER_DATA, 'restore-epochs.json'), '{not json');
    expect(await backup.readEpoch('22', '01')).toBeNull();
    await backup.raiseEpoch('22', '01', 3);
    expect(await backup.readEpoch('22', '01')).toBe(3);
  });
});

describe('backup channels', () => {
  function wired() {
    const { backup, files } = setup();
    const ipc = fakeIpcMain();
    const { logger, entries } = recordingLogger();
    const deps = {
      app: { getName: () => 'x', getVersion: () => '1', isPackaged: false, getPath: () => USER_DATA },
      platform: 'linux',
      electronVersion: '45',
      dialogs: {} as never,
      pdfViewer: { open: vi.fn() },
      setLanguage: vi.fn(),
      backup,
    } as unknown as HandlerDeps;
    registerHandlers(ipc as never, createHandlers(deps), { trust: {}, logger });
    return { ipc, files, entries };
  }

  it('are registered and reach the module', async () => {
    const { ipc } = wired();
    expect(ipc.channels()).toEqual(
      expect.arrayContaining([
        'backup:auto-status',
        'backup:choose-folder',
        'backup:epoch-raise',
        'backup:epoch-read',
        'backup:write-auto',
      ]),
    );
    await ipc.invoke('backup:choose-folder', APP_FRAME);
    await expect(
      ipc.invoke('backup:write-auto', APP_FRAME, { bytes: BACKUP, createdAt: AT }),
    ).resolves.toMatchObject({
      status: 'written',
    });
    await ipc.invoke('backup:epoch-raise', APP_FRAME, { officeCode: '22', deskCode: '01', epoch: 4 });
    await expect(
      ipc.invoke('backup:epoch-read', APP_FRAME, { officeCode: '22', deskCode: '01' }),
    ).resolves.toBe(4);
  });

  it('refuse bytes that are not a backup, odd codes and epochs out of range', async () => {
    const { ipc, files } = wired();
    await ipc.invoke('backup:choose-folder', APP_FRAME);
    const before = files.size;
    await expect(
      ipc.invoke('backup:write-auto', APP_FRAME, {
        bytes: new TextEncoder().encode('#!/bin/sh\n'),
        createdAt: AT,
      }),
    ).rejects.toThrow();
    await expect(
      ipc.invoke('backup:epoch-raise', APP_FRAME, { officeCode: '../', deskCode: '01', epoch: 1 }),
    ).rejects.toThrow();
    await expect(
      ipc.invoke('backup:epoch-raise', APP_FRAME, { officeCode: '22', deskCode: '01', epoch: 10 }),
    ).rejects.toThrow();
    await expect(
      ipc.invoke(
        'backup:write-auto',
        { url: 'https://evil.example/', parent: null },
        { bytes: BACKUP, createdAt: AT },
      ),
    ).rejects.toThrow();
    expect(files.size).toBe(before);
  });
});
