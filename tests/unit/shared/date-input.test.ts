import { describe, expect, it } from 'vitest';
import {
  formatDateText,
  formatMonthText,
  monthGrid,
  parseDateText,
  parseMonthText,
} from '@shared/i18n/date-input';

describe('typed dates (issue 16, item 12)', () => {
  it('reads dd.mm.yyyy and its usual variants, and ISO', () => {
    for (const text of [
      '05.03.2026',
      '5.3.2026',
      '05/03/2026',
      '05-03-2026',
      '05032026',
      '2026-03-05',
      ' 5.03.2026 ',
    ])
      expect(parseDateText(text), text).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDateText('')).toEqual({ ok: true, value: '' });
  });

  it('refuses what is not a calendar date', () => {
    for (const text of [
      '31.02.2026',
      '29.02.2027',
      '00.01.2026',
      '12.13.2026',
      '03/05',
      'mm/dd/yyyy',
      '1.1.26',
    ])
      expect(parseDateText(text), text).toEqual({ ok: false });
    expect(parseDateText('29.02.2028')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('shows dd.mm.yyyy in both languages', () => {
    expect(formatDateText('2026-12-01')).toBe('01.12.2026');
    expect(formatDateText('')).toBe('');
  });
});

describe('typed months', () => {
  it('reads 11.2026, 2026-11 and month names in ru and kk', () => {
    for (const text of [
      '11.2026',
      '2026-11',
      'ноябрь 2026',
      'Ноября 2026 г.',
      'қараша 2026',
      '2026 жылғы қараша',
    ])
      expect(parseMonthText(text), text).toEqual({ ok: true, value: '2026-11' });
    expect(parseMonthText('November 2026')).toEqual({ ok: false });
    expect(parseMonthText('13.2026')).toEqual({ ok: false });
  });

  it('shows the month by the project tables, never in English', () => {
    expect(formatMonthText('2026-12', 'ru')).toBe('декабрь 2026');
    expect(formatMonthText('2026-12', 'kk')).toBe('2026 жылғы желтоқсан');
    expect(parseMonthText(formatMonthText('2026-12', 'kk'))).toEqual({ ok: true, value: '2026-12' });
  });
});

describe('month grid', () => {
  it('starts weeks on Monday', () => {
    // 1 December 2026 is a Tuesday.
    const weeks = monthGrid(2026, 12);
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});
