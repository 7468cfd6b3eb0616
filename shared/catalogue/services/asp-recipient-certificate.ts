/** Service 5: certificate that the applicant (family) receives АСП, same visit (digest 3.5). */
import { ALWAYS, when } from '../condition';
import type { ServiceDef } from '../types';
import { DECREE_394, MOTIVATED_REFUSAL, statusQuestion, t } from './common';

export const aspRecipientCertificate: ServiceDef = {
  id: 'asp-recipient-certificate',
  number: 5,
  name: t(
    'Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи',
    'Өтініш берушінің (отбасының) атаулы әлеуметтік көмек алушыларға тиесілігін растайтын анықтама беру',
  ),
  source: '3.5',
  legalBasis: [
    {
      text: t(
        'Закон РК от 17 июля 2001 года № 246-II «О государственной адресной социальной помощи»',
        'Қазақстан Республикасының 2001 жылғы 17 шілдедегі № 246-II «Мемлекеттік атаулы әлеуметтік көмек туралы» Заңы',
      ),
      source: '3.5 §6',
    },
    {
      text: t(
        'Правила, утвержденные постановлением Правительства РК от 25 января 2008 года № 64',
        'Қазақстан Республикасы Үкіметінің 2008 жылғы 25 қаңтардағы № 64 қаулысымен бекітілген қағидалар',
      ),
      source: '3.5 §6',
    },
    { text: DECREE_394, source: '3.5 §6' },
  ],
  subTypes: [],
  // §2: recipients of АСП, whose statuses are those of service 4 (3.4 §3).
  eligibleStatuses: ['citizen', 'oralman', 'refugee', 'foreigner', 'stateless'],
  allowsApplicantWithoutIin: true,
  representation: { authority: 'in-person-only', source: '3.5 §13 (при личном посещении)' },
  submission: {
    rule: 'original-and-copy-or-notarised-copy',
    source: '3.5 §13 (в копиях и подлинниках для сверки либо нотариально заверенных копиях)',
  },
  certificate: {
    ofService: 'targeted-social-assistance',
    covers: 'quarter',
    assumedPeriodMonths: 1,
    source: '3.5 §7, §10; 3.4 §15',
  },
  channels: {
    district: {
      enabled: true,
      term: { value: 15, unit: 'minutes' },
      termStart: 'acceptance',
      termSource: '3.5 §4',
      acknowledgement: ['talon'],
      queue: { maxWaitMinutes: 15, perApplicantAhead: true, serviceMinutes: 15, source: '3.5 §4' },
      steps: [
        {
          id: '1',
          role: 'district-specialist',
          action: t(
            'Принимает заполненное заявление и копию удостоверения личности, регистрирует, выдаёт талон, передаёт руководителю',
            'Толтырылған өтініш пен жеке куәліктің көшірмесін қабылдайды, тіркейді, талон береді, басшыға береді',
          ),
          source: '3.5 §11 step 1',
        },
        {
          id: '2',
          role: 'district-head',
          action: t('Отписывает ответственному специалисту', 'Жауапты маманға бұрыштама қояды'),
          source: '3.5 §11 step 2',
        },
        {
          id: '3',
          role: 'responsible-specialist',
          action: t(
            'Проверяет по базе данных назначение АСП в текущем квартале',
            'Ағымдағы тоқсанда АӘК тағайындалғанын дерекқор бойынша тексереді',
          ),
          source: '3.5 §11 step 3',
        },
        {
          id: '4',
          role: 'responsible-specialist',
          action: t(
            'Готовит справку или мотивированный отказ, передаёт на подпись руководителю, выдаёт получателю',
            'Анықтаманы немесе дәлелді бас тартуды дайындайды, басшыға қол қоюға береді, алушыға береді',
          ),
          source: '3.5 §11 step 4',
          limit: { term: { value: 15, unit: 'minutes' }, anchor: { from: 'acceptance' }, source: '3.5 §4' },
        },
      ],
    },
  },
  situations: [statusQuestion(['citizen', 'oralman', 'refugee', 'foreigner', 'stateless'], '3.5 §13 item 2')],
  documents: [
    {
      id: 'application',
      submission: 'original-kept',
      number: '1',
      name: t('Заявление установленной формы', 'Белгіленген нысандағы өтініш'),
      source: '3.5 §13 item 1',
      requiredWhen: ALWAYS,
    },
    {
      id: 'identity-copy',
      number: '2',
      name: t('Копия удостоверения личности (паспорта)', 'Жеке куәліктің (паспорттың) көшірмесі'),
      source: '3.5 §13 item 2',
      requiredWhen: when('applicantStatus', 'citizen', 'oralman', 'refugee'),
      note: t(
        'Для кандасов и беженцев текст документ не уточняет: принимается документ, удостоверяющий личность',
        'Қандастар мен босқындар үшін мәтін құжатты нақтыламайды: жеке басын куәландыратын құжат қабылданады',
      ),
    },
    {
      id: 'residence-permit-copy',
      number: '2',
      name: t('Копия вида на жительство иностранца', 'Шетелдіктің тұруға ықтиярхатының көшірмесі'),
      source: '3.5 §13 item 2',
      requiredWhen: when('applicantStatus', 'foreigner'),
    },
    {
      id: 'stateless-certificate-copy',
      number: '2',
      name: t(
        'Копия удостоверения лица без гражданства с отметкой о регистрации в органах внутренних дел',
        'Ішкі істер органдарында тіркелгені туралы белгісі бар азаматтығы жоқ адам куәлігінің көшірмесі',
      ),
      source: '3.5 §13 item 2',
      requiredWhen: when('applicantStatus', 'stateless'),
    },
  ],
  grounds: {
    refusal: [
      {
        number: '1',
        text: t(
          'Отсутствие сведений о предоставлении АСП в текущем квартале',
          'Ағымдағы тоқсанда АӘК берілгені туралы мәліметтердің болмауы',
        ),
        source: '3.5 §10',
      },
    ],
    suspension: [],
    termination: [],
  },
  results: [
    {
      id: 'certificate',
      name: t(
        'Справка о принадлежности заявителя (семьи) к получателям АСП в текущем квартале',
        'Өтініш берушінің (отбасының) ағымдағы тоқсанда АӘК алушыларға тиесілігі туралы анықтама',
      ),
      source: '3.5 §7',
    },
    { id: 'motivated-refusal', name: MOTIVATED_REFUSAL, source: '3.5 §7' },
  ],
};
