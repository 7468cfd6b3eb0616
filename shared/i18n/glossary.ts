/**
 * One term per concept, in both languages. Extends the glossary of docs/calendar-kz.md with the
 * terms the product itself coins (keys, workstations, registries). A unit test fails when a locale
 * value or a catalogue/directory text uses a rejected variant.
 *
 * `rejected` holds regular expressions (Unicode, case-insensitive unless `caseSensitive`), matched
 * anywhere in the text; word edges are written out as `(?<!\p{L})` / `(?!\p{L})` because `\b` does
 * not see Cyrillic letters.
 */
export interface GlossaryEntry {
  /** The Russian term the concept is known by (the glossary's left column). */
  concept: string;
  /** The one Russian form. */
  ru: string;
  /** The one Kazakh form. */
  kk: string;
  rejected: { ru?: string[]; kk?: string[] };
  caseSensitive?: boolean;
  /**
   * Titles of legal acts, the services' official names and the grounds (quoted from the regulation
   * on refusal notices) are cited as adopted: text inside «», the services' own names and the
   * grounds are not checked for this entry.
   */
  citedTitlesExempt?: boolean;
  note?: string;
}

const W = '(?<!\\p{L})'; // start of a word
const E = '(?!\\p{L})'; // end of a word

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'ЦОН, Центр обслуживания населения',
    ru: 'ЦОН',
    kk: 'ХҚКО',
    rejected: { ru: [`${W}Центр(?:а|е|ом|у)?${E}(?!\\s+обслуживания)`], kk: [`(?<!көрсету\\s)Орталы[қғ]`] },
    caseSensitive: true,
    note: 'In running text the abbreviation; the full name only spelled out in full',
  },
  {
    concept: 'заявитель',
    ru: 'заявитель',
    kk: 'өтініш беруші',
    rejected: { ru: [`${W}потребител`] },
  },
  { concept: 'расписка', ru: 'расписка', kk: 'қолхат', rejected: { kk: [`${W}түбіртек(?!-шот)`] } },
  { concept: 'реестр', ru: 'реестр', kk: 'тізілім', rejected: { kk: [`${W}реестр`] } },
  {
    concept: 'отрывной талон',
    ru: 'отрывной талон',
    kk: 'үзбелі талон',
    rejected: { kk: [`(?:қиылатын|жыртылатын|жыртып\\s+алынатын|кесілетін)\\s+талон`] },
  },
  {
    concept: 'пакет документов',
    ru: 'пакет документов',
    kk: 'құжаттар топтамасы',
    rejected: { kk: [`${W}пакет`] },
  },
  {
    concept: 'учреждение (офис)',
    ru: 'учреждение',
    kk: 'мекеме',
    rejected: { ru: [`${W}офис`], kk: [`${W}кеңсе`, `${W}офис`] },
  },
  {
    concept: 'учётная запись',
    ru: 'учётная запись',
    kk: 'тіркелгі',
    rejected: { ru: [`${W}аккаунт`], kk: [`есептік\\s+жазба`, `${W}аккаунт`] },
  },
  {
    concept: 'специалист жестового языка',
    ru: 'специалист жестового языка',
    kk: 'ымдау тілі маманы',
    rejected: { ru: [`сурдопереводчик`], kk: [`${W}ым\\s+тіл`] },
  },
  {
    concept: 'санаторно-курортное лечение',
    ru: 'санаторно-курортное лечение',
    kk: 'санаторлық-курорттық емдеу',
    rejected: { kk: [`санатори[йі]\\p{L}*-курорттық`, `курорттық\\s+емделу`] },
    citedTitlesExempt: true,
  },
  {
    concept: 'кандас (оралман)',
    ru: 'кандас',
    kk: 'қандас',
    rejected: { ru: [`${W}оралман`], kk: [`${W}оралман`] },
    citedTitlesExempt: true,
    note: 'Renamed by law in 2020; the internal status id stays "oralman"',
  },
  {
    concept: 'лицо с инвалидностью',
    ru: 'лицо с инвалидностью',
    kk: 'мүгедектігі бар адам',
    rejected: { ru: [`${W}инвалид(?!ност)`], kk: [`${W}мүгедек(?!ті[гк])`] },
    citedTitlesExempt: true,
    note: "Today's wording, also on printed forms (docs/catalogue.md); titles of acts are cited as adopted",
  },
  {
    concept: 'отпечаток ключа',
    ru: 'отпечаток ключа',
    kk: 'кілт таңбасы',
    rejected: { kk: [`саусақ\\s+із`, `цифрлық\\s+із`] },
  },
  {
    concept: 'парольная фраза',
    ru: 'парольная фраза',
    kk: 'құпия фраза',
    rejected: { ru: [`кодов\\p{L}+\\s+фраз`, `секретн\\p{L}+\\s+фраз`], kk: [`құпиясөз\\s+фраза`] },
  },
  {
    concept: 'очистить (поиск, фильтры)',
    ru: 'очистить',
    kk: 'тазалау',
    rejected: { kk: [`(?:іздеуді|сүзгілерді)\\s+(?:қалпына|өшіру|тастау)`] },
  },
  {
    concept: 'оформление (документов)',
    ru: 'оформление',
    kk: 'ресімдеу',
    rejected: { kk: [`рәсімде`] },
    note: 'The spelling of the official service titles of 2013',
  },
  {
    concept: 'Ф.И.О.',
    ru: 'Ф.И.О.',
    kk: 'Т.А.Ә.',
    rejected: { ru: [`${W}ФИО${E}`], kk: [`${W}ТАӘ${E}`] },
    caseSensitive: true,
  },
  {
    concept: 'подлинник',
    ru: 'подлинник',
    kk: 'түпнұсқа',
    rejected: { ru: [`${W}оригинал`], kk: [`${W}оригинал`] },
    note: 'The word the decree uses most',
  },
  {
    concept: 'основное рабочее место',
    ru: 'основное рабочее место',
    kk: 'негізгі жұмыс орны',
    rejected: { ru: [`главн\\p{L}+\\s+рабоч`], kk: [`${W}бас\\s+жұмыс\\s+орн`] },
  },
  {
    concept: 'журнал действий',
    ru: 'журнал действий',
    kk: 'әрекеттер журналы',
    rejected: { ru: [`журнал\\p{L}*\\s+аудита`], kk: [`аудит\\s+журнал`] },
  },
  {
    concept: 'заявка на выплату',
    ru: 'заявка на выплату',
    kk: 'төлемге өтінім',
    rejected: { ru: [`заявк\\p{L}*\\s+на\\s+оплату`], kk: [`төлем\\s+өтінім`] },
  },
  {
    concept: 'отмена (кнопка)',
    ru: 'Отмена',
    kk: 'Болдырмау',
    rejected: {},
    note: '«Бас тарту» means a refusal in this product; a test checks cancel buttons separately',
  },
  {
    concept: 'брат, сестра',
    ru: 'Брат, сестра',
    kk: 'Бауыры (аға, іні, әпке, сіңлі)',
    rejected: { kk: [`бауыры\\s*[,/]`] },
  },
  {
    concept: 'ребёнок дошкольного возраста',
    ru: 'Дошкольник',
    kk: 'Мектеп жасына дейінгі бала',
    rejected: { kk: [`мектепке\\s+дейінгі\\s+жаст`] },
  },
  {
    concept: 'электронная почта',
    ru: 'электронная почта',
    kk: 'электрондық пошта',
    rejected: { ru: [`e-?mail`], kk: [`e-?mail`] },
  },
  {
    concept: 'ГЦВП, Государственный центр по выплате пенсий',
    ru: 'ГЦВП',
    kk: 'ЗТМО',
    rejected: { kk: [`${W}МЗТО${E}`] },
    caseSensitive: true,
  },
];
