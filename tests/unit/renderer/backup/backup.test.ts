import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { closeTestDbs, SETUP, setUpOffice, testDb } from '../testDb';
import { openDataKey } from '@renderer/db/atRest/session';
import { APPLICANT, MONDAY_10AM } from '../cases/fixtures';
import { registerCase, type RegisterInput } from '@renderer/cases/register';
import { saveDraft } from '@renderer/cases/drafts';
import { auditLog } from '@renderer/db/audit';
import { getSetting } from '@renderer/db/settings';
import { AppDatabase } from '@renderer/db/database';
import { applyBackup, createBackup, dumpDatabase, openBackup, restoreBackup } from '@renderer/backup/backup';
import { memoryEpochMarker } from '@renderer/backup/epochMarker';
import { BackupRefusal, encryptBackup, type BackupDump } from '@shared/backup';
import { createOfficeCard, generateOfficeKeys, unwrapOfficeKeys, wrapOfficeKeys } from '@shared/crypto';
import { parseCaseNumber } from '@shared/case-number';
import { iinCheckDigit } from '@shared/iin';

afterEach(closeTestDbs);

const PASS = 'Резервная копия 2026!';
const ITER = 1000;
const OFFICE = { officeCode: '22', deskCode: '01' };
const INSPECTOR = { id: 'u-insp', fullName: 'Иванова Анна', roles: ['center-inspector' as const] };

function intake(iin: string, surname: string): RegisterInput {
  return {
    data: {
      serviceId: 'housing-assistance',
      subType: null,
      applicant: { ...APPLICANT, iin, surname },
      representative: null,
      family: [],
      answers: { dwelling: 'individual-house' },
      documents: [
        'application',
        'identity-copy',
        'title-copy',
        'house-register-copy',
        'family-income',
        'utility-bills',
        'telecom-bill',
      ].map((itemId) => ({ itemId, originalShown: true, copyReceived: true })),
    },
    user: INSPECTOR,
    office: OFFICE,
    now: MONDAY_10AM,
  };
}

/** A valid IIN (check digit) per index, born 1995-06-15, so the duplicate guard stays quiet. */
function iinOf(i: number): string {
  for (let serial = i * 10; ; serial++) {
    const first11 = `9506153${String(serial).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null && check < 10) return first11 + String(check);
  }
}

async function register(db: AppDatabase, i: number): Promise<string> {
  const r = await registerCase(db, intake(iinOf(i), `Фамилия${i}`));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.row.id;
}

/** An office with an administrator, cases, a draft, audit entries and (v3+) wrapped office keys. */
async function populated(): Promise<AppDatabase> {
  const db = testDb();
  await setUpOffice(db, { officeCode: '22', workstation: 'desk', deskCode: '01' });
  await register(db, 0);
  await register(db, 1);
  await saveDraft(
    db,
    { id: 'd1', userId: INSPECTOR.id, form: { step: 2, raw: 'Қ' }, serviceId: null, label: 'x' },
    5,
  );
  await auditLog.append(db, { userId: INSPECTOR.id, action: 'settings.changed', details: { k: 'v' } }, 7);
  return db;
}

async function allTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

/** A restored workstation opens the backup's data key at the administrator's sign-in (its wraps came along). */
async function signInRestored(db: AppDatabase) {
  const admin = (await db.users.toArray()).find((u) => u.login === SETUP.admin.login)!;
  expect(await openDataKey(db, admin.id, SETUP.admin.password, 2_000)).toBe('opened');
}

function withoutEpoch(tables: Record<string, unknown[]>) {
  return {
    ...tables,
    settings: tables.settings!.filter((r) => (r as { key: string }).key !== 'caseNumberEpoch'),
  };
}

describe('backup and restore', () => {
  it('round trip: every table of the restored database equals the original (bar the new epoch)', async () => {
    const db = await populated();
    if (db.tables.some((t) => t.name === 'officeKeys')) {
      const keys = await generateOfficeKeys({ withEncryption: true });
      const card = await createOfficeCard(keys, {
        officeCode: '22',
        name: { ru: 'ЦОН', kk: 'ХҚКО' },
        now: new Date(MONDAY_10AM),
      });
      const wrapped = await wrapOfficeKeys(keys, card, 'office passphrase', { iterations: ITER });
      await db
        .table('officeKeys')
        .add({ keyId: keys.keyId, wrapped, card, status: 'active', createdAt: 1, createdBy: 'u' });
    }
    const before = await allTables(db);
    expect(before.cases).toHaveLength(2);
    expect(before.audit!.length).toBeGreaterThanOrEqual(4);

    const { bytes, dump } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    // The backup carries the rows as stored: sealed, no applicant's surname or IIN in the clear.
    const stored = JSON.stringify(dump.tables.cases!.rows) + JSON.stringify(dump.tables.drafts!.rows);
    expect(stored).not.toContain(APPLICANT.surname);
    expect(stored).not.toContain(APPLICANT.iin);
    expect(dump.tables.keyWraps!.rows.length).toBeGreaterThan(0);
    const target = testDb();
    await target.open();
    const result = await restoreBackup(target, bytes, PASS, { marker: memoryEpochMarker() });
    expect(result.epoch).toBe(1);
    await signInRestored(target);
    // Without `audit`, no entry is added: the tables compare equal below.
    const after = await allTables(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(withoutEpoch(after)).toEqual(withoutEpoch(before));
    expect(await getSetting(target as AppDatabase, 'caseNumberEpoch')).toBe(1);
    // Binary and date values keep their types.
    expect(result.summary.office).toEqual({ ...OFFICE, workstation: 'desk' });
    expect(result.summary.rowCounts.cases).toBe(2);
  });

  it('restores over a database with other contents, audit included, and the app’s guard still holds', async () => {
    const source = await populated();
    const { bytes } = await createBackup(source, PASS, 1_000, { iterations: ITER });
    const target = testDb();
    await setUpOffice(target, { officeCode: '22', workstation: 'desk', deskCode: '01' });
    await auditLog.append(target, { userId: null, action: 'auth.sign-in-failed' }, 9);
    await restoreBackup(target, bytes, PASS, { marker: memoryEpochMarker() });
    await signInRestored(target);
    expect(withoutEpoch(await allTables(target))).toEqual(withoutEpoch(await allTables(source)));
    // Normal code paths still cannot delete audit entries.
    await expect(target.audit.clear()).rejects.toThrow(/append-only/);
  });

  it('records who restored, in the same transaction, after the backup’s own entries', async () => {
    const db = await populated();
    const { bytes } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    const before = await db.audit.count();
    await restoreBackup(db, bytes, PASS, {
      marker: memoryEpochMarker(),
      audit: { userId: 'u-admin', now: 42 },
    });
    const entries = await db.audit.orderBy('id').toArray();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      at: 42,
      userId: 'u-admin',
      action: 'backup.restored',
      details: { backupCreatedAt: 1_000, officeCode: '22', deskCode: '01', epoch: 1 },
    });
  });

  it('restoring an older backup never reissues a case number, even twice in a row', async () => {
    const db = await populated();
    const marker = memoryEpochMarker();
    const issued = new Set((await db.cases.toArray()).map((c) => c.id));
    const { bytes: old } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    for (let i = 2; i < 4; i++) issued.add(await register(db, i));

    for (const round of [1, 2]) {
      await restoreBackup(db, old, PASS, { marker });
      expect(await getSetting(db, 'caseNumberEpoch')).toBe(round);
      const id = await register(db, 3 + round);
      expect(issued.has(id)).toBe(false);
      const parsed = parseCaseNumber(id);
      expect(parsed.ok && parsed.value.epoch).toBe(round);
      issued.add(id);
    }
    expect(marker.values.get('22-01')).toBe(2);
  });

  it('takes the current database’s epochs into account even without a marker', async () => {
    const db = await populated();
    const { bytes: old } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    await restoreBackup(db, old, PASS, { marker: memoryEpochMarker() });
    const id = await register(db, 2);
    // A marker lost (new browser profile) still cannot bring the desk back to epoch 1 while epoch-1
    // sequences are in the database being replaced.
    const r = await restoreBackup(db, old, PASS, { marker: memoryEpochMarker() });
    expect(r.epoch).toBe(2);
    expect(parseCaseNumber(await register(db, 3))).not.toEqual(parseCaseNumber(id));
  });

  it('a restored backup on a replacement workstation still unwraps the office keys', async () => {
    const db = await populated();
    const keys = await generateOfficeKeys({ withEncryption: true });
    const card = await createOfficeCard(keys, {
      officeCode: '22',
      name: { ru: 'ЦОН', kk: 'ХҚКО' },
      now: new Date(MONDAY_10AM),
    });
    const wrapped = await wrapOfficeKeys(keys, card, 'office passphrase', { iterations: ITER });
    const table = db.tables.find((t) => t.name === 'officeKeys') ? 'officeKeys' : 'settings';
    if (table === 'officeKeys') {
      await db
        .table('officeKeys')
        .add({ keyId: keys.keyId, wrapped, card, status: 'active', createdAt: 1, createdBy: 'u' });
    } else {
      await db.table('settings').put({ key: 'test-wrapped-keys', value: wrapped });
    }
    const { bytes } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    db.close();
    await Dexie.delete(db.name);

    const replacement = testDb();
    await setUpOffice(replacement, { officeCode: '22', workstation: 'desk', deskCode: '01' });
    await restoreBackup(replacement, bytes, PASS, { marker: memoryEpochMarker() });
    const row =
      table === 'officeKeys'
        ? ((await replacement.table('officeKeys').get(keys.keyId)) as { wrapped: unknown })
        : ((await replacement.table('settings').get('test-wrapped-keys')) as { value: unknown });
    const restored = 'wrapped' in row ? row.wrapped : row.value;
    const unwrapped = await unwrapOfficeKeys(restored, 'office passphrase');
    expect(unwrapped.keyId).toBe(keys.keyId);
    expect(unwrapped.decryptionKey).toBeDefined();
    // The keys really work: sign with the restored key, verify with the original public key.
    const data = new TextEncoder().encode('registry');
    const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, unwrapped.signingKey, data);
    expect(
      await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, keys.signing.publicKey, sig, data),
    ).toBe(true);
  });

  it('wrong passphrase, tampered or newer backups change nothing', async () => {
    const db = await populated();
    const { bytes } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    const target = testDb();
    await setUpOffice(target);
    const before = await allTables(target);
    const marker = memoryEpochMarker();
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'none',
        (e: unknown) => (e instanceof BackupRefusal ? e.code : String(e)),
      );
    expect(await refusal(restoreBackup(target, bytes, 'wrong', { marker }))).toBe('wrong-passphrase');
    const tampered = bytes.slice();
    tampered[tampered.length - 100]! ^= 4;
    expect(await refusal(restoreBackup(target, tampered, PASS, { marker }))).toBe('tampered');
    expect(await refusal(restoreBackup(target, bytes.subarray(0, bytes.length - 10), PASS, { marker }))).toBe(
      'truncated',
    );
    const dump = await dumpDatabase(db, 1);
    const newer = await encryptBackup({ ...dump, schemaVersion: db.verno + 1 }, PASS, { iterations: ITER });
    expect(await refusal(restoreBackup(target, newer, PASS, { marker }))).toBe('newer-schema');
    const foreign: BackupDump = {
      ...dump,
      tables: { ...dump.tables, fromTheFuture: { schema: 'id', rows: [{ id: 1 }] } },
    };
    const unknown = await encryptBackup(foreign, PASS, { iterations: ITER });
    expect(await refusal(restoreBackup(target, unknown, PASS, { marker }))).toBe('unknown-table');
    expect(await allTables(target)).toEqual(before);
    expect(marker.values.size).toBe(0);
  });

  it('an interrupted write leaves the previous contents (all or nothing)', async () => {
    const db = await populated();
    const { bytes } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    const target = testDb();
    await setUpOffice(target);
    const before = await allTables(target);
    const opened = await openBackup(target, bytes, PASS);
    // A row the cases table refuses (no primary key) fails the write after the clears have run.
    const broken = structuredClone(opened.dump);
    broken.tables.cases!.rows.push({ notAnId: true });
    await expect(
      applyBackup(target, { ...opened, dump: broken }, { marker: memoryEpochMarker() }),
    ).rejects.toThrow();
    expect(await allTables(target)).toEqual(before);
  });

  it('refuses when every epoch of the desk is used', async () => {
    const db = await populated();
    const { bytes } = await createBackup(db, PASS, 1_000, { iterations: ITER });
    const marker = memoryEpochMarker();
    await marker.raise('22', '01', 9);
    await expect(restoreBackup(db, bytes, PASS, { marker })).rejects.toMatchObject({
      code: 'epochs-exhausted',
    });
    expect(await db.cases.count()).toBe(2);
  });

  it('brings an older schema’s backup up to date through the app’s own upgrades', async () => {
    // A version-1 database (settings, users, audit only), dumped as version 1 would have been.
    const v1 = new Dexie(`unit-v1-${process.pid}`);
    v1.version(1).stores({ settings: 'key', users: 'id, &login', audit: '++id, at, userId, action, caseId' });
    await v1.open();
    await v1.table('settings').add({
      key: 'office',
      value: { officeCode: '22', deskCode: '01', workstation: 'desk', configuredAt: 1 },
    });
    await v1.table('users').add({ id: 'u1', login: 'admin', fullName: 'А', roles: ['admin'] });
    await v1.table('audit').add({ at: 1, userId: 'u1', action: 'setup.completed' });
    const { bytes } = await createBackup(v1, PASS, 1, { iterations: ITER });
    v1.close();
    await Dexie.delete(v1.name);

    const target = testDb();
    await setUpOffice(target);
    await restoreBackup(target, bytes, PASS, { marker: memoryEpochMarker() });
    expect(await target.users.toArray()).toEqual([
      { id: 'u1', login: 'admin', fullName: 'А', roles: ['admin'] },
    ]);
    expect(await target.audit.count()).toBe(1);
    expect(await target.cases.count()).toBe(0);
    expect(await getSetting(target, 'caseNumberEpoch')).toBe(1);
    expect((await Dexie.getDatabaseNames()).some((n) => n.endsWith('-restore-staging'))).toBe(false);
  });
});
