/**
 * Unverified days off (docs/calendar-kz.md: Kurban Ait 2027 is announced only in its own year): the
 * administrator sees them with a one-click correction, and a due date counted across one is printed
 * with a warning (issue 14, defect 6).
 */
import type { LocalText } from '../i18n/lang';
import { addDays, isoWeekday, type LocalDate } from '../time/almaty';
import type { CalendarCorrection, NonWorkingDay, WorkingCalendar } from './types';

/** Unverified days off still in force (a correction on the date verifies it), sorted by date. */
export function unverifiedDays(cal: WorkingCalendar): NonWorkingDay[] {
  const out = new Map<LocalDate, NonWorkingDay>();
  for (let year = cal.firstYear; year <= cal.lastYear; year++) {
    for (const d of [...cal.holidays(year), ...cal.nonWorkingDays(year)]) {
      if (d.unverified && cal.nonWorkingReason(d.date)?.unverified) out.set(d.date, d);
    }
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Unverified days off in (from, to]: a date counted across one may move when it is corrected. */
export function unverifiedBetween(cal: WorkingCalendar, from: LocalDate, to: LocalDate): NonWorkingDay[] {
  const out: NonWorkingDay[] = [];
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (!cal.covers(d)) break;
    const r = cal.nonWorkingReason(d);
    if (r?.unverified) out.push(r);
  }
  return out;
}

const confirmed = (reason: LocalText): LocalText => ({
  ru: `${reason.ru} (дата подтверждена)`,
  kk: `${reason.kk} (күні расталды)`,
  kkReview: true,
});

/** "Confirm": the same date as the administrator's own row, so it is no longer unverified. */
export function confirmCorrection(day: NonWorkingDay): CalendarCorrection {
  return { date: day.date, kind: 'day-off', reason: confirmed(day.reason) };
}

const weekend = (d: LocalDate) => isoWeekday(d) >= 6;
const dmy = (d: LocalDate) => d.split('-').reverse().join('.');

/**
 * "Move": the old date becomes a working day and the new date a day off. An old date on a weekend
 * stays off (a working-day row would make the weekend worked) but is re-labelled, so it is verified.
 */
export function moveCorrections(day: NonWorkingDay, to: LocalDate): CalendarCorrection[] {
  const reason: LocalText = {
    ru: `${day.reason.ru}: перенесён на ${dmy(to)}`,
    kk: `${day.reason.kk}: ${dmy(to)} күніне ауыстырылды`,
    kkReview: true,
  };
  return [
    { date: day.date, kind: weekend(day.date) ? 'day-off' : 'working-day', reason },
    { date: to, kind: 'day-off', reason: confirmed(day.reason) },
  ];
}
