import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AppDatabase, SCHEMA_VERSION, requestPersistentStorage } from '@renderer/db/database';
import { AuditAppendOnlyError } from '@renderer/db/auditGuard';
import { auditLog, clockBehind } from '@renderer/db/audit';
import { getSecurity, getSetting, putSetting } from '@renderer/db/settings';
import { DEFAULT_SECURITY } from '@shared/auth/security';

let n = 0;
const opened: AppDatabase[] = [];
function freshDb() {
  const db = new AppDatabase(`test-db-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('database schema', () => {
  it('opens an empty database at the current version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'caseParts',
      'cases',
      'complaintDrafts',
      'complaints',
      'counterRefusals',
      'custodyScans',
      'drafts',
      'keyWraps',
      'officeKeys',
      'registries',
      'revocations',
      'sequences',
      'settings',
      'trustedCards',
      'users',
    ]);
    expect(db.cases.schema.idxByName['[personKey+serviceId]']).toBeDefined();
    expect(db.users.schema.idxByName.login?.unique).toBe(true);
    expect(db.audit.schema.primKey.auto).toBe(true);
    // IndexedDB sees version 10·n (docs/architecture.md traps).
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(db.name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(raw.version).toBe(SCHEMA_VERSION * 10);
    raw.close();
  });

  it('upgrades a version 1 database to the current one without losing data', async () => {
    const name = `test-db-v1-${Date.now()}-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ settings: 'key', users: 'id, &login', audit: '++id, at, userId, action, caseId' });
    await v1.table('settings').put({ key: 'language', value: 'kk' });
    await v1.table('audit').add({ at: 1, userId: null, action: 'setup.completed' });
    v1.close();
    const db = new AppDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await getSetting(db, 'language')).toBe('kk');
    expect(await db.audit.count()).toBe(1);
    expect(await db.cases.count()).toBe(0);
  });

  it('keeps data across close and reopen', async () => {
    const db = freshDb();
    await putSetting(db, 'language', 'kk');
    db.close();
    const again = new AppDatabase(db.name);
    opened.push(again);
    expect(await getSetting(again, 'language')).toBe('kk');
  });

  it('refuses a second user with the same login', async () => {
    const db = freshDb();
    const base = {
      fullName: 'A',
      roles: ['admin' as const],
      disabled: false,
      passwordHash: { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' },
      failedAttempts: 0,
      lockedUntil: null,
      createdAt: 0,
    };
    await db.users.add({ ...base, id: 'u1', login: 'aigul' });
    await expect(db.users.add({ ...base, id: 'u2', login: 'aigul' })).rejects.toThrow();
  });

  it('returns default security settings until an administrator changes them', async () => {
    const db = freshDb();
    expect(await getSecurity(db)).toEqual(DEFAULT_SECURITY);
    await putSetting(db, 'security', { ...DEFAULT_SECURITY, lockoutMinutes: 30 });
    expect((await getSecurity(db)).lockoutMinutes).toBe(30);
  });

  it('reports whether persistent storage was granted', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    const granted = { persisted: async () => false, persist: async () => true } as unknown as StorageManager;
    expect(await requestPersistentStorage(granted)).toBe(true);
  });
});

describe('audit log', () => {
  it('appends events in order and reports the latest time', async () => {
    const db = freshDb();
    await auditLog.append(db, { userId: 'u1', action: 'auth.signed-in' }, 1000);
    await auditLog.append(db, { userId: 'u1', action: 'auth.signed-out' }, 3000);
    await auditLog.append(db, { userId: null, action: 'auth.sign-in-failed', details: { login: 'x' } }, 2000);
    const recent = await auditLog.recent(db);
    expect(recent.map((e) => e.action)).toEqual(['auth.sign-in-failed', 'auth.signed-out', 'auth.signed-in']);
    expect(await auditLog.latestAt(db)).toBe(3000);
  });

  it('offers no update or delete path in the repository', () => {
    expect(Object.keys(auditLog).sort()).toEqual(['append', 'latestAt', 'recent']);
  });

  it('refuses updates, puts, deletes and clears even through the table', async () => {
    const db = freshDb();
    const id = await auditLog.append(db, { userId: 'u1', action: 'auth.signed-in' }, 1000);
    await expect(db.audit.update(id, { action: 'auth.signed-out' })).rejects.toThrow();
    await expect(db.audit.put({ id, at: 1, userId: 'x', action: 'auth.signed-out' })).rejects.toBeInstanceOf(
      AuditAppendOnlyError,
    );
    await expect(db.audit.delete(id)).rejects.toBeInstanceOf(AuditAppendOnlyError);
    await expect(db.audit.clear()).rejects.toBeInstanceOf(AuditAppendOnlyError);
    expect(await db.audit.get(id)).toMatchObject({ userId: 'u1', action: 'auth.signed-in', at: 1000 });
  });

  it('flags a clock earlier than the newest event', () => {
    expect(clockBehind(null, 5)).toBe(false);
    expect(clockBehind(10, 11)).toBe(false);
    expect(clockBehind(10, 9)).toBe(true);
  });
});
