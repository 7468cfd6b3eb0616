/** Issue 13, phase 3: a version 5 database with plaintext rows is sealed after sign-in, resumably. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { generateRawDataKey } from '@shared/at-rest';
import { AppDatabase, SCHEMA_VERSION } from '@renderer/db/database';
import { sealStoredRows } from '@renderer/db/atRest/migrate';
import { getSetting } from '@renderer/db/settings';
import { queryJournal } from '@renderer/journal/query';
import { CASES_V4 } from '@renderer/db/migrations/v4-search-keys';
import { caseSortKeys } from '@shared/case/sortKeys';
import { makeCase, MONDAY_10AM } from '../journal/fixtures';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The stores as version 5 shipped them (Dexie version 5 = IndexedDB 50). */
function version5(name: string): Dexie {
  const db = new Dexie(name);
  db.version(5).stores({
    settings: 'key',
    users: 'id, &login',
    audit: '++id, at, userId, action, caseId',
    cases: CASES_V4,
    drafts: 'id, userId, updatedAt',
    counterRefusals: '++id, at, serviceId, officeCode',
    sequences: 'key',
    officeKeys: 'keyId, createdAt, status',
    trustedCards: 'keyId, officeCode, status',
    revocations: 'keyId',
    registries: 'id, direction, kind, pairKey, fileId, createdAt, status',
    caseParts: '[caseId+part], caseId',
    custodyScans: '++id, registryId, caseId, at',
    complaints: 'id, registeredAt, status, kind, iin, surnameFold, caseId, dueDate',
    complaintDrafts: 'id, userId, updatedAt',
  });
  return db;
}

async function storedRows(name: string, table: string): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return await raw.table(table).toArray();
  } finally {
    raw.close();
  }
}

describe('sealing rows stored before version 6', () => {
  it('seals in chunks, resumes where it stopped, skips sealed rows, and the journal finds them', async () => {
    const name = `at-rest-v5-${Date.now()}`;
    names.push(name);
    const v5 = version5(name);
    const rows = Array.from({ length: 7 }, (_, i) =>
      makeCase({ surname: i % 2 ? 'Қасымов' : 'Иванова', acceptedAt: MONDAY_10AM + i * 60_000 }),
    ).map((r) => ({ ...r, ...caseSortKeys(r) }));
    await v5.table('cases').bulkAdd(rows);
    await v5.table('drafts').add({
      id: 'd1',
      userId: 'u1',
      form: { surname: 'Жумабаева' },
      serviceId: null,
      label: 'Жумабаева',
      createdAt: 1,
      updatedAt: 1,
    });
    await v5.table('audit').bulkAdd([
      { at: 5, userId: 'u1', action: 'auth.signed-in' },
      {
        at: 6,
        userId: 'u1',
        action: 'case.correct',
        caseId: rows[0]!.id,
        details: { before: { surname: 'Иванова' } },
      },
    ]);
    v5.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    // Before any sign-in: plaintext rows read as they are; nothing is sealed without a key.
    expect(await db.cases.get(rows[0]!.id)).toEqual(rows[0]);
    expect(await sealStoredRows(db)).toEqual({ sealed: 0, done: false });

    db.atRest.set(generateRawDataKey());
    // Interrupted after two chunks of three: the progress is kept.
    expect(await sealStoredRows(db, { chunk: 3, maxChunks: 2 })).toEqual({ sealed: 6, done: false });
    expect((await getSetting(db, 'atRestMigration'))?.cases).toBe(rows.map((r) => r.id).sort()[5]);
    const half = JSON.stringify(await storedRows(name, 'cases'));
    expect(half.match(/Иванова|Қасымов/g)?.length).toBeGreaterThan(0);

    const rest = await sealStoredRows(db, { chunk: 3 });
    expect(rest).toEqual({ sealed: 3, done: true }); // the last case, the draft, the correction's details
    expect(await getSetting(db, 'atRestMigration')).toEqual({
      cases: true,
      drafts: true,
      complaints: true,
      complaintDrafts: true,
      audit: true,
    });
    const stored = JSON.stringify([
      ...(await storedRows(name, 'cases')),
      ...(await storedRows(name, 'drafts')),
    ]);
    for (const secret of ['Иванова', 'Қасымов', 'иванова', 'Жумабаева', rows[0]!.iin])
      expect(stored).not.toContain(secret);
    // Idempotent: a second run finds nothing to do.
    expect(await sealStoredRows(db)).toEqual({ sealed: 0, done: true });

    for (const row of rows) expect(await db.cases.get(row.id)).toEqual(row);
    expect((await db.audit.get(2))?.details).toEqual({ before: { surname: 'Иванова' } });
    const found = await queryJournal(db, { search: 'касым', today: '2026-03-03' });
    expect(found.rows.map((r) => r.id)).toEqual([rows[5]!.id, rows[3]!.id, rows[1]!.id]);
    const byIin = await queryJournal(db, { search: rows[2]!.iin, today: '2026-03-03' });
    expect(byIin.rows.map((r) => r.id)).toContain(rows[2]!.id);
    db.close();
  });
});
