/** Service 7: documents for providing a wheelchair to disabled persons (digest 3.7). */
import { ALWAYS, when } from '../condition';
import type { ServiceDef } from '../types';
import {
  DECREE_394,
  DECREE_754,
  MOTIVATED_REFUSAL,
  NON_NOTARIZED_POA,
  disabilityDistrictSteps,
  disabilityRefusals,
  representativeQuestion,
  t,
  verified,
  yesNo,
} from './common';

const WORK_INJURY = when('workInjury', 'yes');

export const disabilityWheelchair: ServiceDef = {
  id: 'disability-wheelchair',
  number: 7,
  name: verified(
    'Оформление документов на инвалидов для предоставления им кресла-коляски',
    'Мүгедектерге кресло-арбаларды беру үшін оларға құжаттарды ресімдеу',
  ),
  source: '3.7',
  legalBasis: [
    {
      text: t(
        'Пункт 1 статьи 22 Закона РК от 13 апреля 2005 года № 39-III «О социальной защите инвалидов в РК»',
        'Қазақстан Республикасының 2005 жылғы 13 сәуірдегі № 39-III «Қазақстан Республикасында мүгедектерді әлеуметтік қорғау туралы» Заңының 22-бабының 1-тармағы',
      ),
      source: '3.7 §7',
    },
    { text: DECREE_754, source: '3.7 §7' },
    { text: DECREE_394, source: '3.7 §7' },
  ],
  subTypes: [],
  eligibleStatuses: ['citizen', 'foreigner', 'stateless'],
  eligibilityNote: t(
    'Включая лиц с инвалидностью от трудового увечья или профзаболевания по вине работодателя, если работодатель-ИП прекратил деятельность или юрлицо ликвидировано (толкование пункта 2 регламента)',
    'Жұмыс берушінің кінәсінен еңбек жарақатынан немесе кәсіптік аурудан мүгедектік алғандарды қоса алғанда, егер жеке кәсіпкер қызметін тоқтатса немесе заңды тұлға таратылса (регламенттің 2-тармағын түсіндіру)',
  ),
  // §14 item 1 asks for the SIC number, and the IIN only "if any".
  allowsApplicantWithoutIin: true,
  representation: { authority: 'power-of-attorney', source: '3.7 §14 representation' },
  submission: { rule: 'original-and-copy', source: '3.7 §14 (в копиях и подлинниках для сверки)' },
  applicationForm: 'wheelchair',
  channels: {
    district: {
      enabled: true,
      term: { value: 10, unit: 'working-days' },
      termStart: 'acceptance',
      termSource: '3.7 §5',
      acknowledgement: ['talon', 'tear-off-slip'],
      queue: { maxWaitMinutes: 15, perApplicantAhead: true, serviceMinutes: 15, source: '3.7 §5' },
      steps: disabilityDistrictSteps('3.7 §12'),
    },
  },
  situations: [
    yesNo(
      'workInjury',
      t(
        'Инвалидность от трудового увечья или профзаболевания по вине работодателя, прекратившего деятельность (ликвидированного)',
        'Қызметін тоқтатқан (таратылған) жұмыс берушінің кінәсінен еңбек жарақатынан немесе кәсіптік аурудан мүгедектік',
      ),
      '3.7 §14 item 3',
    ),
    representativeQuestion('3.7 §14 representation'),
  ],
  documents: [
    {
      id: 'application',
      submission: 'original-kept',
      number: '1',
      name: t(
        'Заявление по форме приложения 2 с реквизитами документа, удостоверяющего личность, и номером СИК (ИИН при наличии)',
        '2-қосымшадағы нысан бойынша жеке басын куәландыратын құжаттың деректемелері және ӘЖК нөмірі (ЖСН болса) көрсетілген өтініш',
      ),
      source: '3.7 §14 item 1',
      requiredWhen: ALWAYS,
    },
    {
      id: 'ipr',
      number: '2',
      name: t(
        'Индивидуальная программа реабилитации лица с инвалидностью',
        'Мүгедектігі бар адамды оңалтудың жеке бағдарламасы',
      ),
      source: '3.7 §14 item 2',
      requiredWhen: ALWAYS,
    },
    {
      id: 'accident-report-copy',
      number: '3',
      name: t('Копия акта о несчастном случае', 'Жазатайым оқиға туралы актінің көшірмесі'),
      source: '3.7 §14 item 3',
      requiredWhen: WORK_INJURY,
    },
    {
      id: 'employer-termination-document',
      number: '3',
      name: t(
        'Документ о прекращении деятельности индивидуального предпринимателя или ликвидации юридического лица',
        'Жеке кәсіпкердің қызметін тоқтатуы немесе заңды тұлғаның таратылуы туралы құжат',
      ),
      source: '3.7 §14 item 3',
      requiredWhen: WORK_INJURY,
    },
    {
      id: 'power-of-attorney',
      submission: 'original-kept',
      number: null,
      name: NON_NOTARIZED_POA,
      source: '3.7 §14 representation',
      requiredWhen: when('representative', 'representative'),
    },
  ],
  grounds: {
    refusal: disabilityRefusals('3.7 §11', t('к предоставлению кресла-коляски', 'Кресло-арба беруге')),
    suspension: [],
    termination: [],
  },
  results: [
    {
      id: 'processing-notification',
      name: t(
        'Уведомление об оформлении документов для предоставления кресла-коляски',
        'Кресло-арба беру үшін құжаттарды ресімдеу туралы хабарлама',
      ),
      source: '3.7 §8',
    },
    { id: 'motivated-refusal', name: MOTIVATED_REFUSAL, source: '3.7 §8' },
  ],
};
