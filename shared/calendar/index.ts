/** Kazakhstan working calendar and due dates. Pure: dates are Almaty LocalDates, time is a parameter. */
export * from './types';
export { buildCalendar } from './build';
export {
  addWorkingDays,
  addCalendarDaysShifted,
  nextWorkingDay,
  dueDate,
  issueDate,
  workingDaysBetween,
} from './terms';
export { housingAssistancePeriod, quarterOf, type YearMonth } from './periods';
export {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  FIXED_HOLIDAYS,
  KURBAN_AIT,
  DECREED_TRANSFERS,
  type FixedHoliday,
  type DecreedTransfer,
} from './holidays-kz';
export { confirmCorrection, moveCorrections, unverifiedBetween, unverifiedDays } from './unverified';
