import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
  assertDatabaseNotNewer,
  installedDatabaseVersion,
  NewerDatabaseError,
  storageErrorMessageKey,
} from '@renderer/backup/storageErrors';
import { AppDatabase } from '@renderer/db/database';

function domError(name: string, message = ''): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

async function createRaw(name: string, version: number, stores: string[]) {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      for (const s of stores) req.result.createObjectStore(s, { keyPath: 'key' });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('storageErrorMessageKey', () => {
  it('recognises a full disk however Dexie wraps it', () => {
    expect(storageErrorMessageKey(domError('QuotaExceededError'))).toBe('backup:storage.quota');
    expect(storageErrorMessageKey(new Dexie.AbortError('aborted', domError('QuotaExceededError')))).toBe(
      'backup:storage.quota',
    );
    const bulk = Object.assign(domError('BulkError'), { failures: [domError('QuotaExceededError')] });
    expect(storageErrorMessageKey(bulk)).toBe('backup:storage.quota');
    expect(storageErrorMessageKey(domError('UnknownError', 'Quota exceeded.'))).toBe('backup:storage.quota');
    expect(storageErrorMessageKey(new Error('x', { cause: domError('QuotaExceededError') }))).toBe(
      'backup:storage.quota',
    );
  });

  it('recognises a newer database and storage that cannot open; null otherwise', () => {
    expect(storageErrorMessageKey(new NewerDatabaseError(9900, 30))).toBe('backup:storage.newerVersion');
    expect(storageErrorMessageKey(domError('VersionError'))).toBe('backup:storage.newerVersion');
    expect(storageErrorMessageKey(domError('OpenFailedError'))).toBe('backup:storage.unavailable');
    expect(storageErrorMessageKey(new TypeError('x'))).toBeNull();
    expect(storageErrorMessageKey(undefined)).toBeNull();
    expect(storageErrorMessageKey('boom')).toBeNull();
  });
});

describe('assertDatabaseNotNewer', () => {
  it('passes for a missing database without creating it', async () => {
    const name = `missing-${process.pid}`;
    await assertDatabaseNotNewer(name, 3);
    expect(await Dexie.getDatabaseNames()).not.toContain(name);
    expect(await installedDatabaseVersion(name)).toBe(0);
  });

  it('passes for the same or an older version', async () => {
    const db = new AppDatabase(`same-${process.pid}`);
    await db.open();
    db.close();
    await expect(assertDatabaseNotNewer(db.name, db.verno)).resolves.toBeUndefined();
    await expect(assertDatabaseNotNewer(db.name, db.verno + 1)).resolves.toBeUndefined();
    await Dexie.delete(db.name);
  });

  it('refuses a newer database and leaves it exactly as it was', async () => {
    const name = `newer-${process.pid}`;
    await createRaw(name, 9900, ['settings', 'future']);
    const err = await assertDatabaseNotNewer(name, 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NewerDatabaseError);
    expect(err).toMatchObject({ installedVersion: 9900, supportedVersion: 30 });
    expect(await installedDatabaseVersion(name)).toBe(9900);
    await Dexie.delete(name);
  });

  it('documents why the guard is needed: Dexie 4 itself opens a newer database and patches it', async () => {
    const name = `dexie-newer-${process.pid}`;
    await createRaw(name, 9900, ['settings']);
    const db = new AppDatabase(name);
    await db.open();
    const version = db.backendDB().version;
    db.close();
    // Dexie opened it (no VersionError) and added the tables it missed: the database changed.
    expect(version).toBeGreaterThan(9900);
    await Dexie.delete(name);
  });
});
