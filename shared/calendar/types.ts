import type { LocalText } from '../i18n/lang';
import type { LocalDate } from '../time/almaty';

/** Units of a processing term or step limit (digest 6.4.1). */
export type TermUnit = 'calendar-days' | 'working-days' | 'minutes';
export interface Term {
  value: number;
  unit: TermUnit;
}

/**
 * One row of the administrator's table, applied last, over the shipped data. Removing a holiday is a
 * `working-day` on its date; moving it is that plus a `day-off` on the new date.
 */
export interface CalendarCorrection {
  date: LocalDate;
  kind: 'day-off' | 'working-day';
  reason: LocalText;
}

/** Why a date is off beyond the ordinary Saturday/Sunday weekend. */
export interface NonWorkingDay {
  date: LocalDate;
  kind: 'holiday' | 'shifted-holiday' | 'transfer' | 'correction';
  reason: LocalText;
  /** The data behind it is not confirmed by an official source (e.g. Kurban Ait 2027): show it as such. */
  unverified?: boolean;
  /** For a shifted holiday or a decreed transfer: the date the day off came from. */
  movedFrom?: LocalDate;
}

/** A Saturday or Sunday that is worked (decreed transfer or administrator's correction). */
export interface WorkedWeekendDay {
  date: LocalDate;
  kind: 'transfer' | 'correction';
  reason: LocalText;
}

export interface WorkingCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** True for a valid date inside firstYear-01-01 … lastYear-12-31. */
  covers(date: LocalDate): boolean;
  /** Throws OutOfCalendarRangeError outside the covered years: never guesses Monday to Friday. */
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The reason a date is off, or null when it is a working day **or an ordinary weekend day**
   * (isWorkingDay is the authority on whether a day is worked). A holiday that falls on a weekend is
   * reported as that holiday. Throws OutOfCalendarRangeError outside the covered years.
   */
  nonWorkingReason(date: LocalDate): NonWorkingDay | null;
  /**
   * Monday-to-Friday dates of the year that are off (holidays, shifted holidays, transfers,
   * corrections), sorted. A holiday on a weekend is not listed itself: its shifted day is.
   */
  nonWorkingDays(year: number): NonWorkingDay[];
  /**
   * Every public holiday of the year by law, weekend ones included (7 January, Kurban Ait on a
   * Sunday…), before transfers and corrections: for showing the year's calendar with reasons.
   */
  holidays(year: number): NonWorkingDay[];
  /** Saturdays and Sundays of the year that are worked, sorted. */
  workedWeekendDays(year: number): WorkedWeekendDay[];
}

/** A date outside the years the calendar data covers: the administrator must extend the data. */
export class OutOfCalendarRangeError extends Error {
  readonly date: LocalDate;
  readonly firstYear: number;
  readonly lastYear: number;
  constructor(date: LocalDate, firstYear: number, lastYear: number) {
    super(`Date ${date} is outside the working calendar (${firstYear}-${lastYear})`);
    this.name = 'OutOfCalendarRangeError';
    this.date = date;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }
}

/** An administrator's correction that cannot be applied (bad date, outside the covered years). */
export class CalendarCorrectionError extends Error {
  readonly correction: CalendarCorrection;
  constructor(correction: CalendarCorrection, message: string) {
    super(message);
    this.name = 'CalendarCorrectionError';
    this.correction = correction;
  }
}
