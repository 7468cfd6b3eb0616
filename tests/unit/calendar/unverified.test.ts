// Issue 14, defect 6: unverified holidays are listed for the administrator, one correction verifies
// or moves them, and a date counted across one is known to depend on it.
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  confirmCorrection,
  dueDate,
  moveCorrections,
  unverifiedBetween,
  unverifiedDays,
} from '@shared/calendar';

describe('unverified holidays', () => {
  const cal = buildCalendar();
  it('Kurban Ait 2027 is listed (docs/calendar-kz.md)', () => {
    expect(unverifiedDays(cal).map((d) => d.date)).toEqual(['2027-05-16']);
  });
  it('a due date counted across it depends on it; one before it does not', () => {
    expect(unverifiedBetween(cal, '2027-05-10', '2027-05-20').map((d) => d.date)).toEqual(['2027-05-16']);
    expect(unverifiedBetween(cal, '2027-05-16', '2027-05-20')).toEqual([]);
    expect(unverifiedBetween(cal, '2026-05-20', '2026-06-05')).toEqual([]);
  });
  it('confirming makes it an ordinary day off, no longer unverified', () => {
    const day = unverifiedDays(cal)[0]!;
    const confirmed = buildCalendar([confirmCorrection(day)]);
    expect(unverifiedDays(confirmed)).toEqual([]);
    expect(confirmed.isWorkingDay('2027-05-16')).toBe(false);
    expect(confirmCorrection(day).reason.kk.trim()).not.toBe('');
  });
  it('moving to a weekday makes that day off and changes a working-day count across it', () => {
    const day = unverifiedDays(cal)[0]!;
    const moved = buildCalendar(moveCorrections(day, '2027-05-17'));
    expect(unverifiedDays(moved)).toEqual([]);
    expect(moved.isWorkingDay('2027-05-17')).toBe(false);
    const term = { value: 5, unit: 'working-days' } as const;
    expect(dueDate(moved, '2027-05-12', term)).not.toBe(dueDate(cal, '2027-05-12', term));
  });
  it('moving from a weekday frees the old date', () => {
    const weekday = { ...unverifiedDays(cal)[0]!, date: '2027-05-18' };
    const rows = moveCorrections(weekday, '2027-05-19');
    expect(rows.map((r) => [r.date, r.kind])).toEqual([
      ['2027-05-18', 'working-day'],
      ['2027-05-19', 'day-off'],
    ]);
  });
});
