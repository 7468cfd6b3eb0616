/**
 * The automatic daily backup (Electron). The administrator enables it once with the recovery
 * passphrase, which creates the office's backup key pair: the public half is kept in clear, the private
 * half only wrapped under the passphrase (shared/backup/auto-format.ts), in a small database of its
 * own outside the one that is backed up. Once a day (Almaty date) the renderer dumps the database,
 * encrypts it to the public key and hands the bytes to main, which writes them to the folder the
 * administrator chose (electron/backup/auto-backup.ts). Nothing on the workstation can decrypt them.
 */
import { Dexie, type Table } from 'dexie';
import {
  backupKeyPairSchema,
  BackupRefusal,
  createBackupKeyPair,
  encryptAutoBackup,
  type BackupKeyPair,
} from '@shared/backup';
import { KeyRefusal, unwrapOfficeKeys } from '@shared/crypto';
import type { Api } from '@shared/ipc/contract';
import { toAlmatyDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import { activeKeyRow } from '../registry/identity';
import { dumpDatabase } from './backup';
import { storeRecoveryWrap } from '../db/atRest/session';

export const AUTO_KEY_DB = 'almaty-social-services-autobackup';

export interface AutoKeyStore {
  get(): Promise<BackupKeyPair | null>;
  put(pair: BackupKeyPair): Promise<void>;
  clear(): Promise<void>;
}

interface PairRow {
  id: 'pair';
  pair: BackupKeyPair;
}

class KeyDb extends Dexie {
  keys!: Table<PairRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id' });
    // Version 1 held the AES key itself (row 'key'), which let a copied profile read every
    // automatic backup; it is deleted, and the administrator enables the backup again.
    this.version(2)
      .stores({ keys: 'id' })
      .upgrade((tx) => tx.table('keys').delete('key'));
  }
}

/** Only strings are stored: the public key and the wrapped private key. */
export function indexedDbKeyStore(name = AUTO_KEY_DB): AutoKeyStore {
  const db = new KeyDb(name);
  return {
    async get() {
      const row = await db.keys.get('pair');
      const parsed = backupKeyPairSchema.safeParse(row?.pair);
      return parsed.success ? parsed.data : null;
    },
    async put(pair) {
      await db.keys.put({ id: 'pair', pair });
    },
    async clear() {
      await db.keys.clear();
    },
  };
}

export function memoryKeyStore(): AutoKeyStore {
  let value: BackupKeyPair | null = null;
  return {
    get: async () => value,
    put: async (k) => void (value = k),
    clear: async () => void (value = null),
  };
}

/**
 * Creates the backup key pair under the recovery passphrase. Where the office already has keys, the
 * recovery passphrase is theirs: it must open the active set (BackupRefusal wrong-recovery-passphrase),
 * so the administrator keeps one passphrase, not two.
 */
export async function enableAutoBackup(
  db: AppDatabase,
  store: AutoKeyStore,
  passphrase: string,
  iterations: number,
): Promise<BackupKeyPair> {
  const office = await activeKeyRow(db);
  if (office) {
    try {
      await unwrapOfficeKeys(office.wrapped, passphrase);
    } catch (err) {
      if (err instanceof KeyRefusal && err.code === 'wrong-passphrase')
        throw new BackupRefusal('wrong-recovery-passphrase');
      throw err;
    }
  }
  const pair = await createBackupKeyPair(passphrase, { iterations });
  await store.put(pair);
  await storeRecoveryWrap(db, passphrase, Date.now());
  return pair;
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
  const pair = await store.get();
  if (!pair) return { status: 'no-key' };
  try {
    const bytes = await encryptAutoBackup(await dumpDatabase(db, now), pair);
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
