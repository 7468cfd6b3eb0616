/**
 * Service 2: social assistance to categories of needy citizens by maslikhat decisions (digest 3.2).
 * The categories and their documents come from maslikhat decisions that are not in the regulation
 * (3.2 §10, §11; 6.5 #11): the shipped category is an EXAMPLE to be replaced by the administrator.
 */
import { when } from '../condition';
import type { ServiceDef } from '../types';
import { DECREE_394, INCOMPLETE_OR_INACCURATE, MOTIVATED_REFUSAL, t } from './common';

export const EXAMPLE_CATEGORY = 'example-category';
const EXAMPLE = when('subtype', EXAMPLE_CATEGORY);

export const maslikhatSocialAid: ServiceDef = {
  id: 'maslikhat-social-aid',
  number: 2,
  name: t(
    'Назначение и выплата социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов',
    'Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау және төлеу',
  ),
  source: '3.2',
  legalBasis: [
    {
      text: t(
        'Подпункт 1) пункта 1 статьи 6 Закона РК от 23 января 2001 года № 148-II «О местном государственном управлении и самоуправлении в РК»',
        'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы № 148-II «Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» Заңының 6-бабы 1-тармағының 1) тармақшасы',
      ),
      source: '3.2 §6',
    },
    { text: DECREE_394, source: '3.2 §6' },
  ],
  subTypes: [
    {
      id: EXAMPLE_CATEGORY,
      name: t(
        'ПРИМЕР категории (заменить по решению маслихата)',
        'Санат ҮЛГІСІ (мәслихат шешімі бойынша ауыстыру керек)',
      ),
      source: '3.2 §10 (example, not in the regulation)',
      example: true,
      note: t(
        'Категории и перечни документов определяются решениями маслихата и вносятся администратором',
        'Санаттар мен құжаттар тізбесін мәслихат шешімдері айқындайды, оларды әкімші енгізеді',
      ),
    },
  ],
  subTypesEditable: true,
  eligibleStatuses: ['citizen', 'foreigner', 'stateless'],
  allowsApplicantWithoutIin: true,
  representation: { authority: 'not-addressed', source: '6.1 representatives' },
  submission: { rule: 'either', source: '6.1 originals handling (not stated for service 2)' },
  channels: {
    district: {
      enabled: true,
      term: { value: 15, unit: 'calendar-days' },
      termStart: 'acceptance',
      termSource: '3.2 §4',
      acknowledgement: ['talon'],
      queue: { maxWaitMinutes: 20, serviceMinutes: 15, source: '3.2 §4' },
      steps: [
        {
          id: '1',
          role: 'district-specialist',
          action: t(
            'Принимает заявление и документы, регистрирует в журнале входящей корреспонденции, выдаёт талон, передаёт руководителю',
            'Өтініш пен құжаттарды қабылдайды, кіріс хат-хабар журналында тіркейді, талон береді, басшыға береді',
          ),
          source: '3.2 §13 step 1',
        },
        {
          id: '2',
          role: 'district-head',
          action: t('Направляет документы ответственному специалисту', 'Құжаттарды жауапты маманға жібереді'),
          source: '3.2 §13 step 2',
        },
        {
          id: '3',
          role: 'responsible-specialist',
          action: t(
            'Готовит уведомление о назначении или об отказе, передаёт на подпись руководителю, выдаёт лично или направляет почтой',
            'Тағайындау немесе бас тарту туралы хабарламаны дайындайды, басшыға қол қоюға береді, жеке өзіне береді немесе поштамен жібереді',
          ),
          source: '3.2 §13 steps 3-4',
        },
        {
          id: '5',
          role: 'responsible-specialist',
          action: t(
            'Вносит данные в базу, готовит заявку на выплату и электронные файлы, передаёт в Управление',
            'Деректерді базаға енгізеді, төлемге өтінім мен электрондық файлдарды дайындайды, Басқармаға береді',
          ),
          source: '3.2 §13 step 5',
        },
        {
          id: '6',
          role: 'department-specialist',
          action: t(
            'Готовит счёт к оплате и направляет в территориальные органы Казначейства',
            'Төлеуге шот дайындайды және Қазынашылықтың аумақтық органдарына жібереді',
          ),
          source: '3.2 §13 step 6',
        },
      ],
    },
  },
  situations: [],
  documents: [
    {
      id: 'example-application',
      submission: 'original-kept',
      number: null,
      name: t('ПРИМЕР: заявление', 'ҮЛГІ: өтініш'),
      source: '3.2 §11 (example, not in the regulation)',
      requiredWhen: EXAMPLE,
      note: t(
        'Перечень документов определяется решением маслихата',
        'Құжаттар тізбесін мәслихат шешімі айқындайды',
      ),
    },
    {
      id: 'example-identity',
      number: null,
      name: t('ПРИМЕР: документ, удостоверяющий личность', 'ҮЛГІ: жеке басын куәландыратын құжат'),
      source: '3.2 §11 (example, not in the regulation)',
      requiredWhen: EXAMPLE,
    },
    {
      id: 'example-category-proof',
      number: null,
      name: t(
        'ПРИМЕР: документ, подтверждающий принадлежность к категории',
        'ҮЛГІ: санатқа жататынын растайтын құжат',
      ),
      source: '3.2 §11 (example, not in the regulation)',
      requiredWhen: EXAMPLE,
    },
  ],
  grounds: {
    refusal: [{ number: '1', text: INCOMPLETE_OR_INACCURATE, source: '3.2 §12' }],
    // §12 names one ground for "refusal (suspension)" (6.5 #12): the same text serves both lists.
    suspension: [{ number: '1', text: INCOMPLETE_OR_INACCURATE, source: '3.2 §12' }],
    termination: [],
  },
  results: [
    {
      id: 'assignment-notification',
      name: t('Уведомление о назначении социальной помощи', 'Әлеуметтік көмек тағайындау туралы хабарлама'),
      source: '3.2 §7',
    },
    { id: 'motivated-refusal', name: MOTIVATED_REFUSAL, source: '3.2 §7' },
  ],
};
