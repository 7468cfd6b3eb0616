/** Version 4 (issue 12): a version 3 database with cases in it gains the sortable keys on upgrade. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AppDatabase, SCHEMA_VERSION } from '@renderer/db/database';
import { queryJournal } from '@renderer/journal/query';
import { sealStoredRows } from '@renderer/db/atRest/migrate';
import { generateRawDataKey } from '@shared/at-rest';
import { caseSortKeys } from '@shared/case/sortKeys';
import { MONDAY_10AM, makeCase } from '../journal/fixtures';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The schema as version 3 shipped it (renderer/src/db/database.ts before issue 12). */
function version3(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ settings: 'key', users: 'id, &login', audit: '++id, at, userId, action, caseId' });
  db.version(2).stores({
    cases:
      'id, personKey, iin, surnameFold, acceptedAt, serviceId, status, channel, districtOfficeCode, dueDate, [personKey+serviceId]',
    drafts: 'id, userId, updatedAt',
    counterRefusals: '++id, at, serviceId, officeCode',
    sequences: 'key',
  });
  db.version(3).stores({
    officeKeys: 'keyId, createdAt, status',
    trustedCards: 'keyId, officeCode, status',
    revocations: 'keyId',
    registries: 'id, direction, kind, pairKey, fileId, createdAt, status',
    caseParts: '[caseId+part], caseId',
    custodyScans: '++id, registryId, caseId, at',
  });
  return db;
}

describe('upgrade to version 4', () => {
  it('fills the sortable keys of the cases stored, keeps everything else, and the journal finds them', async () => {
    const name = `test-db-v3-${Date.now()}`;
    names.push(name);
    const v3 = version3(name);
    const rows = [
      makeCase({ surname: 'Қасымов', acceptedAt: MONDAY_10AM }),
      makeCase({ surname: 'Касымова', acceptedAt: MONDAY_10AM + 60_000, status: 'withdrawn' }),
      makeCase({ surname: 'Иванов', acceptedAt: MONDAY_10AM + 120_000 }),
    ];
    await v3.table('cases').bulkAdd(rows);
    await v3.table('settings').put({ key: 'language', value: 'kk' });
    expect(await v3.table('cases').get(rows[0]!.id)).not.toHaveProperty('order');
    v3.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.cases.schema.idxByName.surnameKeys?.multi).toBe(true);
    expect(db.cases.schema.idxByName['[status+order]']).toBeDefined();
    for (const row of rows) expect(await db.cases.get(row.id)).toEqual({ ...row, ...caseSortKeys(row) });
    expect((await db.settings.get('language'))?.value).toBe('kk');

    // Version 6: after a sign-in the rows are sealed, and the journal searches their blind keys.
    db.atRest.set(generateRawDataKey());
    expect((await sealStoredRows(db)).done).toBe(true);
    const found = await queryJournal(db, { search: 'кас', today: '2026-03-03' });
    expect(found.index).toBe('surnameKeys');
    expect(found.rows.map((r) => r.id)).toEqual([rows[1]!.id, rows[0]!.id]);
    const newest = await queryJournal(db, { today: '2026-03-03', limit: 2 });
    expect(newest.rows.map((r) => r.id)).toEqual([rows[2]!.id, rows[1]!.id]);
    const withdrawn = await queryJournal(db, { filters: { status: 'withdrawn' }, today: '2026-03-03' });
    expect(withdrawn.rows.map((r) => r.id)).toEqual([rows[1]!.id]);
    db.close();
  });
});
