/** Synthetic people and offices for the print tests (not real persons). */
import { almatyInstant } from '@shared/time/almaty';
import type { PrintCaseNumber } from '@shared/print/case-number';
import type { PrintOffice } from '@shared/print/office';
import type { PersonName } from '@shared/print/person';

export const caseNumber: PrintCaseNumber = { digits: '1203260004217', display: '12-03-26-000421-7' };

export const office: PrintOffice = {
  name: { ru: 'ЦОН Алмалинского района', kk: 'Алмалы ауданының ХҚКО' },
  address: { ru: 'г. Алматы, ул. Толе би, 155', kk: 'Алматы қ., Төле би к-сі, 155' },
  phones: ['8-727-000-00-01'],
  hoursText: { ru: 'Пн–Сб 09:00–20:00', kk: 'Дс–Сб 09:00–20:00' },
};

export const districtOffice: PrintOffice = {
  name: { ru: 'Ауэзовский районный отдел занятости и социальных программ', kk: 'Әуезов аудандық бөлімі' },
  address: { ru: 'г. Алматы, мкр. 8, д. 4а', kk: 'Алматы қ., 8 ш/а, 4а үй' },
  phones: ['8-727-000-00-02'],
  hoursText: { ru: 'Пн–Пт 09:00–18:00, перерыв 13:00–14:00', kk: 'Дс–Жм 09:00–18:00, үзіліс 13:00–14:00' },
};

export const applicant: PersonName = { surname: 'Қасымова', givenName: 'Әйгерім', patronymic: 'Нұрланқызы' };
export const representative: PersonName = { surname: 'Иванов', givenName: 'Пётр', patronymic: 'Сергеевич' };
export const inspector: PersonName = { surname: 'Өмірбекова', givenName: 'Гүлнар', patronymic: 'Серікқызы' };

export const acceptedAt = almatyInstant('2026-03-16', 14, 5);

export const housingDocuments = [
  { ru: 'Заявление установленного образца', kk: 'Белгіленген үлгідегі өтініш' },
  { ru: 'Копия документа, удостоверяющего личность', kk: 'Жеке басын куәландыратын құжаттың көшірмесі' },
  {
    ru: 'Копия правоустанавливающего документа на жилище',
    kk: 'Тұрғын үйге құқық белгілейтін құжаттың көшірмесі',
  },
  { ru: 'Копия книги регистрации граждан', kk: 'Азаматтарды тіркеу кітабының көшірмесі' },
  { ru: 'Документы, подтверждающие доходы семьи', kk: 'Отбасының табысын растайтын құжаттар' },
  { ru: 'Счета на потребление коммунальных услуг', kk: 'Коммуналдық қызметтерді тұтынуға арналған шоттар' },
  { ru: 'Квитанция-счет за услуги телекоммуникаций', kk: 'Телекоммуникация қызметтері үшін түбіртек-шот' },
];

export const housing = { ru: 'Назначение жилищной помощи', kk: 'Тұрғын үй көмегін тағайындау' };

export const acceptor: PersonName = { surname: 'Жұмабаева', givenName: 'Сәуле', patronymic: 'Ерланқызы' };

export const wheelchairService = {
  ru: 'Оформление документов на инвалидов для предоставления им кресла-коляски',
  kk: 'Мүгедектерге кресло-арбаларды беру үшін оларға құжаттарды ресімдеу',
};
export const assistantService = {
  ru: 'Оформление документов на инвалидов для предоставления им услуги индивидуального помощника',
  kk: 'Жүріп-тұруы қиын бірінші топтағы мүгедектерді жеке көмекшінің қызметімен қамтамасыз етуге құжаттарды рәсімдеу',
};

export const addressee = {
  ru: 'Ауэзовского районного отдела Управления занятости и социальных программ города Алматы',
  kk: 'Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасының Әуезов аудандық бөлімінің',
};

export const specialist = { ru: 'специалист районного отдела', kk: 'аудандық бөлімнің маманы' };
