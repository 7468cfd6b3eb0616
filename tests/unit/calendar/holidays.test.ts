import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  CalendarCorrectionError,
  OutOfCalendarRangeError,
  type CalendarCorrection,
} from '@shared/calendar';

const cal = buildCalendar();
const daysOff = (year: number) => cal.nonWorkingDays(year).map((d) => d.date);
const R = { ru: 'причина', kk: 'себеп' };

describe('days off by year (docs/calendar-kz.md, working calendar)', () => {
  it('2026 equals exactly "Days off of 2026 that follow from the rules"', () => {
    expect(daysOff(2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-10-26',
      '2026-12-16',
    ]);
    // No transfer order found for 2026.
    expect(cal.workedWeekendDays(2026)).toEqual([]);
  });

  it('2024: Nauryz and Capital Day shifted, the May transfer, 30 August still a holiday', () => {
    expect(daysOff(2024)).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-03-08',
      '2024-03-21',
      '2024-03-22',
      '2024-03-25',
      '2024-05-01',
      '2024-05-07',
      '2024-05-08',
      '2024-05-09',
      '2024-07-08',
      '2024-08-30',
      '2024-10-25',
      '2024-12-16',
    ]);
    expect(cal.workedWeekendDays(2024).map((d) => d.date)).toEqual(['2024-05-04']);
  });

  it('2025: 3 January transferred from Sunday 5 January; 30 August (Sat) → 1 September', () => {
    expect(daysOff(2025)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-07',
      '2025-03-10',
      '2025-03-21',
      '2025-03-24',
      '2025-03-25',
      '2025-05-01',
      '2025-05-07',
      '2025-05-09',
      '2025-06-06',
      '2025-07-07',
      '2025-09-01',
      '2025-10-27',
      '2025-12-16',
    ]);
    expect(cal.workedWeekendDays(2025).map((d) => d.date)).toEqual(['2025-01-05']);
    expect(cal.isWorkingDay('2025-01-05')).toBe(true);
  });

  it('2027: 15 March is Constitution Day, 30 August is not; Kurban Ait marked unverified', () => {
    expect(daysOff(2027)).toContain('2027-03-15');
    expect(cal.isWorkingDay('2027-08-30')).toBe(true);
    expect(cal.isWorkingDay('2026-03-16')).toBe(true); // 15 March 2026 is a Sunday and not a holiday
    expect(cal.nonWorkingReason('2026-03-15')).toBeNull();
    expect(cal.isWorkingDay('2026-08-31')).toBe(true); // 30 August 2026 (Sun) is no longer shifted
    const kurban = cal.holidays(2027).find((h) => h.date === '2027-05-16');
    expect(kurban?.unverified).toBe(true);
    expect(cal.holidays(2026).find((h) => h.date === '2026-05-27')?.unverified).toBeUndefined();
  });

  it('1 and 17 December are working days (removed in 2022)', () => {
    for (const d of ['2025-12-01', '2025-12-17', '2026-12-01', '2026-12-17', '2027-12-01', '2027-12-17']) {
      expect(cal.isWorkingDay(d), d).toBe(true);
    }
  });
});

describe('shift rule and clusters (docs/calendar-kz.md: weekend holiday → next working day)', () => {
  // [date, working?, kind of non-working reason or null]
  const table: [string, boolean, string | null][] = [
    // Nauryz 2026: Sat 21, Sun 22, Mon 23 → Tue 24 and Wed 25 off, Thu 26 works.
    ['2026-03-21', false, 'holiday'],
    ['2026-03-22', false, 'holiday'],
    ['2026-03-23', false, 'holiday'],
    ['2026-03-24', false, 'shifted-holiday'],
    ['2026-03-25', false, 'shifted-holiday'],
    ['2026-03-26', true, null],
    // 8 March 2026 (Sun) → Mon 9.
    ['2026-03-08', false, 'holiday'],
    ['2026-03-09', false, 'shifted-holiday'],
    // May 2026: 1 (Fri), 7 (Thu), 9 (Sat) → Mon 11, Kurban Ait Wed 27.
    ['2026-05-08', true, null],
    ['2026-05-11', false, 'shifted-holiday'],
    ['2026-05-12', true, null],
    ['2026-05-27', false, 'holiday'],
    ['2026-05-28', true, null],
    // Republic Day 25 October 2026 (Sun) → Mon 26.
    ['2026-10-25', false, 'holiday'],
    ['2026-10-26', false, 'shifted-holiday'],
    ['2026-10-27', true, null],
    // Independence Day, Wednesday.
    ['2026-12-16', false, 'holiday'],
    ['2026-12-17', true, null],
    // Year end 2026/2027: 31 Dec works; 1 (Fri) and 2 (Sat) January 2027 → Mon 4 off.
    ['2026-12-31', true, null],
    ['2027-01-01', false, 'holiday'],
    ['2027-01-02', false, 'holiday'],
    ['2027-01-04', false, 'shifted-holiday'],
    ['2027-01-05', true, null],
    // 7 January never moves: Sunday in 2024, Monday 8 January 2024 works.
    ['2024-01-07', false, 'holiday'],
    ['2024-01-08', true, null],
    // Kurban Ait never moves: Sunday 16 June 2024, Monday 17 works.
    ['2024-06-16', false, 'holiday'],
    ['2024-06-17', true, null],
    // 2024 transfer: Saturday 4 May worked, Wednesday 8 May off.
    ['2024-05-04', true, null],
    ['2024-05-08', false, 'transfer'],
    // Ordinary weekend: not working, but no special reason.
    ['2026-04-04', false, null],
    ['2026-04-06', true, null],
  ];
  it.each(table)('%s working=%s reason=%s', (date, working, kind) => {
    expect(cal.isWorkingDay(date)).toBe(working);
    expect(cal.nonWorkingReason(date)?.kind ?? null).toBe(kind);
  });

  it('a shifted day names the holiday and where it came from, in both languages', () => {
    const r = cal.nonWorkingReason('2026-03-25');
    expect(r?.movedFrom).toBe('2026-03-22');
    expect(r?.reason.ru).toContain('Наурыз');
    expect(r?.reason.ru).toContain('22.03.2026');
    expect(r?.reason.kk).toContain('22.03.2026');
    expect(cal.nonWorkingReason('2024-05-08')?.movedFrom).toBe('2024-05-04');
  });

  it('holidays(year) lists weekend holidays too, with names in ru and kk', () => {
    const h = cal.holidays(2026);
    expect(h.map((d) => d.date)).toContain('2026-03-08');
    expect(h.every((d) => d.kind === 'holiday' && d.reason.ru !== '' && d.reason.kk !== '')).toBe(true);
    expect(h).toHaveLength(14); // 1-2, 7 Jan, 8, 21-23 Mar, 1, 7, 9 May, Kurban, 6 Jul, 25 Oct, 16 Dec
  });
});

describe('range (docs/decisions.md: beyond the covered years is reported, never assumed Mon-Fri)', () => {
  it('covers 2024-2027 only', () => {
    expect([cal.firstYear, cal.lastYear]).toEqual([2024, 2027]);
    expect(cal.covers('2024-01-01')).toBe(true);
    expect(cal.covers('2027-12-31')).toBe(true);
    expect(cal.covers('2023-12-31')).toBe(false);
    expect(cal.covers('2028-01-01')).toBe(false);
    expect(cal.covers('2026-02-30')).toBe(false);
  });
  it.each(['2023-12-29', '2028-01-03'])('isWorkingDay(%s) throws OutOfCalendarRangeError', (d) => {
    const err = (() => {
      try {
        cal.isWorkingDay(d);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(OutOfCalendarRangeError);
    expect((err as OutOfCalendarRangeError).date).toBe(d);
  });
  it('nonWorkingReason, nonWorkingDays, holidays outside the range throw too', () => {
    expect(() => cal.nonWorkingReason('2028-03-08')).toThrow(OutOfCalendarRangeError);
    expect(() => cal.nonWorkingDays(2028)).toThrow(OutOfCalendarRangeError);
    expect(() => cal.holidays(2023)).toThrow(OutOfCalendarRangeError);
    expect(() => cal.workedWeekendDays(2028)).toThrow(OutOfCalendarRangeError);
  });
  it('a malformed date is a RangeError, not an out-of-range date', () => {
    expect(() => cal.isWorkingDay('2026-13-01')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-13-01')).not.toThrow(OutOfCalendarRangeError);
  });
});

describe("administrator's corrections (docs/decisions.md: add transfers, correct a moving holiday)", () => {
  it('adds a day off and a worked Saturday', () => {
    const c = buildCalendar([
      { date: '2026-12-31', kind: 'day-off', reason: R },
      { date: '2026-12-26', kind: 'working-day', reason: R },
    ]);
    expect(c.isWorkingDay('2026-12-31')).toBe(false);
    expect(c.nonWorkingReason('2026-12-31')).toMatchObject({ kind: 'correction', reason: R });
    expect(c.nonWorkingDays(2026).map((d) => d.date)).toContain('2026-12-31');
    expect(c.isWorkingDay('2026-12-26')).toBe(true);
    expect(c.workedWeekendDays(2026)).toEqual([{ date: '2026-12-26', kind: 'correction', reason: R }]);
    // The default calendar is untouched.
    expect(cal.isWorkingDay('2026-12-31')).toBe(true);
  });
  it('removes a holiday and moves Kurban Ait 2027 to another date', () => {
    const c = buildCalendar([
      { date: '2026-03-25', kind: 'working-day', reason: R },
      { date: '2027-05-16', kind: 'working-day', reason: R },
      { date: '2027-05-17', kind: 'day-off', reason: R },
    ]);
    expect(c.isWorkingDay('2026-03-25')).toBe(true);
    expect(c.nonWorkingReason('2026-03-25')).toBeNull();
    expect(c.nonWorkingDays(2026).map((d) => d.date)).not.toContain('2026-03-25');
    expect(c.isWorkingDay('2027-05-17')).toBe(false);
    expect(c.nonWorkingReason('2027-05-16')).toBeNull();
  });
  it('undoes a decreed transfer', () => {
    const c = buildCalendar([
      { date: '2024-05-04', kind: 'day-off', reason: R },
      { date: '2024-05-08', kind: 'working-day', reason: R },
    ]);
    expect(c.isWorkingDay('2024-05-04')).toBe(false);
    expect(c.isWorkingDay('2024-05-08')).toBe(true);
    expect(c.workedWeekendDays(2024)).toEqual([]);
  });
  it('the later row wins for the same date', () => {
    const c = buildCalendar([
      { date: '2026-06-01', kind: 'day-off', reason: R },
      { date: '2026-06-01', kind: 'working-day', reason: R },
    ]);
    expect(c.isWorkingDay('2026-06-01')).toBe(true);
  });
  it.each<CalendarCorrection>([
    { date: '2028-01-03', kind: 'day-off', reason: R },
    { date: '2026-02-30', kind: 'day-off', reason: R },
  ])('rejects a correction it cannot apply: $date', (bad) => {
    expect(() => buildCalendar([bad])).toThrow(CalendarCorrectionError);
  });
  it('returned lists are copies', () => {
    const list = cal.nonWorkingDays(2026);
    list.pop();
    list[0]!.date = '2026-06-01';
    expect(daysOff(2026)).toHaveLength(14);
    expect(cal.isWorkingDay('2026-06-01')).toBe(true);
  });
});
