import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, monthName } from '@shared/i18n/format';
import { almatyInstant, toAlmatyDate, addDays, isoWeekday, isLocalDate } from '@shared/time/almaty';

const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('Kazakh and Russian formatting (docs/calendar-kz.md, language)', () => {
  it('formats dates', () => {
    expect(formatDate('2026-03-15', 'kk')).toBe('15.03.2026');
    expect(formatDate('2026-03-15', 'kk', 'long')).toBe('2026 жылғы 15 наурыз');
    expect(formatDate('2026-03-15', 'ru', 'long')).toMatch(/^15 марта 2026\s?г\.$/);
    expect(formatDate('2026-12-01', 'kk', 'long')).toBe('2026 жылғы 1 желтоқсан');
  });
  it('formats numbers and money', () => {
    expect(formatNumber(1234567.891, 'kk', 2)).toBe(nb('1 234 567,89'));
    expect(formatNumber(1234567.891, 'ru', 2)).toBe(nb('1 234 567,89'));
    expect(formatMoney(1234567.5, 'kk')).toBe(nb('1 234 567,50 ₸'));
    expect(formatMoney(1234567.5, 'ru')).toBe(nb('1 234 567,50 ₸'));
    expect(formatNumber(-1000, 'kk')).toBe(nb('-1 000'));
  });
  it('names months', () => {
    expect(monthName(4, 'kk')).toBe('сәуір');
    expect(monthName(4, 'ru')).toBe('апрель');
    expect(() => monthName(13, 'ru')).toThrow();
  });
  it('shows instants in Almaty time whatever the machine zone', () => {
    const t = almatyInstant('2026-03-15', 23, 30);
    expect(toAlmatyDate(t)).toBe('2026-03-15');
    expect(formatDateTime(t, 'ru')).toBe('15.03.2026 23:30');
    // Before 2024-03-01 Almaty was UTC+6.
    expect(toAlmatyDate(Date.UTC(2024, 0, 10, 18, 30))).toBe('2024-01-11');
    expect(toAlmatyDate(Date.UTC(2025, 0, 10, 18, 30))).toBe('2025-01-10');
  });
  it('does date arithmetic on calendar dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekday('2026-03-21')).toBe(6);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
  });
});
