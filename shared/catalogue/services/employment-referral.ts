/** Service 3: referrals to active employment-promotion measures, six sub-services (digest 3.3). */
import { ALWAYS, NEVER, all, not, when } from '../condition';
import type { ServiceDef } from '../types';
import { DECREE_394, statusQuestion, t, yesNo } from './common';

/** Sub-services that need no "registered unemployed" status (3.3 §10). */
export const EXEMPT_FROM_REGISTRATION = ['job-placement', 'career-guidance'];

const REGISTRATION_NEEDED = t(
  'Требуется регистрация в качестве безработного',
  'Жұмыссыз ретінде тіркелу талап етіледі',
);
const REGISTRATION_NOT_NEEDED = t(
  'Регистрация в качестве безработного не требуется',
  'Жұмыссыз ретінде тіркелу талап етілмейді',
);

export const employmentReferral: ServiceDef = {
  id: 'employment-referral',
  number: 3,
  name: t(
    'Выдача направлений лицам на участие в активных формах содействия занятости',
    'Жұмыспен қамтуға жәрдемдесудің белсенді нысандарына қатысуға адамдарға жолдама беру',
  ),
  source: '3.3',
  legalBasis: [
    {
      text: t(
        'Подпункты 2), 5), 6), 7) пункта 1 статьи 8 Закона РК от 23 января 2001 года № 149-II «О занятости населения»',
        'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы № 149-II «Халықты жұмыспен қамту туралы» Заңының 8-бабы 1-тармағының 2), 5), 6), 7) тармақшалары',
      ),
      source: '3.3 §6',
    },
    { text: DECREE_394, source: '3.3 §6' },
  ],
  subTypes: [
    {
      id: 'youth-practice',
      name: t('Выдача направлений лицам на молодежную практику', 'Жастар практикасына жолдама беру'),
      source: '3.3 §1',
      note: REGISTRATION_NEEDED,
    },
    {
      id: 'public-works',
      name: t('Выдача направлений лицам на общественные работы', 'Қоғамдық жұмыстарға жолдама беру'),
      source: '3.3 §1',
      note: REGISTRATION_NEEDED,
    },
    {
      id: 'social-job',
      name: t(
        'Выдача направлений лицам для трудоустройства на социальное рабочее место',
        'Әлеуметтік жұмыс орнына жұмысқа орналасу үшін жолдама беру',
      ),
      source: '3.3 §1',
      note: REGISTRATION_NEEDED,
    },
    {
      id: 'job-placement',
      name: t('Выдача направлений для трудоустройства', 'Жұмысқа орналасу үшін жолдама беру'),
      source: '3.3 §1, §10',
      note: REGISTRATION_NOT_NEEDED,
    },
    {
      id: 'vocational-training',
      name: t(
        'Выдача направлений лицам на профессиональную подготовку, переподготовку и повышение квалификации',
        'Кәсіптік даярлауға, қайта даярлауға және біліктілікті арттыруға жолдама беру',
      ),
      source: '3.3 §1',
      note: REGISTRATION_NEEDED,
    },
    {
      id: 'career-guidance',
      name: t(
        'Оказание бесплатных услуг лицам в профессиональной ориентации',
        'Кәсіптік бағдар беру бойынша тегін қызметтер көрсету',
      ),
      source: '3.3 §1, §10',
      note: REGISTRATION_NOT_NEEDED,
    },
  ],
  eligibleStatuses: ['citizen', 'oralman', 'foreigner', 'stateless'],
  // Identifiers here are the legacy SIC and RNN (6.5 #17), not the IIN.
  allowsApplicantWithoutIin: true,
  representation: { authority: 'not-addressed', source: '6.1 representatives' },
  submission: { rule: 'original-shown', source: '3.3 §12 (предъявляет)' },
  channels: {
    district: {
      enabled: true,
      term: { value: 30, unit: 'minutes' },
      termStart: 'acceptance',
      termSource: '3.3 §4',
      acknowledgement: ['none'],
      queue: { maxWaitMinutes: 30, serviceMinutes: 30, source: '3.3 §4' },
      steps: [
        {
          id: '1',
          role: 'district-specialist',
          action: t(
            'Проверяет регистрацию в качестве безработного, выписывает направление или готовит мотивированный отказ, передаёт руководителю',
            'Жұмыссыз ретінде тіркелуін тексереді, жолдама жазады немесе дәлелді бас тартуды дайындайды, басшыға береді',
          ),
          source: '3.3 §11 step 1',
        },
        {
          id: '2',
          role: 'district-head',
          action: t(
            'Подписывает направление или уведомление с мотивированным отказом',
            'Жолдамаға немесе дәлелді бас тартуы бар хабарламаға қол қояды',
          ),
          source: '3.3 §11 step 2',
        },
        {
          id: '3',
          role: 'district-specialist',
          action: t('Выдаёт результат получателю', 'Нәтижені алушыға береді'),
          source: '3.3 §11 step 3',
          limit: { term: { value: 30, unit: 'minutes' }, anchor: { from: 'acceptance' }, source: '3.3 §4' },
        },
      ],
    },
  },
  situations: [
    statusQuestion(['citizen', 'oralman', 'foreigner', 'stateless'], '3.3 §2, §12'),
    yesNo(
      'firstTimeJobSeeker',
      t(
        'Впервые ищет работу, не имеет профессии (специальности)',
        'Жұмысты алғаш рет іздейді, мамандығы жоқ',
      ),
      '3.3 §12 item 5',
    ),
    yesNo(
      'hasQualification',
      t('Есть документ о профессиональной квалификации', 'Кәсіптік біліктілік туралы құжаты бар'),
      '3.3 §12 item 5',
    ),
  ],
  documents: [
    {
      id: 'identity',
      number: '1',
      name: t('Документ, удостоверяющий личность (паспорт)', 'Жеке басын куәландыратын құжат (паспорт)'),
      source: '3.3 §12 item 1',
      requiredWhen: ALWAYS,
    },
    {
      id: 'work-history',
      number: '2',
      name: t('Документы, подтверждающие трудовую деятельность', 'Еңбек қызметін растайтын құжаттар'),
      source: '3.3 §12 item 2',
      requiredWhen: not(when('firstTimeJobSeeker', 'yes')),
      optionalWhen: ALWAYS,
      note: t(
        'Лицо, впервые ищущее работу, может не иметь трудовой деятельности',
        'Жұмысты алғаш рет іздеген адамның еңбек қызметі болмауы мүмкін',
      ),
    },
    {
      id: 'sic',
      number: '3',
      name: t(
        'Свидетельство о присвоении социального индивидуального кода (СИК)',
        'Әлеуметтік жеке код (ӘЖК) берілгені туралы куәлік',
      ),
      source: '3.3 §12 item 3',
      requiredWhen: NEVER,
      optionalWhen: ALWAYS,
      note: t(
        'СИК и РНН — устаревшие сведения, представляются при наличии',
        'ӘЖК және СТН — ескірген мәліметтер, бар болса ұсынылады',
      ),
    },
    {
      id: 'rnn',
      number: '4',
      name: t('Регистрационный номер налогоплательщика (РНН)', 'Салық төлеушінің тіркеу нөмірі (СТН)'),
      source: '3.3 §12 item 4',
      requiredWhen: NEVER,
      optionalWhen: ALWAYS,
      note: t(
        'СИК и РНН — устаревшие сведения, представляются при наличии',
        'ӘЖК және СТН — ескірген мәліметтер, бар болса ұсынылады',
      ),
    },
    {
      id: 'qualification',
      number: '5',
      name: t(
        'Документ, удостоверяющий профессиональную квалификацию',
        'Кәсіптік біліктілікті куәландыратын құжат',
      ),
      source: '3.3 §12 item 5',
      requiredWhen: when('hasQualification', 'yes'),
    },
    {
      id: 'education',
      number: '5',
      name: t('Документ об образовании', 'Білімі туралы құжат'),
      source: '3.3 §12 item 5',
      requiredWhen: all(when('firstTimeJobSeeker', 'yes'), not(when('hasQualification', 'yes'))),
    },
    {
      id: 'residence-permit',
      number: null,
      name: t(
        'Вид на жительство иностранца в РК с отметкой о регистрации в органах внутренних дел',
        'Ішкі істер органдарында тіркелгені туралы белгісі бар шетелдіктің ҚР-да тұруға ықтиярхаты',
      ),
      source: '3.3 §12 additional',
      requiredWhen: when('applicantStatus', 'foreigner'),
      note: t(
        'Регламент называет оба документа; представляется тот, что соответствует статусу заявителя',
        'Регламент екі құжатты да атайды; өтініш берушінің мәртебесіне сәйкес келетіні ұсынылады',
      ),
    },
    {
      id: 'stateless-certificate',
      number: null,
      name: t(
        'Удостоверение лица без гражданства с отметкой о регистрации в органах внутренних дел',
        'Ішкі істер органдарында тіркелгені туралы белгісі бар азаматтығы жоқ адамның куәлігі',
      ),
      source: '3.3 §12 additional',
      requiredWhen: when('applicantStatus', 'stateless'),
    },
    {
      id: 'oralman-certificate',
      number: null,
      name: t('Удостоверение кандаса', 'Қандас куәлігі'),
      source: '3.3 §12 additional',
      requiredWhen: when('applicantStatus', 'oralman'),
    },
  ],
  grounds: {
    refusal: [
      {
        number: '1',
        text: t(
          'Лицо не зарегистрировано в качестве безработного в районном отделе',
          'Адам аудандық бөлімде жұмыссыз ретінде тіркелмеген',
        ),
        source: '3.3 §10',
        appliesWhen: not(when('subtype', ...EXEMPT_FROM_REGISTRATION)),
        checks: 'unemployed-registration',
      },
    ],
    suspension: [],
    termination: [],
  },
  results: [
    {
      id: 'referral',
      name: t(
        'Направление на участие в активных формах содействия занятости',
        'Жұмыспен қамтуға жәрдемдесудің белсенді нысандарына қатысуға жолдама',
      ),
      source: '3.3 §7',
    },
    {
      id: 'refusal-notification',
      name: t('Уведомление с мотивированным отказом', 'Дәлелді бас тартуы бар хабарлама'),
      source: '3.3 §7, §11',
    },
    {
      id: 'oral-consultation',
      name: t(
        'Устное информирование (консультирование) о профессиях и специальностях',
        'Кәсіптер мен мамандықтар туралы ауызша ақпарат беру (кеңес беру)',
      ),
      source: '3.3 §1, §7',
    },
  ],
};
