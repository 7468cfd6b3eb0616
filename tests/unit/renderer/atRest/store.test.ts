/** Issue 13, phase 2: what IndexedDB holds after a case is registered, and the journal on blind keys. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AtRestRefusal } from '@shared/at-rest';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { APPLICANT, MONDAY_10AM } from '../cases/fixtures';
import { insertCases, makeIin, MONDAY_10AM as JOURNAL_MONDAY } from '../journal/fixtures';
import { registerCase } from '@renderer/cases/register';
import { saveDraft } from '@renderer/cases/drafts';
import { findOpenDuplicates } from '@renderer/cases/duplicates';
import { queryJournal } from '@renderer/journal/query';
import { auditLog } from '@renderer/db/audit';
import type { AppDatabase } from '@renderer/db/database';

afterEach(closeTestDbs);

const DAY = 86_400_000;
const TODAY = '2026-03-30';

/** Every store, read with plain IndexedDB: what a copied profile shows. */
async function rawDump(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const out: Record<string, unknown> = {};
    for (const store of [...idb.objectStoreNames]) {
      out[store] = await new Promise((resolve, reject) => {
        const req = idb.transaction(store, 'readonly').objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    return JSON.stringify(out);
  } finally {
    idb.close();
  }
}

async function registered(db: AppDatabase) {
  const r = await registerCase(db, {
    data: {
      serviceId: 'housing-assistance',
      subType: null,
      applicant: APPLICANT,
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
    user: { id: 'u-insp', fullName: 'Иванова Анна', roles: ['center-inspector'] },
    office: { officeCode: '22', deskCode: '01' },
    now: MONDAY_10AM,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.row;
}

describe('sealed store', () => {
  it('a registered case and a draft leave no IIN, surname, address or phone in IndexedDB', async () => {
    const db = testDb();
    await setUpOffice(db, { officeCode: '22', workstation: 'desk', deskCode: '01' });
    const row = await registered(db);
    await saveDraft(
      db,
      {
        id: 'd1',
        userId: 'u-insp',
        form: { surname: 'Жумабаева', iin: '880202400111' },
        serviceId: null,
        label: 'Жумабаева',
      },
      5,
    );
    const entry = await auditLog.append(
      db,
      {
        userId: 'u-insp',
        action: 'case.correct',
        caseId: row.id,
        details: { before: { surname: 'Старобекова' } },
      },
      6,
    );
    const dump = await rawDump(db.name);
    expect((await db.audit.get(entry))?.details).toEqual({ before: { surname: 'Старобекова' } });
    for (const secret of [
      'Старобекова',
      APPLICANT.iin,
      APPLICANT.iin.slice(0, 6),
      APPLICANT.surname,
      'қасымов',
      APPLICANT.name,
      'Шевченко',
      '701 000',
      'Жумабаева',
      'жумабаева',
      '880202400111',
    ])
      expect(dump).not.toContain(secret);
    // The case number stays the clear key; the application still reads the plain row.
    expect(dump).toContain(row.id);
    expect((await db.cases.get(row.id))?.intake.applicant).toEqual(row.intake.applicant);
    expect((await db.drafts.get('d1'))?.label).toBe('Жумабаева');
    // The duplicate guard's index holds a blind person key, and still finds the case.
    expect(await findOpenDuplicates(db, row.personKey, 'housing-assistance')).toHaveLength(1);
  });

  it('the journal finds by IIN exact, IIN prefix and surname prefix, newest first', async () => {
    const db = testDb();
    const iin = makeIin('950615', 10);
    const rows = await insertCases(db, [
      { surname: 'Қасымов', iin, acceptedAt: JOURNAL_MONDAY },
      { surname: 'Касымова', iin: makeIin('950620', 20), acceptedAt: JOURNAL_MONDAY + DAY },
      { surname: 'Иванов', iin: makeIin('010101', 5), acceptedAt: JOURNAL_MONDAY + 2 * DAY },
      { surname: 'Қасымов', iin, acceptedAt: JOURNAL_MONDAY + 3 * DAY },
    ]);
    const ids = (search: string) =>
      queryJournal(db, { search, today: TODAY }).then((r) => r.rows.map((x) => x.id));
    expect(await ids(iin)).toEqual([rows[3]!.id, rows[0]!.id]);
    expect(await ids('9506')).toEqual([rows[3]!.id, rows[1]!.id, rows[0]!.id]);
    expect(await ids('касым')).toEqual([rows[3]!.id, rows[1]!.id, rows[0]!.id]);
    expect(await ids('касымова')).toEqual([rows[1]!.id]);
    expect(await ids('0101')).toEqual([rows[2]!.id]);
    expect(await ids('7777')).toEqual([]);
  });

  it('refuses an altered envelope and an envelope moved to another row', async () => {
    const db = testDb();
    const [a, b] = await insertCases(db, [{ surname: 'Первый' }, { surname: 'Второй' }]);
    const raw = new Dexie(db.name);
    await raw.open();
    const storedA = await raw.table('cases').get(a!.id);
    const storedB = await raw.table('cases').get(b!.id);
    // B's envelope in A's row: the additional data (cases/<id>) no longer matches.
    await raw.table('cases').put({ ...storedA, sealed: storedB.sealed });
    await expect(db.cases.get(a!.id)).rejects.toBeInstanceOf(AtRestRefusal);
    const ct: string = storedB.sealed.ct;
    const flipped = (ct[10] === 'A' ? 'B' : 'A') + '';
    await raw
      .table('cases')
      .put({ ...storedB, sealed: { ...storedB.sealed, ct: ct.slice(0, 10) + flipped + ct.slice(11) } });
    await expect(db.cases.get(b!.id)).rejects.toThrow(/tampered|invalid/);
    raw.close();
  });

  it('a range over a blind index is refused instead of matching nothing', async () => {
    const db = testDb();
    await insertCases(db, [{}]);
    await expect(db.cases.where('iin').startsWith('95').toArray()).rejects.toThrow(/exact lookups only/);
  });
});
