/**
 * Issue 12: the journal walks an index already in its order (newest first) and reads no row it will
 * not show; every writer of a case gets the sortable keys from the cases middleware.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { actionContext, correctApplicant } from '@renderer/journal/actions';
import { queryJournal } from '@renderer/journal/query';
import type { AppDatabase } from '@renderer/db/database';
import { caseSortKeys } from '@shared/case/sortKeys';
import { closeTestDbs, testDb } from '../testDb';
import { MONDAY_10AM, insertCases, makeCase } from './fixtures';

afterEach(closeTestDbs);

const TODAY = '2026-03-03';

/** Counts the case rows IndexedDB hands back (bounded reads and cursor steps alike). */
function countRowsRead(db: AppDatabase) {
  const counter = { rows: 0 };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'countRowsRead',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'cases') return table;
        return {
          ...table,
          query: async (req) => {
            const res = await table.query(req);
            if (req.values) counter.rows += res.result.length;
            return res;
          },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            if (!cursor || !req.values) return cursor;
            const start = cursor.start.bind(cursor);
            return Object.create(cursor, {
              start: {
                value: (onNext: () => void) =>
                  start(() => {
                    counter.rows += 1;
                    onNext();
                  }),
              },
            });
          },
        };
      },
    }),
  };
  db.use(middleware);
  return counter;
}

const SURNAMES = ['Касымов', 'Қарімова', 'Иванов', 'Кабдулов', 'Семёнова'];

describe('journal walks its order', () => {
  it('a surname prefix returns the newest matches across surnames and reads only those rows', async () => {
    const db = testDb();
    const read = countRowsRead(db);
    const rows = await insertCases(
      db,
      Array.from({ length: 40 }, (_, i) => ({
        surname: SURNAMES[i % SURNAMES.length]!,
        acceptedAt: MONDAY_10AM + ((i * 7919) % 40) * 1000,
      })),
    );
    const expected = rows
      .filter((r) => r.surnameFold.startsWith('ка'))
      .sort((a, b) => b.acceptedAt - a.acceptedAt)
      .slice(0, 5)
      .map((r) => r.id);
    read.rows = 0;
    const r = await queryJournal(db, { search: 'Ка', today: TODAY, limit: 5 });
    expect(r.index).toBe('surnameKeys');
    expect(r.rows.map((x) => x.id)).toEqual(expected);
    expect(r.truncated).toBe(true);
    // How many match, from the index keys alone: the journal sizes its list without the rows.
    expect(r.total).toBe(rows.filter((x) => x.surnameFold.startsWith('ка')).length);
    expect(read.rows).toBeLessThanOrEqual(6);
  });

  it('a search longer than the stored prefix checks the rest: «касымова» leaves out «Касымов»', async () => {
    const db = testDb();
    const [, woman] = await insertCases(db, [
      { surname: 'Касымов', acceptedAt: MONDAY_10AM + 2 },
      { surname: 'Қасымова', acceptedAt: MONDAY_10AM + 1 },
    ]);
    const r = await queryJournal(db, { search: 'касымова', today: TODAY });
    expect(r.rows.map((x) => x.id)).toEqual([woman!.id]);
  });

  it('an equality filter within a period walks its compound index newest first and stops at the limit', async () => {
    const db = testDb();
    const read = countRowsRead(db);
    await insertCases(
      db,
      Array.from({ length: 30 }, (_, i) => ({
        serviceId: i % 2 ? ('housing-assistance' as const) : ('targeted-social-assistance' as const),
        channel: i % 2 ? ('center' as const) : ('district' as const),
        acceptedAt: MONDAY_10AM + i * 60_000,
      })),
    );
    read.rows = 0;
    const r = await queryJournal(db, {
      filters: { serviceId: 'targeted-social-assistance', from: '2026-03-02', to: '2026-03-02' },
      today: TODAY,
      limit: 4,
    });
    expect(r.index).toBe('[serviceId+order]');
    expect(r.rows.map((x) => x.acceptedAt)).toEqual([28, 26, 24, 22].map((i) => MONDAY_10AM + i * 60_000));
    expect(r.truncated).toBe(true);
    expect(r.total).toBe(15);
    expect(read.rows).toBeLessThanOrEqual(5);
    // A second filter is checked on the rows: no total from the index then.
    const two = await queryJournal(db, {
      filters: { serviceId: 'targeted-social-assistance', channel: 'district' },
      today: TODAY,
      limit: 4,
    });
    expect(two.rows).toHaveLength(4);
    expect(two.total).toBeUndefined();
  });

  it('sets the keys on every write, and a corrected surname is found by its new name only', async () => {
    const db = testDb();
    const bare = makeCase({ surname: 'Абаев' });
    const { order: _o, surnameKeys: _s, ...withoutKeys } = { ...bare, ...caseSortKeys(bare) };
    await db.cases.put(withoutKeys);
    expect(withoutKeys).not.toHaveProperty('order');
    const stored = await db.cases.get(bare.id);
    expect(stored).toMatchObject(caseSortKeys(bare));

    const r = await correctApplicant(
      db,
      bare.id,
      { ...bare.intake.applicant, surname: 'Жумабаев' },
      'Ошибка в фамилии',
      actionContext({ id: 'inspector-2', roles: ['center-inspector'] }, 'center', MONDAY_10AM + 1000),
    );
    expect(r.ok).toBe(true);
    expect((await queryJournal(db, { search: 'Абаев', today: TODAY })).rows).toEqual([]);
    const found = await queryJournal(db, { search: 'жумаб', today: TODAY });
    expect(found.rows.map((x) => x.id)).toEqual([bare.id]);
  });
});
