import { describe, expect, it } from 'vitest';
import { housingAssistancePeriod, quarterOf } from '@shared/calendar';

// docs/decisions.md (housing assistance start month): on or before the 25th → current month; the digest
// (3.1 §12.1, 6.4.4) leaves the 25th itself undefined.
describe('housing assistance period, the 25th rule', () => {
  it.each([
    ['2026-03-24', '2026-03', '2027-02'],
    ['2026-03-25', '2026-03', '2027-02'],
    ['2026-03-26', '2026-04', '2027-03'],
    ['2026-03-31', '2026-04', '2027-03'],
    ['2026-01-01', '2026-01', '2026-12'],
    ['2026-12-25', '2026-12', '2027-11'],
    ['2026-12-26', '2027-01', '2027-12'],
    ['2026-12-31', '2027-01', '2027-12'],
    ['2026-02-28', '2026-03', '2027-02'],
  ])('applied %s → %s … %s', (d, start, end) => {
    expect(housingAssistancePeriod(d)).toEqual({ startMonth: start, endMonth: end, months: 12 });
  });
  it('the cutoff is configuration', () => {
    expect(housingAssistancePeriod('2026-03-25', 24).startMonth).toBe('2026-04');
    expect(housingAssistancePeriod('2026-03-24', 24).startMonth).toBe('2026-03');
    expect(() => housingAssistancePeriod('2026-03-24', 0)).toThrow(RangeError);
    expect(() => housingAssistancePeriod('2026-02-30')).toThrow(RangeError);
  });
});

// АСП certificate confirms receipt "in the current quarter" (digest 3.5 §7, §10).
describe('quarter boundaries', () => {
  it.each([
    ['2026-01-01', 1, '2026-01-01', '2026-03-31'],
    ['2026-03-31', 1, '2026-01-01', '2026-03-31'],
    ['2026-04-01', 2, '2026-04-01', '2026-06-30'],
    ['2026-06-30', 2, '2026-04-01', '2026-06-30'],
    ['2026-07-01', 3, '2026-07-01', '2026-09-30'],
    ['2026-09-30', 3, '2026-07-01', '2026-09-30'],
    ['2026-10-01', 4, '2026-10-01', '2026-12-31'],
    ['2026-12-31', 4, '2026-10-01', '2026-12-31'],
    ['2024-02-29', 1, '2024-01-01', '2024-03-31'],
  ] as const)('%s is Q%i: %s … %s', (d, q, start, end) => {
    expect(quarterOf(d)).toEqual({ year: Number(d.slice(0, 4)), quarter: q, start, end });
  });
});
