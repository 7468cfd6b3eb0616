import { describe, expect, it } from 'vitest';
import { buildTalon, type TalonData } from '@shared/print/documents/talon';
import { context, decodeBarcodes, flatText, pdfInfo } from './tools';
import * as s from './samples';

const data: TalonData = {
  caseNumber: s.caseNumber,
  registeredOn: '2026-03-16',
  journalNumber: '417',
  service: s.housing,
  applicant: s.applicant,
  resultDate: '2026-03-27',
  resultPlace: { ru: 'Ауэзовский районный отдел, мкр. 8, д. 4а', kk: 'Әуезов аудандық бөлімі, 8 ш/а, 4а үй' },
  acceptor: s.acceptor,
  office: s.districtOffice,
};

describe('district talon (digest 6.1; 3.1 §16.1)', () => {
  it('shows registration number and date, result date and place, acceptor surname and initials (ru)', async () => {
    const pdf = await buildTalon(data, context('ru'));
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, width: 595.276, height: 841.89 });
    const text = flatText(pdf);
    expect(text).toContain('ТАЛОН № 12-03-26-000421-7');
    expect(text).toContain('№ 12-03-26-000421-7 от 16.03.2026');
    expect(text).toContain('Вх. № журнала 417');
    expect(text).toContain('Назначение жилищной помощи');
    expect(text).toContain('Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('Дата получения результата 27 марта 2026 г.');
    expect(text).toContain('Место получения Ауэзовский районный отдел, мкр. 8, д. 4а');
    expect(text).toContain('Документы принял(а): Жұмабаева С. Е.');
    expect(text).toContain('линия отреза');
  });

  it('is written in Kazakh when asked', async () => {
    const text = flatText(await buildTalon(data, context('kk')));
    expect(text).toContain('№ 12-03-26-000421-7, 16.03.2026');
    expect(text).toContain('Нәтижені алу күні 2026 жылғы 27 наурыз');
    expect(text).toContain('Алу орны Әуезов аудандық бөлімі, 8 ш/а, 4а үй');
    expect(text).toContain('Құжаттарды қабылдаған: Жұмабаева С. Е.');
    expect(text).toContain('Тұрғын үй көмегін тағайындау');
  });

  it('prints the place only when the service asks for it', async () => {
    const { resultPlace: _place, journalNumber: _journal, ...plain } = data;
    const text = flatText(await buildTalon({ ...plain, service: s.wheelchairService }, context('ru')));
    expect(text).not.toContain('Место получения');
    expect(text).not.toContain('Вх. №');
    expect(text).toContain('Дата получения результата 27 марта 2026 г.');
  });

  it('carries a Code 128 of the case digits', async () => {
    expect(decodeBarcodes(await buildTalon(data, context('ru')), { half: 'top' })).toEqual([
      'CODE-128:1203260004217',
    ]);
  });
});
