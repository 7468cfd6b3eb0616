import { describe, expect, it } from 'vitest';
import {
  buildPaymentRequestList,
  paymentTotal,
  type PaymentRequestData,
} from '@shared/print/documents/payment-request';
import { context, flatText, pdfInfo } from './tools';
import * as s from './samples';

const category = { ru: 'Участники ВОВ (пример)', kk: 'ҰОС қатысушылары (мысал)' };
const data: PaymentRequestData = {
  requestNumber: '05-2026-014',
  office: s.districtOffice,
  addressee: {
    ru: 'Управление занятости и социальных программ города Алматы',
    kk: 'Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы',
  },
  date: '2026-03-27',
  rows: [
    {
      caseNumber: '05-01-26-000101-4',
      recipient: s.applicant,
      iin: '950615300000',
      category,
      decidedOn: '2026-03-20',
      amount: 50000,
    },
    {
      caseNumber: '05-01-26-000102-2',
      recipient: s.representative,
      category,
      decidedOn: '2026-03-21',
      amount: 12500.1,
    },
    { caseNumber: '05-01-26-000103-0', recipient: s.inspector, amount: 0.2 },
  ],
  compiledBy: s.acceptor,
  head: { surname: 'Сейтқали', givenName: 'Бауыржан' },
};

describe('maslikhat aid payment request list (issue 6, item 9)', () => {
  it('lists the cases with amounts and the exact total, in Russian', async () => {
    const pdf = await buildPaymentRequestList(data, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('ЗАЯВКА № 05-2026-014');
    expect(text).toContain('на выплату социальной помощи отдельным категориям нуждающихся граждан');
    expect(text).toContain('Кому Управление занятости и социальных программ города Алматы');
    expect(text).toMatch(
      /1 05-01-26-000101-4 Қасымова Әйгерім Нұрланқызы 950615300000 Участники ВОВ \(пример\) 20\.03\.2026 50 000,00 ₸/,
    );
    expect(text).toContain('12 500,10 ₸');
    expect(text).toContain('0,20 ₸');
    expect(text).toContain('Всего получателей: 3');
    expect(text).toContain('Общая сумма: 62 500,30 ₸');
    expect(text).toContain('Ответственный специалист: Жұмабаева С. Е.');
    expect(text).toContain('Руководитель районного отдела: Сейтқали Б.');
  });

  it('in Kazakh', async () => {
    const text = flatText(await buildPaymentRequestList(data, context('kk')));
    expect(text).toContain('№ 05-2026-014 ӨТІНІМ');
    expect(text).toContain('ҰОС қатысушылары (мысал)');
    expect(text).toContain('Барлық алушы: 3');
    expect(text).toContain('Жалпы сомасы: 62 500,30 ₸');
    expect(text).toContain('Жауапты маман: Жұмабаева С. Е.');
  });

  it('flows over pages with the header repeated, totals kept with the signatures', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      caseNumber: `05-01-26-${String(i + 1).padStart(6, '0')}-1`,
      recipient: s.applicant,
      amount: 1000.01,
    }));
    const pdf = await buildPaymentRequestList({ ...data, rows }, context('ru'));
    expect(pdfInfo(pdf).pages).toBeGreaterThan(2);
    const text = flatText(pdf);
    expect(text.match(/№ Номер дела Получатель ИИН Категория Решение от Сумма/g)!.length).toBe(
      pdfInfo(pdf).pages,
    );
    expect(text).toContain('Общая сумма: 120 001,20 ₸');
  });

  it('sums in tiyn and refuses bad input', async () => {
    expect(paymentTotal([{ amount: 0.1 }, { amount: 0.2 }])).toBe(0.3);
    expect(paymentTotal([])).toBe(0);
    expect(() => paymentTotal([{ amount: -1 }])).toThrow(RangeError);
    expect(() => paymentTotal([{ amount: Number.POSITIVE_INFINITY }])).toThrow(RangeError);
    const ru = context('ru');
    await expect(buildPaymentRequestList({ ...data, rows: [] }, ru)).rejects.toThrow(/at least one/);
    await expect(
      buildPaymentRequestList({ ...data, rows: [data.rows[0]!, data.rows[0]!] }, ru),
    ).rejects.toThrow(/twice/);
  });
});
