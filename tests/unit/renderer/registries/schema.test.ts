import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AppDatabase, SCHEMA_VERSION } from '@renderer/db/database';
import { caseStateSchema, intakePartSchema, localCaseState, ownedParts } from '@renderer/registry/parts';
import { caseSortKeys } from '@shared/case/sortKeys';
import { canonicalHash } from '@shared/registry/identity';
import { makeCase } from '../journal/fixtures';
import { closeTestDbs } from '../testDb';

afterEach(closeTestDbs);

describe('database version 3 (registry exchange)', () => {
  it('upgrades a version 2 database keeping its cases, with the new tables empty', async () => {
    const name = `v2-to-v3-${process.pid}`;
    const old = new Dexie(name);
    old
      .version(1)
      .stores({ settings: 'key', users: 'id, &login', audit: '++id, at, userId, action, caseId' });
    old.version(2).stores({
      cases:
        'id, personKey, iin, surnameFold, acceptedAt, serviceId, status, channel, districtOfficeCode, dueDate, [personKey+serviceId]',
      drafts: 'id, userId, updatedAt',
      counterRefusals: '++id, at, serviceId, officeCode',
      sequences: 'key',
    });
    const row = makeCase();
    await old.table('cases').put(row);
    old.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    // Version 4 adds the sortable keys (issue 12); the case is otherwise as stored.
    expect(await db.cases.get(row.id)).toEqual({ ...row, ...caseSortKeys(row) });
    for (const table of [
      db.officeKeys,
      db.trustedCards,
      db.revocations,
      db.registries,
      db.caseParts,
      db.custodyScans,
    ]) {
      expect(await table.count()).toBe(0);
    }
    db.close();
    await Dexie.delete(name);
  });
});

describe('case parts in a registry file', () => {
  it('the accepting office sends the intake part; the district office its processing part once it exists', () => {
    const row = makeCase();
    expect(ownedParts(row, '22').parts.map((p) => [p.part, p.owner, p.revision])).toEqual([
      ['intake', '22', 1],
    ]);
    expect(ownedParts(row, '12').parts).toEqual([]);
    const processed = {
      ...row,
      state: { ...row.state, revisions: { ...row.state.revisions, processing: 2 } },
    };
    expect(ownedParts(processed, '12').parts.map((p) => [p.part, p.owner, p.revision])).toEqual([
      ['processing', '12', 2],
    ]);
  });

  it('own parts hash as the schema outputs them; other offices’ parts come from the import snapshot', () => {
    const row = makeCase();
    const local = localCaseState(row, [], '22');
    expect(local.parts.intake).toEqual({
      owner: '22',
      revision: 1,
      hash: canonicalHash(intakePartSchema.parse({ intake: row.intake, state: row.state })),
    });
    const snapshot = {
      caseId: row.id,
      part: 'intake',
      owner: '22',
      revision: 3,
      hash: 'a'.repeat(64),
      importedAt: 1,
      registryId: 'in-x',
    };
    expect(localCaseState(row, [snapshot], '12').parts).toEqual({
      intake: { owner: '22', revision: 3, hash: 'a'.repeat(64) },
    });
  });

  it('refuses a lifecycle state with an unknown status or a negative revision', () => {
    const { state } = makeCase();
    expect(caseStateSchema.safeParse(state).success).toBe(true);
    expect(caseStateSchema.safeParse({ ...state, status: 'teleported' }).success).toBe(false);
    expect(
      caseStateSchema.safeParse({ ...state, revisions: { ...state.revisions, intake: -1 } }).success,
    ).toBe(false);
    expect(caseStateSchema.safeParse({ ...state, extra: 1 }).success).toBe(false);
  });
});
