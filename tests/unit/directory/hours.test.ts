import { describe, expect, it } from 'vitest';
import { hoursOn, hoursSummary } from '@shared/directory/hours';
import { districtCenterFor, districtOfficeFor, officeByCode } from '@shared/directory/offices';
import type { OfficeHours } from '@shared/directory/types';

describe('office hours on a given day', () => {
  it('opens a ЦОН on Saturday but not on Sunday (service 1 table, digest 5.3)', () => {
    const center = districtCenterFor('almaly');
    expect(hoursOn(center, 6)).toEqual({ open: '09:00', close: '20:00' });
    expect(hoursOn(center, 7)).toBeNull();
  });

  it('closes a district office at the weekend and gives its lunch break on weekdays (digest 5.1)', () => {
    const office = districtOfficeFor('bostandyk');
    expect(hoursOn(office, 1)).toEqual({
      open: '09:00',
      close: '18:00',
      lunch: { from: '13:00', to: '14:00' },
    });
    expect(hoursOn(office, 6)).toBeNull();
    expect(hoursOn(office, 7)).toBeNull();
  });
});

describe('hours summary for documents', () => {
  it('summarises ЦОН and office hours in both languages', () => {
    expect(hoursSummary(districtCenterFor('medeu').hours)).toEqual({
      ru: 'Пн–Сб 09:00–20:00',
      kk: 'Дс–Сб 09:00–20:00',
    });
    expect(hoursSummary(officeByCode('00')!.hours)).toEqual({
      ru: 'Пн–Пт 09:00–18:00, обед 13:00–14:00',
      kk: 'Дс–Жм 09:00–18:00, түскі үзіліс 13:00–14:00',
    });
  });

  it('splits days that are not consecutive', () => {
    const hours: OfficeHours = {
      days: [6, 1, 2, 4],
      open: '10:00',
      close: '17:00',
      text: { ru: 'x', kk: 'y' },
    };
    expect(hoursSummary(hours).ru).toBe('Пн–Вт, Чт, Сб 10:00–17:00');
  });
});
