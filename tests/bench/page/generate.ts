/**
 * Realistic generated cases for the bench (issue 7, item 1): a fixed-seed random stream, Russian and
 * Kazakh names (male and female forms), valid IINs, all nine services on the channels the catalogue
 * opens for them, statuses spread over each channel's path, acceptance dates over two years. Every
 * row goes through the intake schema, the lifecycle's openCase, the deadline rules and toCaseRow, so
 * the index fields are exactly the ones the app writes.
 */
import { intakeSchema, type IntakeInput } from '@shared/case/intake';
import { makeCaseNumber } from '@shared/case-number';
import { buildCalendar } from '@shared/calendar';
import { defaultCatalogue, getService } from '@shared/catalogue';
import { SERVICE_IDS, type Channel, type ServiceId } from '@shared/catalogue/ids';
import { caseDeadlines } from '@shared/deadlines';
import { CITY_DISTRICTS, type CityDistrict } from '@shared/directory/types';
import { districtOfficeFor } from '@shared/directory/offices';
import { iinCheckDigit } from '@shared/iin/check-digit';
import { openCase } from '@shared/lifecycle';
import type { CaseStatus } from '@shared/lifecycle/statuses';
import { toCaseRow } from '@renderer/cases/caseRow';
import type { CaseRow } from '@renderer/db/types';

/** mulberry32: small, fast, and the same stream for the same seed on every machine. */
export function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Russian (and Korean, Ukrainian) surnames of Almaty, [male, female]. */
const RU_SURNAMES: [string, string][] = [
  ['Иванов', 'Иванова'],
  ['Петров', 'Петрова'],
  ['Смирнов', 'Смирнова'],
  ['Кузнецов', 'Кузнецова'],
  ['Попов', 'Попова'],
  ['Соколов', 'Соколова'],
  ['Лебедев', 'Лебедева'],
  ['Козлов', 'Козлова'],
  ['Новиков', 'Новикова'],
  ['Морозов', 'Морозова'],
  ['Волков', 'Волкова'],
  ['Алексеев', 'Алексеева'],
  ['Фёдоров', 'Фёдорова'],
  ['Михайлов', 'Михайлова'],
  ['Семёнов', 'Семёнова'],
  ['Егоров', 'Егорова'],
  ['Павлов', 'Павлова'],
  ['Степанов', 'Степанова'],
  ['Николаев', 'Николаева'],
  ['Орлов', 'Орлова'],
  ['Андреев', 'Андреева'],
  ['Макаров', 'Макарова'],
  ['Захаров', 'Захарова'],
  ['Зайцев', 'Зайцева'],
  ['Соловьёв', 'Соловьёва'],
  ['Борисов', 'Борисова'],
  ['Яковлев', 'Яковлева'],
  ['Григорьев', 'Григорьева'],
  ['Романов', 'Романова'],
  ['Воробьёв', 'Воробьёва'],
  ['Сергеев', 'Сергеева'],
  ['Кириллов', 'Кириллова'],
  ['Тарасов', 'Тарасова'],
  ['Белов', 'Белова'],
  ['Комаров', 'Комарова'],
  ['Гусев', 'Гусева'],
  ['Титов', 'Титова'],
  ['Ким', 'Ким'],
  ['Пак', 'Пак'],
  ['Ли', 'Ли'],
  ['Цой', 'Цой'],
  ['Шевченко', 'Шевченко'],
  ['Бондаренко', 'Бондаренко'],
  ['Ткаченко', 'Ткаченко'],
  ['Коваленко', 'Коваленко'],
];
/** Kazakh surnames are built as they usually are: a root, sometimes -бай/-бек/-жан, then -ов/-ев. */
const KK_ROOTS = [
  'Қасым',
  'Нұрлан',
  'Сейіт',
  'Әбен',
  'Жұма',
  'Оспан',
  'Төлеу',
  'Серік',
  'Ахмет',
  'Бекмұхамбет',
  'Өмірзақ',
  'Ғабдулла',
  'Құдайберген',
  'Үсен',
  'Есен',
  'Мұрат',
  'Ілияс',
  'Сүлеймен',
  'Тоқтар',
  'Иса',
  'Дәулет',
  'Қайрат',
  'Абыл',
  'Айт',
  'Байғали',
  'Бақыт',
  'Ерғали',
  'Жақып',
  'Жүсіп',
  'Ибраим',
  'Қожахмет',
  'Құрман',
  'Мақсұт',
  'Нұрпейіс',
  'Омар',
  'Сағынды',
  'Сәрсен',
  'Тұрсын',
  'Шәкен',
  'Ысқақ',
  'Әлімжан',
  'Бекет',
  'Ғалым',
  'Дүйсен',
  'Жексен',
  'Кенже',
  'Мамыр',
  'Рахым',
  'Садық',
  'Тәжі',
  'Уәли',
  'Шынгыс',
  'Ержан',
  'Әуез',
  'Қали',
  'Мұхтар',
  'Болат',
  'Талғат',
  'Асқар',
  'Сапар',
];
const KK_INFIXES = ['', '', 'бай', 'бек', 'жан'];

function kazakhSurname(root: string, infix: string): [string, string] {
  const stem = root + infix;
  if (stem.endsWith('й')) return [`${stem.slice(0, -1)}ев`, `${stem.slice(0, -1)}ева`];
  if (/[жшщчцаеіиуұүә]$/.test(stem)) return [`${stem}ев`, `${stem}ева`];
  return [`${stem}ов`, `${stem}ова`];
}
const KK_SURNAMES: [string, string][] = KK_ROOTS.flatMap((root) =>
  [...new Set(KK_INFIXES)].map((infix) => kazakhSurname(root, infix)),
);
// The same root also written with Russian letters (Касымов beside Қасымов): a fifth of the roots.
for (const root of KK_ROOTS.filter((_, i) => i % 5 === 0)) {
  const plain = root.replace(
    /[қәүұөғңіһ]/g,
    (ch) => ({ қ: 'к', ә: 'а', ү: 'у', ұ: 'у', ө: 'о', ғ: 'г', ң: 'н', і: 'и', һ: 'х' })[ch]!,
  );
  if (plain !== root) KK_SURNAMES.push(kazakhSurname(plain, ''));
}

const RU_NAMES = {
  m: ['Александр', 'Сергей', 'Андрей', 'Дмитрий', 'Иван', 'Олег'],
  f: ['Анна', 'Елена', 'Ольга', 'Мария', 'Наталья', 'Татьяна'],
};
const KK_NAMES = {
  m: ['Әли', 'Нұрлан', 'Ерлан', 'Қайрат', 'Дәурен', 'Серік'],
  f: ['Айгүл', 'Әсел', 'Гүлнар', 'Жанар', 'Сәуле', 'Динара'],
};
const RU_FATHERS = ['Петрович', 'Иванович', 'Сергеевич', 'Андреевич', 'Олегович'];
const KK_FATHERS = ['Серік', 'Нұрлан', 'Ерлан', 'Қайрат', 'Бауыржан'];

/** Plausible statuses along each channel's path (open and finished cases). */
const STATUSES: Record<Channel, CaseStatus[]> = {
  center: [
    'accepted',
    'in-registry',
    'in-transit',
    'received-by-district',
    'registered',
    'with-specialist',
    'decided-approved',
    'result-sent-to-center',
    'result-at-center',
    'ready-for-pickup',
    'issued-by-center',
    'issued-by-center',
  ],
  district: [
    'accepted',
    'registered',
    'head-review',
    'with-specialist',
    'draft-decision',
    'decided-approved',
    'decided-refused',
    'result-signed',
    'issued-in-person',
    'issued-in-person',
    'sent-by-post',
  ],
};

const STREETS = ['ул. Абая', 'пр. Достык', 'ул. Төле би', 'мкр. Самал-2', 'ул. Розыбакиева', 'мкр. Шугыла'];

export interface GenerateOptions {
  /** Force the channel (registry bench: ЦОН cases). */
  channel?: Channel;
  /** Force the accepting office (registry bench). */
  acceptingOfficeCode?: string;
  /** Force the district office (registry bench). */
  districtOfficeCode?: string;
  /** Keep the freshly opened status ('accepted'). */
  openOnly?: boolean;
  /** Earliest and latest acceptance instants (defaults: 2025-01-01 .. 2026-11-20). */
  from?: number;
  to?: number;
}

export interface Generator {
  next(options?: GenerateOptions): CaseRow;
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
/** Head-heavy choice: common surnames are common, the tail is long. */
const pickSkewed = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() ** 1.25 * list.length)]!;

export function caseGenerator(seed: number): Generator {
  const rnd = randomStream(seed);
  const catalogue = defaultCatalogue();
  const calendar = buildCalendar();
  const sequences = new Map<string, number>();
  const channelsOf = new Map<ServiceId, Channel[]>(
    SERVICE_IDS.map((id) => {
      const s = getService(catalogue, id);
      return [id, (['center', 'district'] as const).filter((c) => s.channels[c]?.enabled)];
    }),
  );
  const documentsOf = new Map<ServiceId, string[]>(
    SERVICE_IDS.map((id) => [id, getService(catalogue, id).documents.map((d) => d.id)]),
  );

  function iin(birth: Date, female: boolean): string {
    const yy = String(birth.getUTCFullYear() % 100).padStart(2, '0');
    const mm = String(birth.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(birth.getUTCDate()).padStart(2, '0');
    const century = (birth.getUTCFullYear() >= 2000 ? 5 : 3) + (female ? 1 : 0);
    for (;;) {
      const first11 = `${yy}${mm}${dd}${century}${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`;
      const check = iinCheckDigit(first11);
      if (check !== null) return `${first11}${check}`;
    }
  }

  function next(o: GenerateOptions = {}): CaseRow {
    let serviceId: ServiceId;
    let channel: Channel;
    for (;;) {
      serviceId = pick(rnd, SERVICE_IDS);
      const open = channelsOf.get(serviceId)!;
      if (open.length === 0) continue;
      if (o.channel) {
        if (!open.includes(o.channel)) continue;
        channel = o.channel;
      } else channel = pick(rnd, open);
      break;
    }
    const kazakh = rnd() < 0.6;
    const female = rnd() < 0.55;
    const forms = pickSkewed(rnd, kazakh ? KK_SURNAMES : RU_SURNAMES);
    const surname = female ? forms[1] : forms[0];
    const name = pick(rnd, (kazakh ? KK_NAMES : RU_NAMES)[female ? 'f' : 'm']);
    const father = pick(rnd, kazakh ? KK_FATHERS : RU_FATHERS);
    const patronymic = kazakh
      ? `${father}${female ? 'қызы' : 'ұлы'}`
      : female
        ? father.replace(/ич$/, 'на')
        : father;
    const birth = new Date(Date.UTC(1940, 0, 1) + Math.floor(rnd() * 24_800) * 86_400_000);
    const district: CityDistrict = pick(rnd, CITY_DISTRICTS);
    const districtOffice = o.districtOfficeCode ?? districtOfficeFor(district).code;
    const accepting =
      o.acceptingOfficeCode ?? (channel === 'center' ? String(20 + Math.floor(rnd() * 8)) : districtOffice);
    const deskCode = rnd() < 0.5 ? '00' : `0${1 + Math.floor(rnd() * 3)}`;
    const from = o.from ?? Date.UTC(2025, 0, 1, 3);
    const to = o.to ?? Date.UTC(2026, 10, 20, 12);
    // Office hours, Almaty (UTC+5): 09:00-18:00.
    const day = Math.floor((from + rnd() * (to - from)) / 86_400_000) * 86_400_000;
    const acceptedAt = day + (4 * 3600 + Math.floor(rnd() * 9 * 3600)) * 1000;
    const year = new Date(acceptedAt + 5 * 3600_000).getUTCFullYear();
    const key = `${accepting}-${deskCode}-${year}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const caseId = makeCaseNumber({ officeCode: accepting, deskCode, year, sequence });
    const docs = documentsOf.get(serviceId)!;
    const count = Math.min(docs.length, 2 + Math.floor(rnd() * 5));
    const input: IntakeInput = {
      serviceId,
      subType: null,
      channel,
      rulesVersion: catalogue.rulesVersion,
      applicant: {
        surname,
        name,
        patronymic,
        iin: iin(birth, female),
        birthDate: birth.toISOString().slice(0, 10),
        status: 'citizen',
        identity: {
          docType: 'id-card',
          number: String(Math.floor(rnd() * 1e9)).padStart(9, '0'),
          issuedBy: 'МВД РК',
          issuedOn: null,
        },
        registeredAddress: {
          district,
          street: `${pick(rnd, STREETS)}, ${1 + Math.floor(rnd() * 200)}, кв. ${1 + Math.floor(rnd() * 120)}`,
        },
        actualAddress: null,
        phones: [`+7 70${Math.floor(rnd() * 10)} ${String(Math.floor(rnd() * 1e7)).padStart(7, '0')}`],
      },
      representative: null,
      family: [],
      answers: {},
      documents: docs.slice(0, count).map((itemId) => ({ itemId, originalShown: true, copyReceived: true })),
      acceptingOfficeCode: accepting,
      deskCode,
      districtOfficeCode: districtOffice,
      acceptedAt,
      acceptedBy: { userId: 'bench-inspector', fullName: 'Сейтова Айгуль Маратовна' },
    };
    const intake = intakeSchema.parse(input);
    const opened = openCase(
      { caseId, serviceId, channel },
      {
        actor: {
          userId: 'bench-inspector',
          roles: [channel === 'center' ? 'center-inspector' : 'district-specialist'],
        },
        now: acceptedAt,
        officeType: channel,
      },
    );
    if (!opened.ok) throw new Error(`openCase ${serviceId}/${channel}: ${opened.error.code}`);
    const state = o.openOnly ? opened.state : { ...opened.state, status: pick(rnd, STATUSES[channel]) };
    const deadlines = caseDeadlines(catalogue, calendar, {
      serviceId,
      channel,
      acceptedAt,
      settings: { transitAllowanceWorkingDays: 0 },
    });
    return toCaseRow(intake, state, deadlines, acceptedAt);
  }

  return { next };
}
