import { describe, expect, it } from 'vitest';
import {
  addCalendarDaysShifted,
  addWorkingDays,
  buildCalendar,
  dueDate,
  issueDate,
  nextWorkingDay,
  OutOfCalendarRangeError,
  workingDaysBetween,
  type Term,
} from '@shared/calendar';
import { toAlmatyDate } from '@shared/time/almaty';

const cal = buildCalendar();
const CD = (value: number): Term => ({ value, unit: 'calendar-days' });
const WD = (value: number): Term => ({ value, unit: 'working-days' });

// The term starts the day after acceptance (docs/decisions.md, terms and deadlines; digest 6.4.2).
describe('calendar-day terms, moved to the next working day (docs/decisions.md; digest 3.1 §11.1, 6.4.1)', () => {
  const table: [string, string, Term, string][] = [
    ['housing 10 CD, plain', '2026-02-02', CD(10), '2026-02-12'],
    ['housing 10 CD lands on Nauryz Mon 23 → Thu 26', '2026-03-13', CD(10), '2026-03-26'],
    ['housing 10 CD lands on Sun 22 March', '2026-03-12', CD(10), '2026-03-26'],
    ['housing 10 CD lands on 7 May (Thu) → Fri 8', '2026-04-27', CD(10), '2026-05-08'],
    [
      'housing 10 CD lands on Sat 9 May → Tue 12 (11 is shifted Victory Day)',
      '2026-04-29',
      CD(10),
      '2026-05-12',
    ],
    ['housing 10 CD lands on Kurban Ait 27 May → 28', '2026-05-17', CD(10), '2026-05-28'],
    ['housing 10 CD lands on a plain Saturday → Monday', '2026-06-03', CD(10), '2026-06-15'],
    ['maslikhat 15 CD lands on Republic Day shift Mon 26 Oct → 27', '2026-10-11', CD(15), '2026-10-27'],
    ['maslikhat 15 CD lands on Independence Day → 17 Dec', '2026-12-01', CD(15), '2026-12-17'],
    ['maslikhat 15 CD lands on 1 January 2027 → Tue 5 January', '2026-12-17', CD(15), '2027-01-05'],
    ['maslikhat 15 CD lands on 7 January 2027 (Thu) → Fri 8', '2026-12-23', CD(15), '2027-01-08'],
    ['acceptance on a Saturday at a ЦОН still counts from Sunday', '2026-06-06', CD(10), '2026-06-16'],
  ];
  it.each(table)('%s', (_name, accepted, term, due) => {
    expect(dueDate(cal, accepted, term)).toBe(due);
    expect(addCalendarDaysShifted(cal, accepted, term.value)).toBe(due);
  });
});

describe('working-day terms and step limits (digest 6.4.1: 7 WD, 10 WD, 2/3/5 WD)', () => {
  const table: [string, string, Term, string][] = [
    ['АСП 7 WD across Nauryz 2026', '2026-03-18', WD(7), '2026-04-01'],
    ['child benefit 7 WD across the May 2026 holidays', '2026-04-30', WD(7), '2026-05-14'],
    ['disability 10 WD across Kurban Ait 27 May 2026', '2026-05-20', WD(10), '2026-06-04'],
    ['disability 10 WD across the 2026/2027 year end and 7 January', '2026-12-24', WD(10), '2027-01-12'],
    ['3 WD to commission across Republic Day 2026', '2026-10-22', WD(3), '2026-10-28'],
    ['2 WD return across Independence Day', '2026-12-15', WD(2), '2026-12-18'],
    ['5 WD notification across New Year and 7 January 2026', '2025-12-31', WD(5), '2026-01-12'],
    ['5 WD across the 2024 transfer (Sat 4 May worked, Wed 8 May off)', '2024-05-02', WD(5), '2024-05-13'],
    ['1 WD in January 2025: 3rd off, Sunday 5th worked', '2025-01-02', WD(1), '2025-01-05'],
    ['7 WD accepted on a holiday counts from the next day', '2026-03-23', WD(7), '2026-04-03'],
  ];
  it.each(table)('%s', (_name, accepted, term, due) => {
    expect(dueDate(cal, accepted, term)).toBe(due);
    expect(addWorkingDays(cal, accepted, term.value)).toBe(due);
  });

  it('0 working days gives the start itself; negative or fractional counts are refused', () => {
    expect(addWorkingDays(cal, '2026-03-21', 0)).toBe('2026-03-21');
    expect(() => addWorkingDays(cal, '2026-03-20', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-03-20', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDaysShifted(cal, '2026-03-20', -3)).toThrow(RangeError);
  });
});

describe('minute terms (digest 6.4.1: services 3 and 5, same visit)', () => {
  it('have no due date', () => {
    expect(dueDate(cal, '2026-03-20', { value: 30, unit: 'minutes' })).toBeNull();
    expect(dueDate(cal, '2026-03-20', { value: 15, unit: 'minutes' })).toBeNull();
  });
});

describe('issue date (docs/decisions.md: due + transit allowance, never earlier than due)', () => {
  it.each([
    ['2026-03-26', 0, '2026-03-26'],
    ['2026-03-20', 1, '2026-03-26'],
    ['2026-05-08', 2, '2026-05-13'],
    ['2026-03-24', 0, '2026-03-26'],
  ] as const)('due %s + %i WD → %s', (due, transit, expected) => {
    expect(issueDate(cal, due, transit)).toBe(expected);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    ['2026-03-20', '2026-03-20'],
    ['2026-03-21', '2026-03-26'],
    ['2026-12-31', '2026-12-31'],
    ['2027-01-01', '2027-01-05'],
  ])('%s → %s', (d, e) => expect(nextWorkingDay(cal, d)).toBe(e));
});

describe('workingDaysBetween (risk: "one working day left")', () => {
  it.each([
    ['2026-03-20', '2026-03-26', 1],
    ['2026-03-20', '2026-03-20', 0],
    ['2026-03-20', '2026-03-25', 0],
    ['2026-03-18', '2026-04-01', 7],
    ['2026-04-01', '2026-03-18', -7],
    ['2026-12-30', '2027-01-05', 2],
  ] as const)('%s → %s = %i', (from, to, n) => {
    expect(workingDaysBetween(cal, from, to)).toBe(n);
  });
});

describe('out of range is reported, never computed as Mon-Fri', () => {
  it('terms running into 2028 throw OutOfCalendarRangeError', () => {
    expect(() => dueDate(cal, '2027-12-27', WD(7))).toThrow(OutOfCalendarRangeError);
    expect(() => dueDate(cal, '2027-12-25', CD(10))).toThrow(OutOfCalendarRangeError);
    expect(() => dueDate(cal, '2023-12-28', CD(10))).toThrow(OutOfCalendarRangeError);
    expect(() => workingDaysBetween(cal, '2027-12-30', '2028-01-04')).toThrow(OutOfCalendarRangeError);
  });
  it('the last covered days still work', () => {
    expect(dueDate(cal, '2027-12-20', WD(5))).toBe('2027-12-27');
  });
});

describe('acceptance day is the Almaty date (docs/decisions.md: whatever the machine time zone)', () => {
  it('20 March 2026 20:30 UTC is 21 March in Almaty: 10 CD run from there', () => {
    const accepted = toAlmatyDate(Date.UTC(2026, 2, 20, 20, 30));
    expect(accepted).toBe('2026-03-21');
    expect(dueDate(cal, accepted, CD(10))).toBe('2026-03-31');
    // Counting from the UTC date would give Monday 30 March.
    expect(dueDate(cal, '2026-03-20', CD(10))).toBe('2026-03-30');
  });
});
