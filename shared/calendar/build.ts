/**
 * Builds the working calendar from the shipped data (holidays-kz.ts) and the administrator's
 * corrections. Order of layers, each overriding the previous: weekends → holidays → weekend-shift
 * rule → decreed transfers → corrections. Corrections do not re-run the shift rule: what the
 * administrator enters is exactly what applies.
 */
import type { LocalText } from '../i18n/lang';
import { addDays, isLocalDate, isoWeekday, type LocalDate } from '../time/almaty';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  DECREED_TRANSFERS,
  FIXED_HOLIDAYS,
  KURBAN_AIT,
  KURBAN_AIT_NAME,
} from './holidays-kz';
import {
  CalendarCorrectionError,
  OutOfCalendarRangeError,
  type CalendarCorrection,
  type NonWorkingDay,
  type WorkedWeekendDay,
  type WorkingCalendar,
} from './types';

interface BaseHoliday {
  date: LocalDate;
  name: LocalText;
  neverMoves: boolean;
  unverified: boolean;
}

const isWeekend = (d: LocalDate) => isoWeekday(d) >= 6;

function dmy(d: LocalDate): string {
  return `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
}

function baseHolidays(firstYear: number, lastYear: number): BaseHoliday[] {
  const out: BaseHoliday[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const h of FIXED_HOLIDAYS) {
      if ((h.fromYear ?? -Infinity) > year || (h.toYear ?? Infinity) < year) continue;
      out.push({
        date: `${year}-${h.monthDay}`,
        name: h.name,
        neverMoves: !!h.neverMoves,
        unverified: false,
      });
    }
  }
  for (const k of KURBAN_AIT) {
    const year = Number(k.date.slice(0, 4));
    if (year < firstYear || year > lastYear) continue;
    out.push({ date: k.date, name: KURBAN_AIT_NAME, neverMoves: true, unverified: !!k.unverified });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function shiftedReason(name: LocalText, from: LocalDate): LocalText {
  return {
    ru: `${name.ru}: перенос выходного дня с ${dmy(from)}`,
    kk: `${name.kk}: демалыс күні ${dmy(from)} күнінен ауыстырылды`,
    kkReview: true,
  };
}

export function buildCalendar(corrections: readonly CalendarCorrection[] = []): WorkingCalendar {
  const firstYear = CALENDAR_FIRST_YEAR;
  const lastYear = CALENDAR_LAST_YEAR;
  const lastDate = `${lastYear}-12-31`;
  const covers = (date: LocalDate) => isLocalDate(date) && date >= `${firstYear}-01-01` && date <= lastDate;

  const off = new Map<LocalDate, NonWorkingDay>();
  const worked = new Map<LocalDate, WorkedWeekendDay>();

  const holidays = baseHolidays(firstYear, lastYear);
  const byLaw: NonWorkingDay[] = holidays.map((h) => ({
    date: h.date,
    kind: 'holiday',
    reason: h.name,
    ...(h.unverified ? { unverified: true } : {}),
  }));
  for (const h of byLaw) off.set(h.date, h);
  // Holidays are walked in date order, so a cluster (Nauryz) fills the working days after it one by
  // one: Sat 21 + Sun 22 March 2026 → Tue 24 and Wed 25, Mon 23 being a holiday itself.
  for (const h of holidays) {
    if (h.neverMoves || !isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || off.has(d)) d = addDays(d, 1);
    if (d > lastDate) continue;
    off.set(d, {
      date: d,
      kind: 'shifted-holiday',
      reason: shiftedReason(h.name, h.date),
      movedFrom: h.date,
      ...(h.unverified ? { unverified: true } : {}),
    });
  }
  for (const t of DECREED_TRANSFERS) {
    if (!covers(t.dayOff) || !covers(t.workingDay)) continue;
    const flag = t.unverified ? { unverified: true } : {};
    off.set(t.dayOff, {
      date: t.dayOff,
      kind: 'transfer',
      reason: t.reason,
      movedFrom: t.workingDay,
      ...flag,
    });
    worked.set(t.workingDay, { date: t.workingDay, kind: 'transfer', reason: t.reason });
  }
  // Later rows win, as in a table edited over time.
  for (const c of corrections) {
    if (!isLocalDate(c.date)) throw new CalendarCorrectionError(c, `Not a calendar date: ${c.date}`);
    if (!covers(c.date)) {
      throw new CalendarCorrectionError(c, `Correction ${c.date} is outside ${firstYear}-${lastYear}`);
    }
    if (c.kind === 'day-off') {
      worked.delete(c.date);
      off.set(c.date, { date: c.date, kind: 'correction', reason: c.reason });
    } else {
      off.delete(c.date);
      worked.set(c.date, { date: c.date, kind: 'correction', reason: c.reason });
    }
  }

  const check = (date: LocalDate) => {
    if (!covers(date)) {
      if (!isLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
      throw new OutOfCalendarRangeError(date, firstYear, lastYear);
    }
  };
  const checkYear = (year: number) => {
    if (!Number.isInteger(year) || year < firstYear || year > lastYear) {
      throw new OutOfCalendarRangeError(`${String(year).padStart(4, '0')}-01-01`, firstYear, lastYear);
    }
  };
  const inYear = (year: number) => (d: { date: LocalDate }) => d.date.startsWith(`${year}-`);
  const byDate = (a: { date: LocalDate }, b: { date: LocalDate }) => (a.date < b.date ? -1 : 1);

  return {
    firstYear,
    lastYear,
    covers,
    isWorkingDay(date) {
      check(date);
      if (worked.has(date)) return true;
      if (off.has(date)) return false;
      return !isWeekend(date);
    },
    nonWorkingReason(date) {
      check(date);
      if (worked.has(date)) return null;
      return off.get(date) ?? null;
    },
    nonWorkingDays(year) {
      checkYear(year);
      return [...off.values()]
        .filter((d) => inYear(year)(d) && !isWeekend(d.date) && !worked.has(d.date))
        .sort(byDate)
        .map((d) => ({ ...d }));
    },
    holidays(year) {
      checkYear(year);
      return byLaw.filter(inYear(year)).map((d) => ({ ...d }));
    },
    workedWeekendDays(year) {
      checkYear(year);
      return [...worked.values()]
        .filter((d) => inYear(year)(d) && isWeekend(d.date))
        .sort(byDate)
        .map((d) => ({ ...d }));
    },
  };
}
