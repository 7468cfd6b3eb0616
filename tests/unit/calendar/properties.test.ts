import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDaysShifted,
  addWorkingDays,
  buildCalendar,
  workingDaysBetween,
  type CalendarCorrection,
} from '@shared/calendar';
import { addDays } from '@shared/time/almaty';

// Starts in 2024-2026 and counts up to 60 keep every result inside the covered 2024-2027.
const START_SPAN = 3 * 365;
const startArb = fc.integer({ min: 0, max: START_SPAN }).map((i) => addDays('2024-01-01', i));
const nArb = fc.integer({ min: 0, max: 60 });
const R = { ru: 'т', kk: 'т' };
const correctionsArb = fc.array(
  fc.record({
    date: fc.integer({ min: 0, max: 4 * 365 }).map((i) => addDays('2024-01-01', i)),
    kind: fc.constantFrom<'day-off' | 'working-day'>('day-off', 'working-day'),
    reason: fc.constant(R),
  }),
  { maxLength: 30 },
) as fc.Arbitrary<CalendarCorrection[]>;
const OPTS = { seed: 42, numRuns: 300 };
const cal = buildCalendar();

describe('addWorkingDays properties (issue 3)', () => {
  it('lands on a working day, after the start, for any corrections table', () => {
    fc.assert(
      fc.property(correctionsArb, startArb, fc.integer({ min: 1, max: 60 }), (corr, start, n) => {
        const c = buildCalendar(corr);
        const r = addWorkingDays(c, start, n);
        return c.isWorkingDay(r) && r > start && workingDaysBetween(c, start, r) === n;
      }),
      OPTS,
    );
  });
  it('is strictly increasing in N', () => {
    fc.assert(
      fc.property(startArb, nArb, nArb, (start, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        return addWorkingDays(cal, start, lo) < addWorkingDays(cal, start, hi);
      }),
      OPTS,
    );
  });
  it('is non-decreasing in the start date', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 0, max: 30 }), nArb, (s1, gap, n) => {
        const s2 = addDays(s1, gap);
        return addWorkingDays(cal, s1, n) <= addWorkingDays(cal, s2, n);
      }),
      OPTS,
    );
  });
});

describe('calendar-day due dates (issue 3)', () => {
  it('never land on a non-working day and never before start + N', () => {
    fc.assert(
      fc.property(correctionsArb, startArb, nArb, (corr, start, n) => {
        const c = buildCalendar(corr);
        const r = addCalendarDaysShifted(c, start, n);
        return c.isWorkingDay(r) && r >= addDays(start, n);
      }),
      OPTS,
    );
  });
});
