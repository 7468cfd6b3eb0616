import type { Lang, LocalText } from '../i18n/lang';
import type { Office, OfficeHours } from './types';

/** Hours on one day; the receipt prints the office's hours on the issue date (docs/decisions.md). */
export interface DayHours {
  open: string;
  close: string;
  lunch?: { from: string; to: string };
}

/** Hours on an ISO weekday (1 = Monday … 7 = Sunday), or null when the office is closed that day. */
export function hoursOn(office: Office, isoWeekday: number): DayHours | null {
  const h = office.hours;
  if (!h.days.includes(isoWeekday)) return null;
  return h.lunch ? { open: h.open, close: h.close, lunch: h.lunch } : { open: h.open, close: h.close };
}

const WEEKDAY_ABBR: Record<Lang, readonly string[]> = {
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  // Дүйсенбі, сейсенбі, сәрсенбі, бейсенбі, жұма, сенбі, жексенбі.
  kk: ['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб', 'Жс'],
};

const LUNCH: Record<Lang, string> = { ru: 'обед', kk: 'түскі үзіліс' };

/** Runs of consecutive days as «Пн–Пт» or «Пн, Ср»; the data lists days in ascending order. */
function dayRanges(days: readonly number[], lang: Lang): string {
  const names = WEEKDAY_ABBR[lang];
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const from = names[sorted[i]! - 1];
    const to = names[sorted[j]! - 1];
    parts.push(j > i ? `${from}–${to}` : `${from}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** A compact line for printed documents: «Пн–Пт 09:00–18:00, обед 13:00–14:00». */
export function hoursSummary(hours: OfficeHours): LocalText {
  const line = (lang: Lang) => {
    const base = `${dayRanges(hours.days, lang)} ${hours.open}–${hours.close}`;
    return hours.lunch ? `${base}, ${LUNCH[lang]} ${hours.lunch.from}–${hours.lunch.to}` : base;
  };
  return { ru: line('ru'), kk: line('kk') };
}
