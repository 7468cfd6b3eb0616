import { describe, expect, it } from 'vitest';
import { housingAssistancePeriod } from '@shared/calendar/periods';
import { buildAssignmentNotice, type AssignmentNoticeData } from '@shared/print/documents/results';
import { context, decodeBarcodes, flatText, pdfInfo } from '../tools';
import { base, recipient, service } from './fixtures';

const housing: AssignmentNoticeData = {
  ...base,
  service: service('housing-assistance'),
  recipient,
  applicationDate: '2026-03-16',
  period: housingAssistancePeriod('2026-03-16'),
  amount: { value: 12345, per: 'month' },
};

describe('notification of assignment (issue 6, item 4)', () => {
  it('housing assistance in Russian: service, period from the start month for 12 months, amount', async () => {
    const pdf = await buildAssignmentNotice(housing, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('Уведомление о назначении жилищной помощи');
    expect(text).toContain('Рассмотрев Ваше заявление от 16.03.2026');
    expect(text).toContain('«Назначение жилищной помощи»');
    expect(text).toContain('Вам назначена жилищная помощь');
    expect(text).toContain('Период назначения 1 марта 2026 г. – 28 февраля 2027 г. (12 мес.)');
    expect(text).toContain('Размер 12 345,00 ₸ в месяц');
    expect(text).toContain('Кому Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('Руководитель районного отдела: Сейтқали Б.');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('after the 25th the period starts next month (the caller passes the 25th-rule period)', async () => {
    const text = flatText(
      await buildAssignmentNotice(
        { ...housing, applicationDate: '2026-03-26', period: housingAssistancePeriod('2026-03-26') },
        context('ru'),
      ),
    );
    expect(text).toContain('1 апреля 2026 г. – 31 марта 2027 г. (12 мес.)');
  });

  it('housing assistance in Kazakh', async () => {
    const text = flatText(await buildAssignmentNotice(housing, context('kk')));
    expect(text).toContain('Тұрғын үй көмегін тағайындау туралы хабарлама');
    expect(text).toContain(
      '«Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызметін алу туралы 16.03.2026',
    );
    expect(text).toContain('Сізге тұрғын үй көмегі тағайындалды');
    expect(text).toContain('Тағайындау кезеңі 2026 жылғы 1 наурыз – 2027 жылғы 28 ақпан (12 ай)');
    expect(text).toContain('Мөлшері айына 12 345,00 ₸');
    expect(text).toContain('Аудандық бөлімнің басшысы: Сейтқали Б.');
  });

  it.each([
    ['maslikhat-social-aid', 'Уведомление о назначении социальной помощи', 'Вам назначена социальная помощь'],
    [
      'targeted-social-assistance',
      'Уведомление о назначении государственной адресной социальной помощи',
      'Вам (Вашей семье) назначена государственная адресная социальная помощь',
    ],
    [
      'child-benefit-under-18',
      'Уведомление о назначении пособия на детей до 18 лет',
      'Вам назначено государственное пособие на детей до 18 лет',
    ],
  ] as const)('%s: its own title and decision, amount and period fields', async (id, title, decision) => {
    const text = flatText(
      await buildAssignmentNotice(
        {
          ...housing,
          service: service(id),
          period: { startMonth: '2026-04', months: 3 },
          amount: { value: 48000.5, per: 'month' },
        },
        context('ru'),
      ),
    );
    expect(text).toContain(title);
    expect(text).toContain(decision);
    expect(text).toContain('1 апреля 2026 г. – 30 июня 2026 г. (3 мес.)');
    expect(text).toContain('48 000,50 ₸ в месяц');
  });

  it('maslikhat aid once, with its category and no period', async () => {
    const text = flatText(
      await buildAssignmentNotice(
        {
          ...housing,
          service: service('maslikhat-social-aid'),
          period: undefined,
          category: { ru: 'Участники ВОВ (пример)', kk: 'ҰОС қатысушылары (мысал)' },
          amount: { value: 50000, per: 'once' },
        },
        context('kk'),
      ),
    );
    expect(text).toContain('Әлеуметтік көмек тағайындау туралы хабарлама');
    expect(text).toContain('Санаты ҰОС қатысушылары (мысал)');
    expect(text).toContain('біржолғы 50 000,00 ₸');
    expect(text).not.toContain('Тағайындау кезеңі');
  });

  it('refuses what is not an assignment', async () => {
    const ru = context('ru');
    await expect(
      buildAssignmentNotice({ ...housing, service: service('disability-wheelchair') }, ru),
    ).rejects.toThrow(/not a result/);
    await expect(buildAssignmentNotice({ ...housing, period: undefined }, ru)).rejects.toThrow(/period/);
    await expect(
      buildAssignmentNotice({ ...housing, amount: { value: -1, per: 'month' } }, ru),
    ).rejects.toThrow(/amount/);
    await expect(
      buildAssignmentNotice({ ...housing, amount: { value: Number.NaN, per: 'month' } }, ru),
    ).rejects.toThrow(/amount/);
  });
});
