/**
 * The automatic daily backup (Electron). The administrator enables it once with a backup passphrase;
 * the key derived from it (AES, not extractable) is kept in a small database of its own, outside the
 * one that is backed up and restored, so the passphrase itself is stored nowhere. Once a day (Almaty
 * date) the renderer dumps and encrypts the database with that key and hands the bytes to main, which
 * writes them to the folder the administrator chose (electron/backup/auto-backup.ts).
 */
import { Dexie, type Table } from 'dexie';
import { deriveBackupKey, encryptBackup, type BackupKey } from '@shared/backup';
import type { Api } from '@shared/ipc/contract';
import { toAlmatyDate } from '@shared/time/almaty';
import { dumpDatabase } from './backup';

export const AUTO_KEY_DB = 'almaty-social-services-autobackup';

export interface AutoKeyStore {
  get(): Promise<BackupKey | null>;
  put(key: BackupKey): Promise<void>;
  clear(): Promise<void>;
}

interface KeyRow extends BackupKey {
  id: 'key';
}

class KeyDb extends Dexie {
  keys!: Table<KeyRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id' });
  }
}

/** CryptoKey objects are stored in IndexedDB as they are (structured clone), never exported. */
export function indexedDbKeyStore(name = AUTO_KEY_DB): AutoKeyStore {
  const db = new KeyDb(name);
  return {
    async get() {
      const row = await db.keys.get('key');
      if (!row) return null;
      const { id: _id, ...key } = row;
      return key;
    },
    async put(key) {
      await db.keys.put({ id: 'key', ...key });
    },
    async clear() {
      await db.keys.clear();
    },
  };
}

export function memoryKeyStore(): AutoKeyStore {
  let value: BackupKey | null = null;
  return {
    get: async () => value,
    put: async (k) => void (value = k),
    clear: async () => void (value = null),
  };
}

export async function enableAutoBackup(
  store: AutoKeyStore,
  passphrase: string,
  iterations: number,
): Promise<void> {
  await store.put(await deriveBackupKey(passphrase, { iterations }));
}

export type AutoRunResult =
  | { status: 'written'; name: string }
  | { status: 'not-due' | 'no-folder' | 'no-key' }
  | {
      status: 'failed';
      /** Detail for logs. */
      message: string;
      /** What was thrown, for the user's message; absent when the host could not write the file. */
      error?: unknown;
    };

export type AutoBackupApi = Required<Pick<Api, 'backupAutoStatus' | 'backupWriteAuto'>>;
type BackupApi = AutoBackupApi;

/** Makes today's automatic backup unless one was written today (Almaty date) or `force`. */
export async function runAutoBackupIfDue(
  db: Dexie,
  api: BackupApi,
  store: AutoKeyStore,
  now: number,
  force = false,
): Promise<AutoRunResult> {
  const status = await api.backupAutoStatus();
  if (!status.folder) return { status: 'no-folder' };
  if (!force && status.lastWrittenAt !== null && toAlmatyDate(status.lastWrittenAt) === toAlmatyDate(now)) {
    return { status: 'not-due' };
  }
  const key = await store.get();
  if (!key) return { status: 'no-key' };
  try {
    const bytes = await encryptBackup(await dumpDatabase(db, now), key);
    const result = await api.backupWriteAuto({ bytes, createdAt: now });
    if (result.status === 'written') return { status: 'written', name: result.name };
    if (result.reason === 'no-folder') return { status: 'no-folder' };
    return { status: 'failed', message: result.message ?? result.reason };
  } catch (err) {
    return { status: 'failed', message: err instanceof Error ? err.message : String(err), error: err };
  }
}

export interface SchedulerClock {
  now: () => number;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (id: unknown) => void;
}

/** The backup channels when the host has them all (Electron), else null. */
export function autoBackupApi(api: Partial<Api> | undefined): AutoBackupApi | null {
  return api?.backupAutoStatus && api.backupWriteAuto
    ? { backupAutoStatus: api.backupAutoStatus, backupWriteAuto: api.backupWriteAuto }
    : null;
}

/**
 * Checks now and then every hour while the app runs; a failure is reported, never thrown. Returns a
 * stop function. Mount once per window (AutoBackupScheduler).
 */
export function scheduleAutoBackup(
  db: Dexie,
  api: BackupApi,
  store: AutoKeyStore,
  onResult: (result: AutoRunResult) => void,
  clock: SchedulerClock = {
    now: () => Date.now(),
    setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
    clearInterval: (id) => globalThis.clearInterval(id as Parameters<typeof globalThis.clearInterval>[0]),
  },
): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void runAutoBackupIfDue(db, api, store, clock.now())
      .catch((err: unknown) => ({ status: 'failed' as const, message: String(err), error: err }))
      .then(onResult)
      .finally(() => {
        running = false;
      });
  };
  tick();
  const id = clock.setInterval(tick, 60 * 60 * 1000);
  return () => clock.clearInterval(id);
}
