/**
 * Due dates on the working calendar (docs/decisions.md, terms and deadlines; digest 6.4). A term
 * starts the day after acceptance: the acceptance day is never counted, on either channel.
 */
import { addDays, isLocalDate, type LocalDate } from '../time/almaty';
import { OutOfCalendarRangeError, type Term, type WorkingCalendar } from './types';

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

function checkCovered(cal: WorkingCalendar, date: LocalDate): void {
  if (!cal.covers(date)) {
    if (!isLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
    throw new OutOfCalendarRangeError(date, cal.firstYear, cal.lastYear);
  }
}

/** The date itself when it is worked, else the first working day after it. */
export function nextWorkingDay(cal: WorkingCalendar, date: LocalDate): LocalDate {
  let d = date;
  while (!cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The n-th working day after `start` (start not counted; n = 0 gives start). */
export function addWorkingDays(cal: WorkingCalendar, start: LocalDate, n: number): LocalDate {
  checkCount(n, 'Working days');
  checkCovered(cal, start);
  let d = start;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

/** start + n calendar days, moved to the next working day when that day is off. */
export function addCalendarDaysShifted(cal: WorkingCalendar, start: LocalDate, n: number): LocalDate {
  checkCount(n, 'Calendar days');
  checkCovered(cal, start);
  return nextWorkingDay(cal, addDays(start, n));
}

/**
 * Due date of a term accepted on `acceptedOn`. Minute terms are served in the same visit: no date
 * (null), the visit's start and end times are tracked instead.
 */
export function dueDate(cal: WorkingCalendar, acceptedOn: LocalDate, term: Term): LocalDate | null {
  switch (term.unit) {
    case 'calendar-days':
      return addCalendarDaysShifted(cal, acceptedOn, term.value);
    case 'working-days':
      return addWorkingDays(cal, acceptedOn, term.value);
    case 'minutes':
      checkCount(term.value, 'Minutes');
      return null;
  }
}

/**
 * Issue date printed on a ЦОН receipt: the due date plus the transit allowance in working days
 * (default 0), never earlier than the due date and always a working day.
 */
export function issueDate(
  cal: WorkingCalendar,
  due: LocalDate,
  transitAllowanceWorkingDays: number,
): LocalDate {
  checkCount(transitAllowanceWorkingDays, 'Transit allowance');
  return transitAllowanceWorkingDays === 0
    ? nextWorkingDay(cal, due)
    : addWorkingDays(cal, due, transitAllowanceWorkingDays);
}

/**
 * Working days in (from, to]: 0 when `to` is `from` or only days off lie between, 1 when `to` is the
 * next working day ("one working day left"). Negative when `to` is earlier: minus the working days in
 * (to, from], so an overdue case reads as a negative margin. addWorkingDays(from, result) ≤ to.
 */
export function workingDaysBetween(cal: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  checkCovered(cal, from);
  checkCovered(cal, to);
  if (to < from) return -workingDaysBetween(cal, to, from);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
  return count;
}
