/** Month and quarter periods: housing-assistance assignment (digest 3.1, 6.4.4) and АСП quarter (3.5). */
import { parseLocalDate, localDate, type LocalDate } from '../time/almaty';

/** 'YYYY-MM' */
export type YearMonth = string;

function yearMonth(year: number, month: number): YearMonth {
  const idx = year * 12 + (month - 1);
  return `${String(Math.floor(idx / 12)).padStart(4, '0')}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/**
 * Housing assistance runs `months` (the catalogue's assignment period, 12 by default) from the 1st of the month of application when it is made on or
 * before the cutoff day, else from the next month. The digest leaves the 25th itself undefined
 * (6.4.4); docs/decisions.md counts it in the current month. For a ЦОН filing the reference date
 * is the acceptance date at the ЦОН, so the applicant loses no month to transit.
 */
export function housingAssistancePeriod(
  referenceDate: LocalDate,
  cutoffDay = 25,
  months = 12,
): { startMonth: YearMonth; endMonth: YearMonth; months: number } {
  if (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 31) {
    throw new RangeError(`Cutoff day must be 1-31, got ${cutoffDay}`);
  }
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`Months must be ≥ 1, got ${months}`);
  const { year, month, day } = parseLocalDate(referenceDate);
  const startIdx = month + (day > cutoffDay ? 1 : 0);
  return { startMonth: yearMonth(year, startIdx), endMonth: yearMonth(year, startIdx + months - 1), months };
}

/** The calendar quarter of a date: the АСП certificate speaks of "the current quarter" (digest 3.5). */
export function quarterOf(date: LocalDate): {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  start: LocalDate;
  end: LocalDate;
} {
  const { year, month } = parseLocalDate(date);
  const quarter = (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
  const firstMonth = (quarter - 1) * 3 + 1;
  // Day 0 of the month after the quarter is its last day.
  return { year, quarter, start: localDate(year, firstMonth, 1), end: localDate(year, firstMonth + 3, 0) };
}
