import { afterEach, describe, expect, it } from 'vitest';
import {
  atBounds,
  collectAudit,
  normaliseCaseNumber,
  queryAudit,
  recordedActions,
  type AuditFilters,
} from '@renderer/audit/query';
import type { AppDatabase } from '@renderer/db/database';
import type { AuditAction, AuditEvent } from '@renderer/db/types';
import { almatyInstant } from '@shared/time/almaty';
import { closeTestDbs, testDb } from '../testDb';

afterEach(closeTestDbs);

const USERS = ['u-1', 'u-2', 'u-3', null] as const;
const ACTIONS: AuditAction[] = ['auth.signed-in', 'user.created', 'case.registered', 'settings.changed'];
const CASES = ['20000026000011', '20000026000029', undefined] as const;
const DAY = 86_400_000;
const START = almatyInstant('2026-11-01');

/** A tiny seeded generator so a failure replays. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `n` events over 20 days; ids follow insertion, times mostly increase (with a clock set back once). */
async function fill(db: AppDatabase, n: number, seed = 7): Promise<AuditEvent[]> {
  const r = rng(seed);
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    const back = i === Math.floor(n / 2) ? -2 * DAY : 0;
    const at = START + Math.floor((i / n) * 20 * DAY) + back + Math.floor(r() * 3_600_000);
    const caseId = CASES[Math.floor(r() * CASES.length)];
    events.push({
      at,
      userId: USERS[Math.floor(r() * USERS.length)]!,
      action: ACTIONS[Math.floor(r() * ACTIONS.length)]!,
      ...(caseId ? { caseId } : {}),
      details: { i },
    });
  }
  const ids = (await db.audit.bulkAdd(events, { allKeys: true })) as number[];
  return events.map((e, i) => ({ ...e, id: ids[i] }));
}

function expected(all: AuditEvent[], f: AuditFilters): AuditEvent[] {
  const [lo, hi] = f.from || f.to ? atBounds(f.from, f.to) : [-Infinity, Infinity];
  return all
    .filter(
      (e) =>
        e.at >= lo &&
        e.at <= hi &&
        (!f.userId || e.userId === f.userId) &&
        (!f.action || e.action === f.action) &&
        (!f.caseId || e.caseId === f.caseId),
    )
    .sort((a, b) => b.id! - a.id!);
}

const ids = (rows: AuditEvent[]) => rows.map((e) => e.id);

describe('audit query', () => {
  it('pages the whole log newest first with an exact total', async () => {
    const db = testDb();
    const all = await fill(db, 120);
    const p1 = await queryAudit(db, { filters: {}, offset: 0, limit: 50 });
    const p3 = await queryAudit(db, { filters: {}, offset: 100, limit: 50 });
    expect(p1.total).toBe(120);
    expect(p1.totalExact).toBe(true);
    expect(ids(p1.rows)).toEqual(ids(expected(all, {}).slice(0, 50)));
    expect(ids(p3.rows)).toEqual(ids(expected(all, {}).slice(100)));
  });

  it('takes the period as whole Almaty days, both ends included', async () => {
    const db = testDb();
    const lastMinute = almatyInstant('2026-11-03', 23, 59);
    const nextDay = almatyInstant('2026-11-04');
    const before = almatyInstant('2026-11-02') - 1;
    for (const at of [before, almatyInstant('2026-11-02'), lastMinute, nextDay]) {
      await db.audit.add({ at, userId: 'u-1', action: 'auth.signed-in' });
    }
    const page = await queryAudit(db, {
      filters: { from: '2026-11-02', to: '2026-11-03' },
      offset: 0,
      limit: 10,
    });
    expect(page.rows.map((e) => e.at)).toEqual([lastMinute, almatyInstant('2026-11-02')]);
    expect(page.index).toBe('at');
  });

  it('combines period, user, action and case exactly as a full filter would, across pages', async () => {
    const db = testDb();
    const all = await fill(db, 400, 11);
    const cases: AuditFilters[] = [
      { userId: 'u-2' },
      { action: 'case.registered' },
      { caseId: '20000026000011' },
      { from: '2026-11-05', to: '2026-11-12' },
      { from: '2026-11-05', to: '2026-11-12', userId: 'u-1' },
      { from: '2026-11-03', userId: 'u-3', action: 'user.created' },
      { to: '2026-11-10', caseId: '20000026000029', action: 'case.registered' },
      { userId: 'nobody' },
    ];
    for (const filters of cases) {
      const want = expected(all, filters);
      const got: AuditEvent[] = [];
      for (let offset = 0; offset < want.length + 20; offset += 20) {
        const page = await queryAudit(db, { filters, offset, limit: 20 });
        expect(page.total, JSON.stringify(filters)).toBe(want.length);
        expect(page.totalExact).toBe(true);
        got.push(...page.rows);
      }
      expect(ids(got), JSON.stringify(filters)).toEqual(ids(want));
    }
  });

  it('checks ranges too large to intersect by keys on the rows, and walks when every range is large', async () => {
    const db = testDb();
    const all = await fill(db, 300, 3);
    const filters: AuditFilters = { from: '2026-11-02', to: '2026-11-15', userId: 'u-1' };
    const want = expected(all, filters);
    // The user's range fits, the period does not: rows checked after the key set.
    const checked = await queryAudit(db, { filters, offset: 0, limit: 10, keyCap: 100 });
    expect(ids(checked.rows)).toEqual(ids(want.slice(0, 10)));
    expect(checked.index).toBe('userId');
    // Every candidate fitted in one read: the count is exact.
    expect(checked.totalExact).toBe(true);
    expect(checked.total).toBe(want.length);
    const whole = await queryAudit(db, { filters, offset: 0, limit: 1000, keyCap: 100 });
    expect(whole.totalExact).toBe(true);
    expect(whole.total).toBe(want.length);
    expect(ids(whole.rows)).toEqual(ids(want));
    // Nothing fits: the period is walked backwards; the total is only a lower bound.
    const walked = await queryAudit(db, { filters, offset: 10, limit: 10, keyCap: 5 });
    expect(walked.index).toBe('at');
    expect(walked.rows.map((e) => e.details)).toEqual(
      [...want]
        .sort((a, b) => b.at - a.at || b.id! - a.id!)
        .slice(10, 20)
        .map((e) => e.details),
    );
    expect(walked.totalExact).toBe(false);
  });

  it('gives a lower bound when it stopped reading candidates after the page', async () => {
    const db = testDb();
    const all = await fill(db, 2400, 5);
    const filters: AuditFilters = { from: '2026-11-02', to: '2026-11-15', userId: 'u-2' };
    const want = expected(all, filters);
    const candidates = all.filter((e) => e.userId === 'u-2').length;
    expect(candidates).toBeGreaterThan(500);
    const page = await queryAudit(db, { filters, offset: 0, limit: 10, keyCap: 1000 });
    expect(page.index).toBe('userId');
    expect(ids(page.rows)).toEqual(ids(want.slice(0, 10)));
    expect(page.totalExact).toBe(false);
    expect(page.total).toBeGreaterThanOrEqual(11);
    expect(page.total).toBeLessThan(want.length);
  });

  it('never writes: the log is the same after querying and collecting', async () => {
    const db = testDb();
    await fill(db, 50);
    const before = await db.audit.toArray();
    await queryAudit(db, { filters: { userId: 'u-1' }, offset: 0, limit: 5 });
    await collectAudit(db, { action: 'auth.signed-in' });
    expect(await db.audit.toArray()).toEqual(before);
  });

  it('collects all matching rows for an export and says when they exceed the cap', async () => {
    const db = testDb();
    const all = await fill(db, 90);
    const full = await collectAudit(db, { userId: 'u-2' });
    expect(ids(full.rows)).toEqual(ids(expected(all, { userId: 'u-2' })));
    expect(full.truncated).toBe(false);
    const cut = await collectAudit(db, {}, 10);
    expect(cut.rows).toHaveLength(10);
    expect(cut.truncated).toBe(true);
  });

  it('lists the distinct recorded actions from the index', async () => {
    const db = testDb();
    await fill(db, 60);
    expect(await recordedActions(db)).toEqual([...ACTIONS].sort());
  });

  it('reads a typed case number with spaces or dashes, and refuses letters', () => {
    expect(normaliseCaseNumber(' 2000 0026-000011 ')).toBe('20000026000011');
    expect(normaliseCaseNumber('20A0')).toBeNull();
  });
});
