import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import {
  enableAutoBackup,
  indexedDbKeyStore,
  memoryKeyStore,
  runAutoBackupIfDue,
  scheduleAutoBackup,
} from '@renderer/backup/autoBackup';
import {
  combinedEpochMarker,
  localStorageEpochMarker,
  memoryEpochMarker,
} from '@renderer/backup/epochMarker';
import { BackupRefusal, decryptBackup } from '@shared/backup';
import { getSetting } from '@renderer/db/settings';
import { createOfficeIdentity } from '@renderer/registry/identity';
import type { AutoBackupStatus, AutoWriteResult } from '@shared/ipc/contract';

afterEach(closeTestDbs);

const PASS = 'ежедневная копия';
// 2026-03-16 10:00 and 23:00 Almaty, and the next morning
const MORNING = Date.UTC(2026, 2, 16, 5, 0);
const NIGHT = Date.UTC(2026, 2, 16, 18, 0);
const NEXT = Date.UTC(2026, 2, 17, 4, 0);

function fakeApi(status: Partial<AutoBackupStatus> = {}) {
  const written: { bytes: Uint8Array; createdAt: number }[] = [];
  const state: AutoBackupStatus = { folder: '/backups', lastWrittenAt: null, keep: 14, ...status };
  return {
    written,
    state,
    backupAutoStatus: vi.fn(async () => ({ ...state })),
    backupWriteAuto: vi.fn(
      async (req: { bytes: Uint8Array; createdAt: number }): Promise<AutoWriteResult> => {
        written.push(req);
        state.lastWrittenAt = req.createdAt;
        return { status: 'written', name: `auto-${req.createdAt}.assbak`, removed: 0 };
      },
    ),
  };
}

describe('automatic daily backup', () => {
  it('writes once per Almaty day, with a file that opens with the passphrase alone', async () => {
    const db = testDb();
    await setUpOffice(db);
    const store = memoryKeyStore();
    const api = fakeApi();
    expect(await runAutoBackupIfDue(db, api, store, MORNING)).toEqual({ status: 'no-key' });
    await enableAutoBackup(db, store, PASS, 1000);
    expect((await runAutoBackupIfDue(db, api, store, MORNING)).status).toBe('written');
    expect(await runAutoBackupIfDue(db, api, store, NIGHT)).toEqual({ status: 'not-due' });
    expect((await runAutoBackupIfDue(db, api, store, NIGHT, true)).status).toBe('written');
    expect((await runAutoBackupIfDue(db, api, store, NEXT)).status).toBe('written');
    expect(api.written).toHaveLength(3);
    const dump = await decryptBackup(api.written[0]!.bytes, PASS);
    expect(dump.tables.users!.rows).toHaveLength(1);
    expect(dump.createdAt).toBe(MORNING);
  });

  it('does nothing without a folder and reports a failed write', async () => {
    const db = testDb();
    await setUpOffice(db);
    const store = memoryKeyStore();
    await enableAutoBackup(db, store, PASS, 1000);
    expect(await runAutoBackupIfDue(db, fakeApi({ folder: null }), store, MORNING)).toEqual({
      status: 'no-folder',
    });
    const failing = fakeApi();
    failing.backupWriteAuto.mockResolvedValueOnce({
      status: 'failed',
      reason: 'write-failed',
      message: 'ENOSPC',
    });
    expect(await runAutoBackupIfDue(db, failing, store, MORNING)).toEqual({
      status: 'failed',
      message: 'ENOSPC',
    });
  });

  it('keeps the public key and the wrapped private key in its own database, outside the backed-up one', async () => {
    const db = testDb();
    await setUpOffice(db);
    const name = `autokey-${process.pid}`;
    const store = indexedDbKeyStore(name);
    expect(await store.get()).toBeNull();
    await enableAutoBackup(db, store, PASS, 1000);
    const pair = await store.get();
    expect(pair?.kdf.iterations).toBe(1000);
    expect(JSON.stringify(pair)).not.toContain(PASS);
    await store.clear();
    expect(await store.get()).toBeNull();
    await Dexie.delete(name);
  });

  it('deletes the AES key an earlier version stored, so the administrator enables the backup again', async () => {
    const name = `autokey-old-${process.pid}`;
    const old = new Dexie(name);
    old.version(1).stores({ keys: 'id' });
    const aes = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await old.table('keys').put({ id: 'key', key: aes, salt: new Uint8Array(16), iterations: 1000 });
    old.close();
    const store = indexedDbKeyStore(name);
    expect(await store.get()).toBeNull();
    const raw = new Dexie(name);
    await raw.open();
    expect(await raw.table('keys').count()).toBe(0);
    raw.close();
    const db = testDb();
    await setUpOffice(db);
    expect(await runAutoBackupIfDue(db, fakeApi(), store, MORNING)).toEqual({ status: 'no-key' });
    await Dexie.delete(name);
  });

  it('where the office has keys, the recovery passphrase is theirs', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    const office = (await getSetting(db, 'office'))!;
    const created = await createOfficeIdentity(db, {
      office,
      passphrase: PASS,
      passphraseRepeat: PASS,
      userId: adminId,
      now: new Date(MORNING),
      iterations: 1000,
    });
    expect(created.ok).toBe(true);
    const store = memoryKeyStore();
    const refused = await enableAutoBackup(db, store, 'другой пароль', 1000).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BackupRefusal);
    expect((refused as BackupRefusal).code).toBe('wrong-recovery-passphrase');
    expect(await store.get()).toBeNull();
    await enableAutoBackup(db, store, PASS, 1000);
    expect(await store.get()).not.toBeNull();
  });

  it('the scheduler runs at once and then hourly, one run at a time, and stops', async () => {
    const db = testDb();
    await setUpOffice(db);
    const store = memoryKeyStore();
    await enableAutoBackup(db, store, PASS, 1000);
    const api = fakeApi();
    let tick: (() => void) | undefined;
    const clear = vi.fn();
    const results: string[] = [];
    const stop = scheduleAutoBackup(db, api, store, (r) => results.push(r.status), {
      now: () => MORNING,
      setInterval: (fn, ms) => {
        expect(ms).toBe(3_600_000);
        tick = fn;
        return 1;
      },
      clearInterval: clear,
    });
    await vi.waitFor(() => expect(results).toEqual(['written']));
    tick!();
    await vi.waitFor(() => expect(results).toEqual(['written', 'not-due']));
    stop();
    expect(clear).toHaveBeenCalledWith(1);
  });
});

describe('epoch markers', () => {
  it('localStorage and combined markers only rise and read the highest', async () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    } as Storage;
    const local = localStorageEpochMarker(storage);
    const other = memoryEpochMarker();
    await other.raise('22', '01', 5);
    const both = combinedEpochMarker(local, other);
    expect(await both.read('22', '01')).toBe(5);
    await both.raise('22', '01', 6);
    expect(await local.read('22', '01')).toBe(6);
    await local.raise('22', '01', 2);
    expect(await local.read('22', '01')).toBe(6);
    data.set('almaty-social-services.restoreEpoch.22-02', 'garbage');
    expect(await local.read('22', '02')).toBeNull();
  });
});
