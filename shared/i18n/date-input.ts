/**
 * What a person types into a date or month field, read with the project's own ru/kk tables (Debian
 * Chromium has no kk locale data, and native date inputs show mm/dd/yyyy and English month names).
 * Dates are typed as 15.03.2026 (also 15/03/2026, 15032026 or ISO 2026-03-15); months as 03.2026,
 * 2026-03 or by name ("март 2026", "2026 жылғы наурыз").
 */
import type { Lang } from './lang';
import { KK_MONTHS, RU_MONTHS_GENITIVE, RU_MONTHS_NOMINATIVE, formatDate, monthName } from './format';
import { isoWeekday, localDate, parseLocalDate, type LocalDate } from '../time/almaty';

export type Parsed<T> = { ok: true; value: T | '' } | { ok: false };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function date(year: number, month: number, day: number): Parsed<LocalDate> {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return { ok: false };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false };
  return { ok: true, value: localDate(year, month, day) };
}

export function parseDateText(text: string): Parsed<LocalDate> {
  const s = text.trim();
  if (s === '') return { ok: true, value: '' };
  let m = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m) return date(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  return { ok: false };
}

/** 15.03.2026 in both languages ('' for none). */
export function formatDateText(value: LocalDate | ''): string {
  return value ? formatDate(value, 'ru', 'short') : '';
}

/** "YYYY-MM". */
export type YearMonth = string;

function ym(year: number, month: number): Parsed<YearMonth> {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return { ok: false };
  return { ok: true, value: `${year}-${String(month).padStart(2, '0')}` };
}

const NAMES: readonly (readonly string[])[] = [KK_MONTHS, RU_MONTHS_NOMINATIVE, RU_MONTHS_GENITIVE];

function monthByName(word: string): number | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const list of NAMES) {
    const i = list.findIndex((n) => n.replace(/ё/g, 'е') === w);
    if (i >= 0) return i + 1;
  }
  return null;
}

export function parseMonthText(text: string): Parsed<YearMonth> {
  const s = text.trim().toLowerCase();
  if (s === '') return { ok: true, value: '' };
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return ym(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[./\-\s](\d{4})$/.exec(s);
  if (m) return ym(Number(m[2]), Number(m[1]));
  // "март 2026", "2026 жылғы наурыз", "2026 ж. наурыз", "наурыз 2026"
  const words = s.split(/\s+/).filter((w) => !/^(жылғы|ж\.?|г\.?|года?)$/.test(w));
  if (words.length === 2) {
    const [a, b] = words as [string, string];
    const year = /^\d{4}$/.test(a) ? Number(a) : /^\d{4}$/.test(b) ? Number(b) : null;
    const month = monthByName(/^\d{4}$/.test(a) ? b : a);
    if (year !== null && month !== null) return ym(year, month);
  }
  return { ok: false };
}

/** «ноябрь 2026» / «2026 жылғы қараша» ('' for none). */
export function formatMonthText(value: YearMonth | '', lang: Lang): string {
  if (!value) return '';
  const [year, month] = value.split('-').map(Number) as [number, number];
  return lang === 'kk' ? `${year} жылғы ${monthName(month, lang)}` : `${monthName(month, lang)} ${year}`;
}

/** Weeks of a month, Monday first; null pads the days of the neighbouring months. */
export function monthGrid(year: number, month: number): (LocalDate | null)[][] {
  const first = localDate(year, month, 1);
  const lead = isoWeekday(first) - 1;
  const cells: (LocalDate | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(localDate(year, month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (LocalDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month to open a calendar at: the value's, else the fallback's. */
export function calendarStart(value: LocalDate | '', fallback: LocalDate): { year: number; month: number } {
  const { year, month } = parseLocalDate(value || fallback);
  return { year, month };
}
