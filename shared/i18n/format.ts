/**
 * Dates, numbers and money for screens and documents. Kazakh comes from our own tables because
 * Debian Chromium ships no kk locale data (docs/architecture.md, traps); Russian uses Intl with ru-KZ.
 */
import type { Lang } from './lang';
import { parseLocalDate, toAlmatyParts, type LocalDate } from '../time/almaty';

export const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;
export const RU_MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;
export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

const NBSP = '\u00a0';
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Month name for "period from" texts: ru nominative ("март"), kk ("наурыз"). */
export function monthName(month: number, lang: Lang): string {
  const list = lang === 'kk' ? KK_MONTHS : RU_MONTHS_NOMINATIVE;
  const name = list[month - 1];
  if (!name) throw new RangeError(`Month out of range: ${month}`);
  return name;
}

function asDateParts(value: LocalDate | number | Date) {
  if (typeof value === 'string') return { ...parseLocalDate(value), hour: 0, minute: 0 };
  const p = toAlmatyParts(value);
  return { ...parseLocalDate(p.date), hour: p.hour, minute: p.minute };
}

/**
 * `short`: 15.03.2026 in both languages. `long`: «15 марта 2026 г.» / «2026 жылғы 15 наурыз».
 * Instants are shown in Almaty time.
 */
export function formatDate(
  value: LocalDate | number | Date,
  lang: Lang,
  style: 'short' | 'long' = 'short',
): string {
  const { year, month, day } = asDateParts(value);
  if (style === 'short') return `${pad2(day)}.${pad2(month)}.${year}`;
  if (lang === 'kk') return `${year} жылғы ${day} ${KK_MONTHS[month - 1]}`;
  return new Intl.DateTimeFormat('ru-KZ', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** 15.03.2026 14:05 (Almaty time). */
export function formatDateTime(value: number | Date, lang: Lang): string {
  const { hour, minute } = asDateParts(value);
  return `${formatDate(value, lang, 'short')} ${pad2(hour)}:${pad2(minute)}`;
}

/** 1 234 567,89: non-breaking space groups, comma decimals. */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  if (lang === 'ru') {
    return new Intl.NumberFormat('ru-KZ', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    })
      .format(value)
      .replace(/[\u202f ]/g, NBSP);
  }
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** 1 234 567,50 ₸ in both languages (plain `ru` would print KZT). */
export function formatMoney(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 2)}${NBSP}₸`;
}
