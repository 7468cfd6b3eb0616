import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/calendar';
import { defaultCatalogue } from '@shared/catalogue';
import { almatyInstant } from '@shared/time/almaty';
import { applyCaseEvent } from '@renderer/workflow/applyEvent';
import { recordsFromAudit } from '@shared/workflow/clocks';
import { casesIn, deadlineDashboard } from '@renderer/workflow/dashboard';
import { caseDeadlineStatus, levelOf } from '@renderer/workflow/deadlineStatus';
import { closeTestDbs, testDb } from '../testDb';
import { insertCases, makeCase } from '../journal/fixtures';

afterEach(closeTestDbs);

const catalogue = defaultCatalogue();
const cal = buildCalendar();
const at = (date: string, hour = 10) => almatyInstant(date, hour);
const district = { officeCode: '12', officeType: 'district' as const };
const specialist = (now: number) => ({
  actor: { userId: 'spec', roles: ['district-specialist' as const] },
  now,
  officeType: 'district' as const,
});

describe('levelOf (today against a due date)', () => {
  it('past is overdue, today is due today, the next working day is at risk, later is on time', () => {
    // Friday 17 April 2026: the next working day is Monday 20.
    expect(levelOf(cal, '2026-04-17', '2026-04-16')).toBe('overdue');
    expect(levelOf(cal, '2026-04-17', '2026-04-17')).toBe('due-today');
    expect(levelOf(cal, '2026-04-17', '2026-04-20')).toBe('at-risk');
    expect(levelOf(cal, '2026-04-17', '2026-04-21')).toBe('on-time');
    expect(levelOf(cal, '2026-04-17', null)).toBe('no-date');
  });
});

describe('deadlineDashboard', () => {
  it('counts the office’s open cases by bucket, service and status; other offices and closed cases are left out', async () => {
    const db = testDb();
    const [overdue, today, atRisk, , closed] = await insertCases(db, [
      { channel: 'district', acceptedAt: at('2026-03-02') }, // due 12.03
      { channel: 'district', acceptedAt: at('2026-04-10') }, // due 20.04
      { channel: 'district', acceptedAt: at('2026-04-11') }, // due 21.04
      { channel: 'district', districtOfficeCode: '13', acceptedAt: at('2026-03-02') },
      { channel: 'district', acceptedAt: at('2026-03-02'), status: 'withdrawn' },
    ]);
    const d = await deadlineDashboard(db, district, at('2026-04-20'));
    expect(d.today).toBe('2026-04-20');
    expect(d.totals).toEqual({ overdue: 1, 'due-today': 1, 'at-risk': 1, 'step-late': 0 });
    expect(d.byService['housing-assistance']).toEqual(d.totals);
    expect(d.byStatus.accepted).toEqual(d.totals);
    expect(d.cases.map((c) => c.row.id)).toEqual([overdue!.id, today!.id, atRisk!.id]);
    expect(d.cases.map((c) => c.row.id)).not.toContain(closed!.id);
    expect(casesIn(d, 'overdue').map((c) => c.row.id)).toEqual([overdue!.id]);
    expect(casesIn(d, 'overdue', { serviceId: 'child-benefit-under-18' })).toEqual([]);
    expect(casesIn(d, 'due-today', { status: 'accepted' }).map((c) => c.row.id)).toEqual([today!.id]);
  });

  it('a ЦОН case is overdue when either clock is past: the receipt’s or the district office’s', async () => {
    const db = testDb();
    // Child benefit at a ЦОН accepted Mon 2 March: the receipt promises 7 WD → 12 March (9 March off).
    const [row] = await insertCases(db, [
      {
        channel: 'center',
        serviceId: 'child-benefit-under-18',
        acceptedAt: at('2026-03-02'),
        status: 'in-transit',
      },
    ]);
    const id = row!.id;
    await applyCaseEvent(db, id, { type: 'receive-at-district' }, specialist(at('2026-03-04')), {
      transitAllowanceWorkingDays: 0,
    });
    await applyCaseEvent(db, id, { type: 'register' }, specialist(at('2026-03-05')), {
      transitAllowanceWorkingDays: 0,
    });
    const stored = (await db.cases.get(id))!;
    const center = stored.deadlines.centerClock!.due;
    const districtDue = stored.deadlines.districtClock!.due!;
    expect(districtDue > center).toBe(true);
    // The day after the receipt's date: late on the ЦОН clock only, still visibly overdue.
    const d = await deadlineDashboard(db, district, at(districtDue) - 24 * 3_600_000);
    const c = d.cases.find((x) => x.row.id === id)!;
    expect(c.status.clocks.map((k) => [k.kind, k.running])).toEqual([
      ['center', true],
      ['district', true],
    ]);
    expect(c.status.clocks[0]!.level).toBe('overdue');
    expect(c.status.clocks[1]!.level).not.toBe('overdue');
    expect(c.buckets).toContain('overdue');
  });

  it('a running step clock past its limit is a warning bucket, not "overdue"', async () => {
    const db = testDb();
    // Child benefit at the district, registered Wed 4 March: to the commission within 2 WD (6 March).
    const [row] = await insertCases(db, [{ channel: 'district', serviceId: 'child-benefit-under-18' }]);
    await applyCaseEvent(db, row!.id, { type: 'register' }, specialist(at('2026-03-04')), {
      transitAllowanceWorkingDays: 0,
    });
    const d = await deadlineDashboard(db, district, at('2026-03-10'));
    const c = d.cases[0]!;
    expect(c.status.steps.find((s) => s.clock === 'to-commission')).toMatchObject({
      due: '2026-03-06',
      level: 'overdue',
    });
    expect(c.status.level).not.toBe('overdue');
    expect(c.buckets).toEqual(['step-late']);
    expect(d.totals['step-late']).toBe(1);
  });

  it('ЦОН office: sees the cases it accepted', async () => {
    const db = testDb();
    const [mine] = await insertCases(db, [{ channel: 'center', acceptedAt: at('2026-03-02') }]);
    const d = await deadlineDashboard(db, { officeCode: '22', officeType: 'center' }, at('2026-04-20'));
    expect(d.cases.map((c) => c.row.id)).toEqual([mine!.id]);
    expect(d.totals.overdue).toBe(1);
  });
});

describe('same-visit services', () => {
  it('flags an open visit past its minutes as overrun, and records elapsed minutes at delivery', async () => {
    const row = makeCase({
      channel: 'district',
      serviceId: 'employment-referral',
      acceptedAt: at('2026-03-02'),
      intake: { subType: 'job-placement' },
    });
    const open = caseDeadlineStatus(catalogue, cal, row, [], at('2026-03-02') + 45 * 60_000);
    expect(open.sameVisit).toMatchObject({ elapsedMinutes: 45, overrun: true });
    expect(open.level).toBe('overdue');
    const inTime = caseDeadlineStatus(catalogue, cal, row, [], at('2026-03-02') + 10 * 60_000);
    expect(inTime.sameVisit).toMatchObject({ elapsedMinutes: 10, overrun: false });

    const db = testDb();
    await db.cases.add(row);
    await applyCaseEvent(
      db,
      row.id,
      { type: 'issue-same-visit', outcome: 'issued' },
      specialist(at('2026-03-02') + 20 * 60_000),
    );
    const done = (await db.cases.get(row.id))!;
    const s = caseDeadlineStatus(
      catalogue,
      cal,
      done,
      recordsFromAudit(await db.audit.toArray()),
      at('2026-03-03'),
    );
    expect(s.open).toBe(false);
    expect(s.sameVisit).toMatchObject({
      elapsedMinutes: 20,
      overrun: false,
      endedAt: at('2026-03-02') + 20 * 60_000,
    });
  });
});
