import type { LocalText } from '../i18n/lang';
import { fill } from './labels';

/** The office block printed at the top of documents. Kept small so any directory row maps onto it. */
export interface PrintOffice {
  name: LocalText;
  address: LocalText;
  phones: string[];
  /** Weekly working hours as text, e.g. «Пн–Сб 09:00–20:00». */
  hoursText: LocalText;
}

/** Opening hours on one day: the receipt's issue "time" is the office's hours that day (docs/decisions.md). */
export interface DayHours {
  open: string;
  close: string;
  lunch?: { from: string; to: string };
}

export function formatDayHours(h: DayHours, lunchTemplate: string): string {
  const base = `${h.open}–${h.close}`;
  return h.lunch ? `${base} (${fill(lunchTemplate, h.lunch)})` : base;
}
