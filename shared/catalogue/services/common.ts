/**
 * Texts and building blocks shared by several services. Kazakh that is not taken from an official
 * text (docs/calendar-kz.md glossary) goes through `t`, which marks it for review by a native speaker.
 */
import type { LocalText } from '../../i18n/lang';
import type { ApplicantStatus, Ground, SituationQuestion, SituationValue, Step } from '../types';

/** Russian from the regulation; Kazakh by us, to be reviewed. */
export function t(ru: string, kk: string): LocalText {
  return { ru, kk, kkReview: true };
}

/** Both texts from an official source (docs/calendar-kz.md glossary marks them "official"). */
export function verified(ru: string, kk: string): LocalText {
  return { ru, kk };
}

export const STATUS_LABELS: Record<ApplicantStatus, LocalText> = {
  citizen: t('Гражданин Республики Казахстан', 'Қазақстан Республикасының азаматы'),
  oralman: t('Кандас', 'Қандас'),
  refugee: t('Беженец', 'Босқын'),
  foreigner: t('Иностранец, постоянно проживающий в РК', 'ҚР-да тұрақты тұратын шетелдік'),
  stateless: t(
    'Лицо без гражданства, постоянно проживающее в РК',
    'ҚР-да тұрақты тұратын азаматтығы жоқ адам',
  ),
};

export const YES_NO: SituationValue[] = [
  { value: 'no', label: t('Нет', 'Жоқ') },
  { value: 'yes', label: t('Да', 'Иә') },
];

export function yesNo(
  key: string,
  label: LocalText,
  source: string,
  def: 'yes' | 'no' = 'no',
): SituationQuestion {
  return { key, label, values: YES_NO, default: def, source };
}

export function statusQuestion(statuses: ApplicantStatus[], source: string): SituationQuestion {
  return {
    key: 'applicantStatus',
    label: t('Статус заявителя', 'Өтініш берушінің мәртебесі'),
    values: statuses.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
    default: 'citizen',
    source,
  };
}

export function representativeQuestion(source: string): SituationQuestion {
  return {
    key: 'representative',
    label: t('Кто подаёт документы', 'Құжаттарды кім тапсырады'),
    values: [
      { value: 'none', label: t('Заявитель лично', 'Өтініш берушінің өзі') },
      { value: 'representative', label: t('Представитель заявителя', 'Өтініш берушінің өкілі') },
    ],
    default: 'none',
    source,
  };
}

export const DECREE_394: LocalText = t(
  'Постановление Правительства РК от 7 апреля 2011 года № 394 «Об утверждении стандартов государственных услуг в сфере социальной защиты, оказываемых местными исполнительными органами»',
  'Қазақстан Республикасы Үкіметінің 2011 жылғы 7 сәуірдегі № 394 «Жергілікті атқарушы органдар көрсететін әлеуметтік қорғау саласындағы мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» қаулысы',
);

export const DECREE_754: LocalText = t(
  'Постановление Правительства РК от 20 июля 2005 года № 754 «О некоторых вопросах реабилитации инвалидов»',
  'Қазақстан Республикасы Үкіметінің 2005 жылғы 20 шілдедегі № 754 «Мүгедектерді оңалтудың кейбір мәселелері туралы» қаулысы',
);

export const MOTIVATED_REFUSAL: LocalText = t(
  'Мотивированный ответ об отказе в предоставлении государственной услуги',
  'Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап',
);

export const INCOMPLETE_OR_INACCURATE: LocalText = t(
  'Представление неполных и (или) недостоверных сведений',
  'Толық емес және (немесе) дұрыс емес мәліметтерді ұсыну',
);

/**
 * The district-office procedure shared by services 6, 7 and 8 (digest 3.6 §11, 3.7 §12, 3.8 §11):
 * intake with the tear-off slip, head, responsible specialist, head checks and signs, result.
 */
export function disabilityDistrictSteps(para: string): Step[] {
  return [
    {
      id: '1',
      role: 'district-specialist',
      action: t(
        'Принимает заявление, регистрирует его в журнале входящей корреспонденции, выдаёт отрывной талон с отметкой о принятии, передаёт документы руководителю',
        'Өтінішті қабылдайды, кіріс хат-хабар журналында тіркейді, қабылданғаны туралы белгісі бар үзбелі талон береді, құжаттарды басшыға береді',
      ),
      source: `${para} step 1`,
    },
    {
      id: '2',
      role: 'district-head',
      action: t('Направляет документы ответственному специалисту', 'Құжаттарды жауапты маманға жібереді'),
      source: `${para} step 2`,
    },
    {
      id: '3',
      role: 'responsible-specialist',
      action: t(
        'Рассматривает заявление, готовит уведомление или мотивированный отказ, передаёт на подпись руководителю',
        'Өтінішті қарайды, хабарламаны немесе дәлелді бас тартуды дайындайды, басшыға қол қоюға береді',
      ),
      source: `${para} step 3`,
    },
    {
      id: '4',
      role: 'district-head',
      action: t(
        'Проверяет правильность решения, подписывает уведомление и возвращает ответственному специалисту',
        'Шешімнің дұрыстығын тексереді, хабарламаға қол қояды және жауапты маманға қайтарады',
      ),
      source: `${para} step 4`,
    },
    {
      id: '5',
      role: 'responsible-specialist',
      action: t(
        'Регистрирует результат и выдаёт уведомление лично или направляет почтой',
        'Нәтижені тіркейді және хабарламаны жеке өзіне береді немесе поштамен жібереді',
      ),
      source: `${para} steps 5-6`,
    },
  ];
}

/** Refusal grounds of services 6, 7 and 8: the same three items with the measure named (3.6 §10…). */
export function disabilityRefusals(para: string, contraindicatedFor: LocalText): Ground[] {
  return [
    {
      number: '1',
      text: {
        ru: `Медицинские противопоказания ${contraindicatedFor.ru}`,
        kk: `${contraindicatedFor.kk} медициналық қарсы көрсетілімдер`,
        kkReview: true,
      },
      source: `${para} item 1`,
    },
    {
      number: '2',
      text: t(
        'Отсутствие одного из необходимых документов или ошибки в оформлении документов',
        'Қажетті құжаттардың бірінің болмауы немесе құжаттарды ресімдеудегі қателер',
      ),
      source: `${para} item 2`,
    },
    {
      number: '3',
      text: t(
        'Недостоверность представленных сведений или документов',
        'Ұсынылған мәліметтердің немесе құжаттардың дұрыс болмауы',
      ),
      source: `${para} item 3`,
    },
  ];
}

export const NON_NOTARIZED_POA: LocalText = t(
  'Доверенность, не требующая нотариального удостоверения',
  'Нотариаттық куәландыруды талап етпейтін сенімхат',
);
