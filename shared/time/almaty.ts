/**
 * Calendar dates and instants in Asia/Almaty, computed without the machine's time zone or ICU tzdata:
 * Almaty was UTC+6 until 2024-03-01 00:00 local time, UTC+5 since (docs/calendar-kz.md).
 */

/** A calendar date, ISO `YYYY-MM-DD`, always meant in Almaty. */
export type LocalDate = string;

const DAY_MS = 86_400_000;
/** 2024-03-01 00:00 at UTC+6 = 2024-02-29T18:00Z; clocks went back to 23:00 of 29 February. */
const UTC5_FROM = Date.UTC(2024, 1, 29, 18, 0, 0);

export function almatyOffsetMinutes(instantMs: number): number {
  return instantMs >= UTC5_FROM ? 300 : 360;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function parseLocalDate(value: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

export function localDate(year: number, month: number, day: number): LocalDate {
  const t = new Date(Date.UTC(year, month - 1, day));
  return fromUtcMidnight(t.getTime());
}

function toUtcMidnight(value: LocalDate): number {
  const { year, month, day } = parseLocalDate(value);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(value: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(toUtcMidnight(value) + days * DAY_MS);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(value: LocalDate): number {
  const d = new Date(toUtcMidnight(value)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The Almaty calendar date of an instant. */
export function toAlmatyDate(instant: number | Date): LocalDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return fromUtcMidnight(Math.floor((ms + almatyOffsetMinutes(ms) * 60_000) / DAY_MS) * DAY_MS);
}

/** Almaty wall-clock parts of an instant. */
export function toAlmatyParts(instant: number | Date): { date: LocalDate; hour: number; minute: number } {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const shifted = new Date(ms + almatyOffsetMinutes(ms) * 60_000);
  return {
    date: fromUtcMidnight(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate())),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The instant of an Almaty wall-clock time (default midnight). */
export function almatyInstant(value: LocalDate, hour = 0, minute = 0): number {
  const naive = toUtcMidnight(value) + (hour * 60 + minute) * 60_000;
  const guess = naive - 300 * 60_000;
  return naive - almatyOffsetMinutes(guess) * 60_000;
}
