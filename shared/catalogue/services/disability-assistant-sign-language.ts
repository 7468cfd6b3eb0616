/** Service 8: individual assistant or sign-language specialist for disabled persons (digest 3.8). */
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
} from './common';

export const disabilityAssistantSignLanguage: ServiceDef = {
  id: 'disability-assistant-sign-language',
  number: 8,
  name: t(
    'Оформление документов на инвалидов для предоставления им услуги индивидуального помощника для инвалидов первой группы, имеющих затруднение в передвижении, и специалиста жестового языка для инвалидов по слуху',
    'Жүріп-тұруы қиын бірінші топтағы мүгедектерге жеке көмекшінің және есту қабілеті бойынша мүгедектерге ымдау тілі маманының қызметін ұсыну үшін мүгедектерге құжаттарды ресімдеу',
  ),
  source: '3.8',
  legalBasis: [
    {
      text: t(
        'Подпункт 4) пункта 1 статьи 21 Закона РК от 13 апреля 2005 года № 39-III «О социальной защите инвалидов в РК»',
        'Қазақстан Республикасының 2005 жылғы 13 сәуірдегі № 39-III «Қазақстан Республикасында мүгедектерді әлеуметтік қорғау туралы» Заңының 21-бабы 1-тармағының 4) тармақшасы',
      ),
      source: '3.8 §6',
    },
    { text: DECREE_754, source: '3.8 §6' },
    { text: DECREE_394, source: '3.8 §6' },
  ],
  subTypes: [
    {
      id: 'individual-assistant',
      name: t(
        'Индивидуальный помощник для лиц с инвалидностью первой группы, имеющих затруднение в передвижении',
        'Жүріп-тұруы қиын бірінші топтағы мүгедектігі бар адамдарға жеке көмекші',
      ),
      source: '3.8 §2',
    },
    {
      id: 'sign-language-specialist',
      name: t(
        'Специалист жестового языка для лиц с инвалидностью по слуху',
        'Есту қабілеті бойынша мүгедектігі бар адамдарға ымдау тілі маманы',
      ),
      source: '3.8 §2',
    },
  ],
  eligibleStatuses: ['citizen', 'foreigner', 'stateless'],
  // §13 item 1: the application states the IIN.
  allowsApplicantWithoutIin: false,
  representation: { authority: 'power-of-attorney', source: '3.8 §13 representation' },
  submission: { rule: 'original-and-copy', source: '3.8 §13 (в копиях и подлинниках для сверки)' },
  applicationForm: 'assistant',
  channels: {
    district: {
      enabled: true,
      term: { value: 10, unit: 'working-days' },
      termStart: 'acceptance',
      termSource: '3.8 §4',
      acknowledgement: ['talon', 'tear-off-slip'],
      queue: { maxWaitMinutes: 15, perApplicantAhead: true, serviceMinutes: 15, source: '3.8 §4' },
      steps: disabilityDistrictSteps('3.8 §11'),
    },
  },
  situations: [representativeQuestion('3.8 §13 representation')],
  documents: [
    {
      id: 'application',
      submission: 'original-kept',
      number: '1',
      name: t(
        'Заявление по форме приложения 2 с реквизитами документа, удостоверяющего личность, и ИИН',
        '2-қосымшадағы нысан бойынша жеке басын куәландыратын құжаттың деректемелері және ЖСН көрсетілген өтініш',
      ),
      source: '3.8 §13 item 1',
      requiredWhen: ALWAYS,
    },
    {
      id: 'ipr-extract',
      number: '2',
      name: t(
        'Выписка из индивидуальной программы реабилитации лица с инвалидностью',
        'Мүгедектігі бар адамды оңалтудың жеке бағдарламасынан үзінді',
      ),
      source: '3.8 §13 item 2',
      requiredWhen: ALWAYS,
    },
    {
      id: 'identity',
      number: '3',
      name: t(
        'Документ, удостоверяющий личность услугополучателя',
        'Көрсетілетін қызметті алушының жеке басын куәландыратын құжат',
      ),
      source: '3.8 §13 item 3',
      requiredWhen: ALWAYS,
    },
    {
      id: 'disability-certificate',
      number: '4',
      name: t('Справка об инвалидности', 'Мүгедектігі туралы анықтама'),
      source: '3.8 §13 item 4',
      requiredWhen: ALWAYS,
    },
    {
      id: 'power-of-attorney',
      submission: 'original-kept',
      number: null,
      name: NON_NOTARIZED_POA,
      source: '3.8 §13 representation',
      requiredWhen: when('representative', 'representative'),
    },
  ],
  grounds: {
    refusal: disabilityRefusals(
      '3.8 §10',
      t(
        'к услуге индивидуального помощника или специалиста жестового языка',
        'Жеке көмекшінің немесе ымдау тілі маманының қызметіне',
      ),
    ),
    suspension: [],
    termination: [],
  },
  results: [
    {
      id: 'processing-notification',
      name: t(
        'Уведомление об оформлении документов для предоставления услуги индивидуального помощника и (или) специалиста жестового языка',
        'Жеке көмекшінің және (немесе) ымдау тілі маманының қызметін ұсыну үшін құжаттарды ресімдеу туралы хабарлама',
      ),
      source: '3.8 §7',
    },
    { id: 'motivated-refusal', name: MOTIVATED_REFUSAL, source: '3.8 §7' },
  ],
};
