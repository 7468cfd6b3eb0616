/**
 * Main's side of backups (issue 7 item 3): the folder the administrator chose for the automatic daily
 * backup, writing each backup there safely (temporary name, then rename) and keeping the newest
 * `keep`, and the restore-epoch marker kept in the user-data folder, outside the database a restore
 * replaces. The renderer makes and encrypts the backup; main never sees the passphrase or the data in
 * clear. Everything is injected (fs, dialog, window, clock), so tests run without Electron.
 */
import type { BrowserWindow, Dialog } from 'electron';
import { join } from 'node:path';
import type { AutoBackupStatus, AutoWriteResult, ChooseFolderResult } from '@shared/ipc/contract';
import { toAlmatyParts } from '@shared/time/almaty';
import type { Logger } from '../logger';

export interface BackupFs {
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
}

export interface AutoBackupDeps {
  userDataDir: () => string;
  fs: BackupFs;
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: () => BrowserWindow | null;
  title: () => string;
  logger: Logger;
  keep?: number;
}

export const DEFAULT_KEEP = 14;
export const AUTO_BACKUP_PATTERN = /^auto-backup-\d{4}-\d{2}-\d{2}-\d{4}\.assbak$/;
const SETTINGS_FILE = 'backup-settings.json';
const EPOCHS_FILE = 'restore-epochs.json';

interface Settings {
  folder: string | null;
  lastWrittenAt: number | null;
}

/** `auto-backup-2026-03-16-1005.assbak` in Almaty time, so names sort by time. */
export function autoBackupName(createdAt: number): string {
  const p = toAlmatyParts(createdAt);
  return `auto-backup-${p.date}-${String(p.hour).padStart(2, '0')}${String(p.minute).padStart(2, '0')}.assbak`;
}

export function createAutoBackup(deps: AutoBackupDeps) {
  const keep = deps.keep ?? DEFAULT_KEEP;
  const settingsPath = () => join(deps.userDataDir(), SETTINGS_FILE);
  const epochsPath = () => join(deps.userDataDir(), EPOCHS_FILE);

  async function readJson(path: string): Promise<Record<string, unknown>> {
    try {
      const data: unknown = JSON.parse(await deps.fs.readText(path));
      return data && typeof data === 'object' && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {};
    } catch {
      return {};
    }
  }

  /** Writes through a temporary file and a rename, so a crash never leaves half a JSON file. */
  async function writeJson(path: string, value: unknown): Promise<void> {
    await deps.fs.writeText(`${path}.tmp`, JSON.stringify(value));
    await deps.fs.rename(`${path}.tmp`, path);
  }

  async function loadSettings(): Promise<Settings> {
    const raw = await readJson(settingsPath());
    return {
      folder: typeof raw.folder === 'string' && raw.folder !== '' ? raw.folder : null,
      lastWrittenAt: typeof raw.lastWrittenAt === 'number' ? raw.lastWrittenAt : null,
    };
  }

  async function status(): Promise<AutoBackupStatus> {
    const s = await loadSettings();
    return { folder: s.folder, lastWrittenAt: s.lastWrittenAt, keep };
  }

  async function chooseFolder(): Promise<ChooseFolderResult> {
    const win = deps.window();
    const options = {
      title: deps.title(),
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const { canceled, filePaths } = win
      ? await deps.dialog.showOpenDialog(win, options)
      : await deps.dialog.showOpenDialog(options);
    const folder = filePaths[0];
    if (canceled || !folder) return { status: 'cancelled' };
    const s = await loadSettings();
    await deps.fs.mkdir(deps.userDataDir());
    await writeJson(settingsPath(), { ...s, folder });
    deps.logger.info('automatic backup folder chosen', { folder });
    return { status: 'chosen', folder };
  }

  async function writeAuto(bytes: Uint8Array, createdAt: number): Promise<AutoWriteResult> {
    const s = await loadSettings();
    if (!s.folder) return { status: 'failed', reason: 'no-folder' };
    const name = autoBackupName(createdAt);
    const target = join(s.folder, name);
    try {
      await deps.fs.mkdir(s.folder);
      await deps.fs.writeFile(`${target}.part`, bytes);
      await deps.fs.rename(`${target}.part`, target);
    } catch (err) {
      deps.logger.error('automatic backup not written', { error: String(err) });
      try {
        await deps.fs.unlink(`${target}.part`);
      } catch {
        // nothing was left
      }
      return { status: 'failed', reason: 'write-failed', message: String(err) };
    }
    await writeJson(settingsPath(), { ...s, lastWrittenAt: createdAt });
    // Keep the newest `keep` of our own files; never touch anything else in the folder.
    let removed = 0;
    try {
      const ours = (await deps.fs.readdir(s.folder)).filter((f) => AUTO_BACKUP_PATTERN.test(f)).sort();
      for (const old of ours.slice(0, Math.max(0, ours.length - keep))) {
        await deps.fs.unlink(join(s.folder, old));
        removed++;
      }
    } catch (err) {
      deps.logger.warn('old automatic backups not pruned', { error: String(err) });
    }
    return { status: 'written', name, removed };
  }

  async function readEpoch(officeCode: string, deskCode: string): Promise<number | null> {
    const v = (await readJson(epochsPath()))[`${officeCode}-${deskCode}`];
    return Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null;
  }

  async function raiseEpoch(officeCode: string, deskCode: string, epoch: number): Promise<void> {
    const all = await readJson(epochsPath());
    const key = `${officeCode}-${deskCode}`;
    const current = all[key];
    if (Number.isInteger(current) && (current as number) >= epoch) return;
    await deps.fs.mkdir(deps.userDataDir());
    await writeJson(epochsPath(), { ...all, [key]: epoch });
  }

  return { status, chooseFolder, writeAuto, readEpoch, raiseEpoch };
}

export type AutoBackup = ReturnType<typeof createAutoBackup>;
