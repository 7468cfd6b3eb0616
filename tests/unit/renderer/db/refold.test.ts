/**
 * Issue 10, defect 7: surname search keys stored before zero-width characters were folded out are
 * recomputed by the version-4 upgrade, so «Иванов» finds a stored «Ива\u200Bнов».
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AppDatabase, SCHEMA_VERSION } from '@renderer/db/database';
import { queryJournal } from '@renderer/journal/query';
import { sealStoredRows } from '@renderer/db/atRest/migrate';
import { generateRawDataKey } from '@shared/at-rest';
import { makeCase } from '../journal/fixtures';
import { caseSortKeys } from '@shared/case/sortKeys';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database version 4', () => {
  it('refolds surnames stored with invisible characters and leaves the others as they were', async () => {
    const name = `refold-${process.pid}-${Date.now()}`;
    names.push(name);
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
    old.version(3).stores({
      officeKeys: 'keyId, createdAt, status',
      trustedCards: 'keyId, officeCode, status',
      revocations: 'keyId',
      registries: 'id, direction, kind, pairKey, fileId, createdAt, status',
      caseParts: '[caseId+part], caseId',
      custodyScans: '++id, registryId, caseId, at',
    });
    const base = makeCase({ surname: 'Иванов' });
    const hidden = {
      ...base,
      intake: { ...base.intake, applicant: { ...base.intake.applicant, surname: 'Ива\u200Bнов' } },
      // What the old fold stored: the zero-width space kept.
      surnameFold: 'ива\u200bнов',
    };
    const plain = makeCase({ surname: 'Қасымов' });
    await old.table('cases').bulkAdd([hidden, plain]);
    old.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.cases.get(hidden.id))?.surnameFold).toBe('иванов');
    expect(await db.cases.get(plain.id)).toEqual({ ...plain, ...caseSortKeys(plain) });
    // Version 6: after a sign-in the rows are sealed, and the journal searches their blind keys.
    db.atRest.set(generateRawDataKey());
    expect((await sealStoredRows(db)).done).toBe(true);
    const found = await queryJournal(db, { search: 'Иванов', today: '2026-03-03' });
    expect(found.rows.map((r) => r.id)).toEqual([hidden.id]);
    db.close();
  });
});
