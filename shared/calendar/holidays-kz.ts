/**
 * Kazakhstan public holidays and decreed transfers as data (docs/calendar-kz.md, working calendar; Labour
 * Code art. 84-85, Law "On holidays"). Edit here when the law changes; day-to-day fixes belong in the
 * administrator's corrections table instead.
 */
import type { LocalText } from '../i18n/lang';
import type { LocalDate } from '../time/almaty';

export const CALENDAR_FIRST_YEAR = 2024;
export const CALENDAR_LAST_YEAR = 2027;

export interface FixedHoliday {
  id: string;
  /** 'MM-DD' */
  monthDay: string;
  name: LocalText;
  /** Inclusive year range in force; absent bound = open. */
  fromYear?: number;
  toYear?: number;
  /** 7 January and the first day of Kurban Ait never move to a working day (Labour Code art. 85). */
  neverMoves?: boolean;
}

const NEW_YEAR: LocalText = { ru: 'Новый год', kk: 'Жаңа жыл' };
const NAURYZ: LocalText = { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' };
const CONSTITUTION: LocalText = { ru: 'День Конституции', kk: 'Конституция күні' };

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { id: 'new-year-1', monthDay: '01-01', name: NEW_YEAR },
  { id: 'new-year-2', monthDay: '01-02', name: NEW_YEAR },
  {
    id: 'orthodox-christmas',
    monthDay: '01-07',
    name: { ru: 'Православное Рождество', kk: 'Православиелік Рождество', kkReview: true },
    neverMoves: true,
  },
  {
    id: 'womens-day',
    monthDay: '03-08',
    name: { ru: 'Международный женский день', kk: 'Халықаралық әйелдер күні' },
  },
  // The constitution adopted on 15 March 2026 makes its day a holiday from 2027 (docs/calendar-kz.md).
  { id: 'constitution-day-2027', monthDay: '03-15', name: CONSTITUTION, fromYear: 2027 },
  { id: 'nauryz-1', monthDay: '03-21', name: NAURYZ },
  { id: 'nauryz-2', monthDay: '03-22', name: NAURYZ },
  { id: 'nauryz-3', monthDay: '03-23', name: NAURYZ },
  {
    id: 'unity-day',
    monthDay: '05-01',
    name: { ru: 'Праздник единства народа Казахстана', kk: 'Қазақстан халқының бірлігі мерекесі' },
  },
  {
    id: 'defender-day',
    monthDay: '05-07',
    name: { ru: 'День защитника Отечества', kk: 'Отан қорғаушы күні' },
  },
  { id: 'victory-day', monthDay: '05-09', name: { ru: 'День Победы', kk: 'Жеңіс күні' } },
  { id: 'capital-day', monthDay: '07-06', name: { ru: 'День Столицы', kk: 'Астана күні', kkReview: true } },
  // No longer a holiday under the 2026 constitution: 2026 has neither 30 August nor 15 March.
  { id: 'constitution-day-1995', monthDay: '08-30', name: CONSTITUTION, toYear: 2025 },
  // Restored in 2022.
  { id: 'republic-day', monthDay: '10-25', name: { ru: 'День Республики', kk: 'Республика күні' } },
  // 17 December and 1 December were removed in 2022, before the covered years.
  { id: 'independence-day', monthDay: '12-16', name: { ru: 'День Независимости', kk: 'Тәуелсіздік күні' } },
];

export const KURBAN_AIT_NAME: LocalText = {
  ru: 'Курбан айт (первый день)',
  kk: 'Құрбан айт (бірінші күні)',
  kkReview: true,
};

/** First day of Kurban Ait, set each year by the Spiritual Administration; never moved. */
export const KURBAN_AIT: readonly { date: LocalDate; unverified?: boolean }[] = [
  { date: '2024-06-16' },
  { date: '2025-06-06' },
  { date: '2026-05-27' },
  // Announced only in the year itself; the administrator corrects it when published.
  { date: '2027-05-16', unverified: true },
];

/** A Government decree moving a day off: `dayOff` rests, `workingDay` (a weekend day) is worked. */
export interface DecreedTransfer {
  dayOff: LocalDate;
  workingDay: LocalDate;
  reason: LocalText;
  unverified?: boolean;
}

/**
 * Only transfers stated in docs/calendar-kz.md. None is known for 2026 ("No transfer order found") nor yet
 * for 2027 (decrees come out in the autumn before): add them as corrections when published.
 */
export const DECREED_TRANSFERS: readonly DecreedTransfer[] = [
  {
    dayOff: '2024-05-08',
    workingDay: '2024-05-04',
    reason: {
      ru: 'Перенос выходного дня с субботы 4 мая на среду 8 мая 2024 года (постановление Правительства)',
      kk: '2024 жылғы 4 мамыр сенбіден 8 мамыр сәрсенбіге демалыс күнін ауыстыру (Үкімет қаулысы)',
      kkReview: true,
    },
  },
  {
    dayOff: '2025-01-03',
    workingDay: '2025-01-05',
    reason: {
      ru: 'Перенос выходного дня с воскресенья 5 января на пятницу 3 января 2025 года (постановление Правительства)',
      kk: '2025 жылғы 5 қаңтар жексенбіден 3 қаңтар жұмаға демалыс күнін ауыстыру (Үкімет қаулысы)',
      kkReview: true,
    },
  },
];
