/**
 * The office directory shipped with the app (digest section 5). Office codes are fixed here so
 * that case numbers and registries agree between installations; nobody types them.
 *
 * Where the appendices disagree (digest 6.5 items 47-52) the values follow docs/decisions.md:
 * district offices and the Управление take the majority group G1 (services 1, 2, 4, 5, 9); ЦОН
 * branches take the housing-assistance table (service 1). Other printed values stay as secondary
 * phones and e-mails so staff can still find them.
 */
import type { LocalText } from '../i18n/lang';
import { DISTRICT_NAMES } from './districts';
import { CITY_DISTRICTS, type CityDistrict, type Office, type OfficeHours, type OfficeType } from './types';

export const DEPARTMENT_CODE = '00';
export const CITY_CENTER_CODE = '20';

/** Every phone is stored with Almaty's city code, as most appendices print it (digest 5). */
function tel(local: string): string {
  return `8-727 ${local}`;
}

// G1 wording (digest 5.1); the merged hours cell applies to the district offices too.
const OFFICE_HOURS: OfficeHours = {
  days: [1, 2, 3, 4, 5],
  open: '09:00',
  close: '18:00',
  lunch: { from: '13:00', to: '14:00' },
  text: {
    ru: 'Пять дней в неделю (пн–пт), кроме выходных и праздничных дней, с 9:00 до 18:00, обед с 13:00 до 14:00',
    kk: 'Аптасына бес күн (дс–жм), демалыс және мереке күндерінен басқа, 9:00-ден 18:00-ге дейін, түскі үзіліс 13:00-ден 14:00-ге дейін',
    kkReview: true,
  },
};

// Service 1 table (digest 5.3); the service 9 table's five-day week is not used (docs/decisions.md).
const CENTER_HOURS: OfficeHours = {
  days: [1, 2, 3, 4, 5, 6],
  open: '09:00',
  close: '20:00',
  text: {
    ru: 'Шесть дней в неделю (пн–сб), кроме воскресенья и праздничных дней, с 9:00 до 20:00',
    kk: 'Аптасына алты күн (дс–сн), жексенбі мен мереке күндерінен басқа, 9:00-ден 20:00-ге дейін',
    kkReview: true,
  },
};

const HALL: LocalText = {
  ru: 'операционный зал, приложение к услуге 9',
  kk: 'операциялық зал, 9-қызметтің қосымшасы',
  kkReview: true,
};
const RECEPTION: LocalText = {
  ru: 'приёмная руководителя, приложение к услуге 9',
  kk: 'басшының қабылдау бөлмесі, 9-қызметтің қосымшасы',
  kkReview: true,
};
const EMPLOYMENT_ANNEX: LocalText = {
  ru: 'приложение к услуге 3, занятость',
  kk: '3-қызметтің қосымшасы, жұмыспен қамту',
  kkReview: true,
};
const DISABILITY_ANNEX: LocalText = {
  ru: 'приложения к услугам 6–8, лица с инвалидностью',
  kk: '6–8-қызметтердің қосымшалары, мүгедектігі бар адамдар',
  kkReview: true,
};

const DEPARTMENT: Office = {
  code: DEPARTMENT_CODE,
  type: 'department',
  name: {
    ru: 'Управление занятости и социальных программ города Алматы',
    kk: 'Алматы қаласының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы',
    kkReview: true,
  },
  shortName: { ru: 'Управление', kk: 'Басқарма', kkReview: true },
  address: {
    ru: 'город Алматы, улица Кунаева, 122',
    kk: 'Алматы қаласы, Қонаев көшесі, 122',
    kkReview: true,
  },
  phones: [tel('261-67-78'), tel('261-52-02')],
  secondaryPhones: [tel('261-67-71')],
  emails: ['depart_zan@mail.ru'],
  secondaryEmails: ['upr_zan@mail.ru'],
  phoneNotes: { [tel('261-67-71')]: EMPLOYMENT_ANNEX },
  hours: OFFICE_HOURS,
  source: 'digest 5.1; 6.5 items 47, 49',
};

interface DistrictRow {
  district: CityDistrict;
  row: number;
  address: LocalText;
  email: string;
  phone: string;
  /** G2 and G3 numbers that differ from G1, with where they come from. */
  others: { phone: string; note: LocalText }[];
  otherEmail?: string;
}

// Digest 5.2, G1 columns; "город Алматы" prefixed because receipts print the address on its own.
const DISTRICT_ROWS: DistrictRow[] = [
  {
    district: 'alatau',
    row: 1,
    address: {
      ru: 'город Алматы, Алатауский район, микрорайон Шанырак-2, улица Жанкожа батыра, 26',
      kk: 'Алматы қаласы, Алатау ауданы, Шаңырақ-2 шағын ауданы, Жанқожа батыр көшесі, 26',
      kkReview: true,
    },
    email: 'alatay_zan09@mail.ru',
    otherEmail: 'alatau_zan09@mail.ru',
    phone: '299-87-79',
    others: [
      { phone: '295-36-40', note: EMPLOYMENT_ANNEX },
      { phone: '395-36-40', note: DISABILITY_ANNEX },
    ],
  },
  {
    district: 'almaly',
    row: 2,
    address: {
      ru: 'город Алматы, Алмалинский район, улица Шевченко, 89',
      kk: 'Алматы қаласы, Алмалы ауданы, Шевченко көшесі, 89',
      kkReview: true,
    },
    email: 'alm_soc@mail.ru',
    phone: '267-45-80',
    others: [{ phone: '261-05-82', note: EMPLOYMENT_ANNEX }],
  },
  {
    district: 'auezov',
    row: 3,
    address: {
      ru: 'город Алматы, Ауэзовский район, микрорайон 3, 41-а',
      kk: 'Алматы қаласы, Әуезов ауданы, 3-шағын аудан, 41-а',
      kkReview: true,
    },
    email: 'auezzan@mail.ru',
    phone: '276-49-92',
    others: [{ phone: '276-50-56', note: EMPLOYMENT_ANNEX }],
  },
  {
    district: 'bostandyk',
    row: 4,
    address: {
      ru: 'город Алматы, Бостандыкский район, улица Джандосова, 2',
      kk: 'Алматы қаласы, Бостандық ауданы, Жандосов көшесі, 2',
      kkReview: true,
    },
    email: 'bostan_zan@mail.ru',
    phone: '392-22-95',
    others: [{ phone: '392-22-68', note: EMPLOYMENT_ANNEX }],
  },
  {
    district: 'zhetysu',
    row: 5,
    address: {
      ru: 'город Алматы, Жетысуский район, улица Макатаева, 142',
      kk: 'Алматы қаласы, Жетісу ауданы, Мақатаев көшесі, 142',
      kkReview: true,
    },
    email: 'jetzan@mail.ru',
    phone: '279-37-72',
    others: [{ phone: '279-24-82', note: EMPLOYMENT_ANNEX }],
  },
  {
    district: 'medeu',
    row: 6,
    address: {
      ru: 'город Алматы, Медеуский район, улица Толе би, 12',
      kk: 'Алматы қаласы, Медеу ауданы, Төле би көшесі, 12',
      kkReview: true,
    },
    email: 'medeu_zan@mail.ru',
    phone: '291-75-55',
    others: [{ phone: '291-62-18', note: EMPLOYMENT_ANNEX }],
  },
  {
    district: 'turksib',
    row: 7,
    address: {
      ru: 'город Алматы, Турксибский район, улица Рихарда Зорге, 18',
      kk: 'Алматы қаласы, Түрксіб ауданы, Рихард Зорге көшесі, 18',
      kkReview: true,
    },
    email: 'turk_zan@mail.ru',
    phone: '236-55-97',
    others: [{ phone: '235-04-05', note: EMPLOYMENT_ANNEX }],
  },
];

function districtOffice(row: DistrictRow): Office {
  const names = DISTRICT_NAMES[row.district];
  const code = String(11 + CITY_DISTRICTS.indexOf(row.district));
  return {
    code,
    type: 'district',
    district: row.district,
    // Glossary term (docs/calendar-kz.md) after the district's name; the Russian is the G1 form.
    name: {
      ru: `${names.adjective.ru} районный отдел занятости и социальных программ`,
      kk: `${names.adjective.kk} аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі`,
    },
    shortName: { ru: `${names.adjective.ru} районный отдел`, kk: `${names.adjective.kk} аудандық бөлімі` },
    address: row.address,
    phones: [tel(row.phone)],
    secondaryPhones: row.others.map((o) => tel(o.phone)),
    emails: [row.email],
    ...(row.otherEmail ? { secondaryEmails: [row.otherEmail] } : {}),
    phoneNotes: Object.fromEntries(row.others.map((o) => [tel(o.phone), o.note])),
    hours: OFFICE_HOURS,
    source: `digest 5.2 row ${row.row}${row.district === 'alatau' ? '; 6.5 item 48' : ''}`,
  };
}

interface CenterRow {
  district: CityDistrict;
  row: number;
  address: LocalText;
  /** Service 1 table: the main phone. */
  phone: string;
  /** Service 9 table: operating hall and head's reception; a repeat of the main phone is dropped. */
  hall: string[];
  reception: string;
}

// Digest 5.3. The Auezov service 9 columns are the least certain (6.5 item 57).
const CENTER_ROWS: CenterRow[] = [
  {
    district: 'alatau',
    row: 1,
    address: {
      ru: 'город Алматы, улица Жанкожа батыра, 24',
      kk: 'Алматы қаласы, Жанқожа батыр көшесі, 24',
      kkReview: true,
    },
    phone: '395-36-10',
    hall: ['377-19-80'],
    reception: '277-19-80',
  },
  {
    district: 'almaly',
    row: 2,
    address: {
      ru: 'город Алматы, улица Богенбай батыра, 221',
      kk: 'Алматы қаласы, Бөгенбай батыр көшесі, 221',
      kkReview: true,
    },
    phone: '278-09-09',
    hall: ['378-09-10'],
    reception: '278-09-09',
  },
  {
    district: 'auezov',
    row: 3,
    address: {
      ru: 'город Алматы, улица Джандосова, 51',
      kk: 'Алматы қаласы, Жандосов көшесі, 51',
      kkReview: true,
    },
    phone: '247-16-33',
    hall: ['247-14-22'],
    reception: '247-16-25',
  },
  {
    district: 'bostandyk',
    row: 4,
    address: {
      ru: 'город Алматы, микрорайон Алмагуль, 9 а',
      kk: 'Алматы қаласы, Алмагүл шағын ауданы, 9 а',
      kkReview: true,
    },
    phone: '396-21-77',
    hall: ['293-41-14'],
    reception: '248-17-77',
  },
  {
    district: 'zhetysu',
    row: 5,
    address: {
      ru: 'город Алматы, улица Толе би, 155',
      kk: 'Алматы қаласы, Төле би көшесі, 155',
      kkReview: true,
    },
    phone: '330-72-43',
    hall: ['378-46-72'],
    reception: '290-18-07',
  },
  {
    district: 'medeu',
    row: 6,
    address: {
      ru: 'город Алматы, улица Маркова, 44',
      kk: 'Алматы қаласы, Марков көшесі, 44',
      kkReview: true,
    },
    phone: '239-65-52',
    hall: ['239-65-53', '239-65-47'],
    reception: '239-65-52',
  },
  {
    district: 'turksib',
    row: 7,
    address: {
      ru: 'город Алматы, улица Рихарда Зорге, 9',
      kk: 'Алматы қаласы, Рихард Зорге көшесі, 9',
      kkReview: true,
    },
    phone: '234-09-74',
    hall: ['234-09-27'],
    reception: '234-09-35',
  },
];

function districtCenter(row: CenterRow): Office {
  const names = DISTRICT_NAMES[row.district];
  const main = tel(row.phone);
  const notes: Record<string, LocalText> = {};
  for (const h of row.hall) notes[tel(h)] = HALL;
  notes[tel(row.reception)] = RECEPTION;
  const secondary = [...row.hall, row.reception].map(tel).filter((p) => p !== main);
  return {
    code: String(21 + CITY_DISTRICTS.indexOf(row.district)),
    type: 'center',
    district: row.district,
    name: {
      ru: `Центр обслуживания населения ${names.genitive.ru}`,
      kk: `${names.genitive.kk} халыққа қызмет көрсету орталығы`,
    },
    shortName: { ru: `ЦОН ${names.genitive.ru}`, kk: `${names.genitive.kk} ХҚКО` },
    address: row.address,
    phones: [main],
    secondaryPhones: secondary,
    emails: [],
    phoneNotes: notes,
    hours: CENTER_HOURS,
    source: `digest 5.3 row ${row.row}; 6.5 items 50-51`,
  };
}

const CITY_CENTER: Office = {
  code: CITY_CENTER_CODE,
  type: 'center',
  name: {
    ru: 'Филиал РГП «Центр обслуживания населения» по городу Алматы',
    kk: '«Халыққа қызмет көрсету орталығы» РМК-ның Алматы қаласы бойынша филиалы',
    kkReview: true,
  },
  shortName: { ru: 'ЦОН города Алматы', kk: 'Алматы қаласының ХҚКО', kkReview: true },
  address: {
    ru: 'город Алматы, проспект Республики, 12/2',
    kk: 'Алматы қаласы, Республика даңғылы, 12/2',
    kkReview: true,
  },
  phones: [tel('247-16-34')],
  secondaryPhones: [],
  emails: [],
  hours: CENTER_HOURS,
  source: 'digest 5.3 row 0 (service 1 table only)',
};

/** Управление, district offices 11-17, ЦОН branches 20-27, in the order of the appendices. */
export const OFFICES: readonly Office[] = [
  DEPARTMENT,
  ...DISTRICT_ROWS.map(districtOffice),
  CITY_CENTER,
  ...CENTER_ROWS.map(districtCenter),
];

export function officeByCode(code: string): Office | undefined {
  return OFFICES.find((o) => o.code === code);
}

export function officesOfType(type: OfficeType): Office[] {
  return OFFICES.filter((o) => o.type === type);
}

/** The district office that handles cases of residents of `district`. */
export function districtOfficeFor(district: CityDistrict): Office {
  const found = OFFICES.find((o) => o.type === 'district' && o.district === district);
  if (!found) throw new Error(`No district office for ${district}`);
  return found;
}

/** The ЦОН branch standing in `district` (the city-level branch has no district). */
export function districtCenterFor(district: CityDistrict): Office {
  const found = OFFICES.find((o) => o.type === 'center' && o.district === district);
  if (!found) throw new Error(`No ЦОН branch in ${district}`);
  return found;
}

/** All ЦОН branches: the city-level one first, then one per district. */
export function centers(): Office[] {
  return officesOfType('center');
}
