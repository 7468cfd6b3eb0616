import type { LocalText } from '../i18n/lang';

/** Contacts named in the regulations' text outside the office tables (digest 5.4). */
export interface OtherContact {
  id: string;
  label: LocalText;
  value: string;
  source: string;
}

export const OTHER_CONTACTS: readonly OtherContact[] = [
  {
    id: 'egov-call-center',
    label: {
      ru: 'Call-центр «электронного правительства»',
      kk: '«Электрондық үкімет» байланыс орталығы',
      kkReview: true,
    },
    value: '1414',
    source: 'digest 5.4 (service 1 §21)',
  },
  {
    id: 'department-website',
    label: { ru: 'Сайт Управления', kk: 'Басқарманың сайты', kkReview: true },
    value: 'www.uzsp.almatykala.kz',
    source: 'digest 5.4 (all services)',
  },
  {
    id: 'akimat-quality-control',
    label: {
      ru: 'Аппарат акима города Алматы, отдел контроля за качеством предоставления государственных услуг (жалобы): площадь Республики, 4',
      kk: 'Алматы қаласы әкімінің аппараты, мемлекеттік қызметтер көрсету сапасын бақылау бөлімі (шағымдар): Республика алаңы, 4',
      kkReview: true,
    },
    value: '8-727 272-24-02',
    source: 'digest 5.4 (service 3 §16)',
  },
];
