/** Service 6: documents for sanatorium-resort treatment of disabled persons (digest 3.6). */
import { ALWAYS, not, when } from '../condition';
import type { ServiceDef } from '../types';
import {
  DECREE_394,
  DECREE_754,
  MOTIVATED_REFUSAL,
  disabilityDistrictSteps,
  disabilityRefusals,
  representativeQuestion,
  t,
  yesNo,
} from './common';

const CHILD = when('childWithDisability', 'yes');

export const disabilitySanatorium: ServiceDef = {
  id: 'disability-sanatorium',
  number: 6,
  name: t(
    'Оформление документов на инвалидов для обеспечения их санаторно-курортным лечением',
    'Мүгедектерді санаторлық-курорттық емдеумен қамтамасыз ету үшін оларға құжаттарды ресімдеу',
  ),
  source: '3.6',
  legalBasis: [
    {
      text: t(
        'Пункт 3 статьи 20 Закона РК от 13 апреля 2005 года № 39-III «О социальной защите инвалидов в РК»',
        'Қазақстан Республикасының 2005 жылғы 13 сәуірдегі № 39-III «Қазақстан Республикасында мүгедектерді әлеуметтік қорғау туралы» Заңының 20-бабының 3-тармағы',
      ),
      source: '3.6 §6',
    },
    { text: DECREE_754, source: '3.6 §6' },
    { text: DECREE_394, source: '3.6 §6' },
  ],
  subTypes: [],
  eligibleStatuses: ['citizen', 'foreigner', 'stateless'],
  allowsApplicantWithoutIin: true,
  representation: { authority: 'written-consent', source: '3.6 §13 item 7' },
  submission: { rule: 'copy-kept', source: '3.6 §13 (originals not stated; items name copies)' },
  channels: {
    district: {
      enabled: true,
      term: { value: 10, unit: 'working-days' },
      termStart: 'acceptance',
      termSource: '3.6 §4',
      acknowledgement: ['talon', 'tear-off-slip'],
      queue: { maxWaitMinutes: 15, perApplicantAhead: true, serviceMinutes: 15, source: '3.6 §4' },
      steps: disabilityDistrictSteps('3.6 §11'),
    },
  },
  situations: [
    yesNo(
      'childWithDisability',
      t('Заявление подаётся на ребёнка с инвалидностью', 'Өтініш мүгедектігі бар балаға беріледі'),
      '3.6 §13 item 3',
    ),
    representativeQuestion('3.6 §13 item 7'),
  ],
  documents: [
    {
      id: 'application',
      submission: 'original-kept',
      number: '1',
      name: t(
        'Заявление установленной формы (постановление Правительства РК № 754)',
        'Белгіленген нысандағы өтініш (ҚР Үкіметінің № 754 қаулысы)',
      ),
      source: '3.6 §13 item 1',
      requiredWhen: ALWAYS,
    },
    {
      id: 'identity-copy',
      number: '2',
      name: t(
        'Копия документа, удостоверяющего личность услугополучателя',
        'Көрсетілетін қызметті алушының жеке басын куәландыратын құжатының көшірмесі',
      ),
      source: '3.6 §13 item 2',
      requiredWhen: not(CHILD),
      // A young child has no identity card; item 3 identifies the child by the birth certificate.
      optionalWhen: CHILD,
    },
    {
      id: 'child-birth-certificate-copy',
      number: '3',
      name: t('Копия свидетельства о рождении ребенка', 'Баланың туу туралы куәлігінің көшірмесі'),
      source: '3.6 §13 item 3',
      requiredWhen: CHILD,
    },
    {
      id: 'legal-representative-identity-copy',
      number: '3',
      name: t(
        'Копия документа, удостоверяющего личность законного представителя',
        'Заңды өкілдің жеке басын куәландыратын құжатының көшірмесі',
      ),
      source: '3.6 §13 item 3',
      requiredWhen: CHILD,
    },
    {
      id: 'sanatorium-card-copy',
      number: '4',
      name: t(
        'Копия санаторно-курортной карты, выданной организацией здравоохранения',
        'Денсаулық сақтау ұйымы берген санаторлық-курорттық картаның көшірмесі',
      ),
      source: '3.6 §13 item 4',
      requiredWhen: ALWAYS,
    },
    {
      id: 'address-certificate',
      submission: 'original-kept',
      number: '5',
      name: t(
        'Документ, подтверждающий регистрацию по постоянному месту жительства (адресная справка)',
        'Тұрақты тұрғылықты жері бойынша тіркелуін растайтын құжат (мекенжай анықтамасы)',
      ),
      source: '3.6 §13 item 5',
      requiredWhen: ALWAYS,
    },
    {
      id: 'disability-ipr-extracts',
      number: '6',
      name: t(
        'Копии выписки из справки об инвалидности и выписки из индивидуальной программы реабилитации',
        'Мүгедектігі туралы анықтамадан үзінді мен жеке оңалту бағдарламасынан үзіндінің көшірмелері',
      ),
      source: '3.6 §13 item 6',
      requiredWhen: ALWAYS,
    },
    {
      id: 'consenting-person-identity-copy',
      number: '7',
      name: t(
        'Копия документа, удостоверяющего личность лица, подающего заявление с письменного согласия лица с инвалидностью (с письменным согласием)',
        'Мүгедектігі бар адамның жазбаша келісімімен өтініш беретін адамның жеке басын куәландыратын құжатының көшірмесі (жазбаша келісіммен)',
      ),
      source: '3.6 §13 item 7',
      requiredWhen: when('representative', 'representative'),
    },
  ],
  grounds: {
    refusal: disabilityRefusals(
      '3.6 §10',
      t('к санаторно-курортному лечению', 'Санаторлық-курорттық емдеуге'),
    ),
    suspension: [],
    termination: [],
  },
  results: [
    {
      id: 'processing-notification',
      name: t(
        'Уведомление об оформлении документов для обеспечения санаторно-курортным лечением',
        'Санаторлық-курорттық емдеумен қамтамасыз ету үшін құжаттарды ресімдеу туралы хабарлама',
      ),
      source: '3.6 §7',
    },
    { id: 'motivated-refusal', name: MOTIVATED_REFUSAL, source: '3.6 §7' },
  ],
};
