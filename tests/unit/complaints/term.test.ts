import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/calendar';
import {
  complaintDueDate,
  complaintTermAt,
  complaintTermRuleSchema,
  DEFAULT_COMPLAINT_TERM,
  type ComplaintTermRule,
} from '@shared/complaints';
import { almatyInstant } from '@shared/time/almaty';

const cal = buildCalendar();

describe('term of review of a complaint (stored rule)', () => {
  it('defaults to 15 working days, marked unconfirmed, and is a valid stored rule', () => {
    expect(DEFAULT_COMPLAINT_TERM).toMatchObject({ value: 15, unit: 'working-days', confirmed: false });
    expect(complaintTermRuleSchema.safeParse(DEFAULT_COMPLAINT_TERM).success).toBe(true);
  });

  it('counts working days on the Kazakhstan calendar from the day after registration', () => {
    // Monday 2 Feb 2026, no holiday in the three weeks after: the 15th working day is Monday 23 Feb.
    expect(complaintDueDate(cal, '2026-02-02', DEFAULT_COMPLAINT_TERM)).toBe('2026-02-23');
  });

  it('skips a holiday run (8 March moved to Monday 9 March, Nauryz 23-25 March 2026)', () => {
    // Registered Friday 6 March: off 7-9 (weekend, 8 March moved), 14-15, 21-25 (weekend + Nauryz).
    // Working days: 10,11,12,13 (4), 16-20 (9), 26,27 (11), 30,31 (13), 1,2 April (15).
    expect(complaintDueDate(cal, '2026-03-06', DEFAULT_COMPLAINT_TERM)).toBe('2026-04-02');
    // Calendar days: 6 March + 15 = Saturday 21 March, in the Nauryz run → Thursday 26 March.
    const calendarRule: ComplaintTermRule = { ...DEFAULT_COMPLAINT_TERM, unit: 'calendar-days' };
    expect(complaintDueDate(cal, '2026-03-06', calendarRule)).toBe('2026-03-26');
  });

  it('applies a changed rule only to complaints registered after the change', () => {
    const changedAt = almatyInstant('2026-03-02', 12, 0);
    const tenCalendar: ComplaintTermRule = {
      ...DEFAULT_COMPLAINT_TERM,
      value: 10,
      unit: 'calendar-days',
      confirmed: true,
      effectiveFrom: changedAt,
    };
    const history = [tenCalendar];
    const before = complaintTermAt(history, almatyInstant('2026-03-02', 11, 59));
    const after = complaintTermAt(history, almatyInstant('2026-03-02', 12, 0));
    expect(before).toBe(DEFAULT_COMPLAINT_TERM);
    expect(after).toBe(tenCalendar);
    // 15 working days: 3-6 (4), 9 March off, 10-13 (8), 16-20 (13), Nauryz 23-25 off, 26-27 (15).
    expect(complaintDueDate(cal, '2026-03-02', before)).toBe('2026-03-27');
    expect(complaintDueDate(cal, '2026-03-02', after)).toBe('2026-03-12');
    // A later change wins over an earlier one for later complaints only.
    const twenty = { ...tenCalendar, value: 20, effectiveFrom: changedAt + 86_400_000 };
    expect(complaintTermAt([twenty, tenCalendar], changedAt + 1)).toBe(tenCalendar);
    expect(complaintTermAt([twenty, tenCalendar], changedAt + 86_400_000)).toBe(twenty);
  });
});
