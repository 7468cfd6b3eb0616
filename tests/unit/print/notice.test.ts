import { describe, expect, it } from 'vitest';
import { buildNotice, type NoticeData } from '@shared/print/documents/notice';
import { context, decodeBarcodes, flatText, pdfInfo } from './tools';
import * as s from './samples';

const refusal: NoticeData = {
  office: s.districtOffice,
  outgoingNumber: '05-12/418',
  date: '2026-03-25',
  caseNumber: s.caseNumber,
  recipient: { name: s.applicant, address: 'г. Алматы, мкр. 8, д. 10, кв. 3' },
  title: 'Мотивированный отказ в оказании государственной услуги',
  paragraphs: [
    'Рассмотрев Ваше заявление о назначении жилищной помощи, сообщаем об отказе по следующим основаниям.',
  ],
  list: {
    heading: 'Основания:',
    items: ['неполный пакет документов (§13, п. 1)', 'не подано заявление о взыскании алиментов (§13, п. 4)'],
  },
  signer: { position: 'Руководитель районного отдела', name: { surname: 'Сейтқали', givenName: 'Бауыржан' } },
};

describe('result notice layout (issue 6, item 4: later documents build on it)', () => {
  it('prints header, outgoing number, recipient, body, grounds and signature, and scans', async () => {
    const pdf = await buildNotice(refusal, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('Исх. № 05-12/418 от 25.03.2026');
    expect(text).toContain('Дело № 12-03-26-000421-7');
    expect(text).toContain('Кому Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('Мотивированный отказ в оказании государственной услуги');
    expect(text).toContain('1. неполный пакет документов (§13, п. 1)');
    expect(text).toContain('2. не подано заявление о взыскании алиментов (§13, п. 4)');
    expect(text).toContain('Руководитель районного отдела: Сейтқали Б.');
    expect(text).toContain('М.П.');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('takes its fixed words from the Kazakh labels', async () => {
    const text = flatText(
      await buildNotice(
        { ...refusal, title: 'Тұрғын үй көмегін тағайындау туралы хабарлама', list: undefined },
        context('kk'),
      ),
    );
    expect(text).toContain('Шығыс № 05-12/418, 25.03.2026');
    expect(text).toContain('Іс № 12-03-26-000421-7');
    expect(text).toContain('Кімге Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('Тұрғын үй көмегін тағайындау туралы хабарлама');
    expect(text).toContain('М.О.');
  });
});
