import { describe, expect, it } from 'vitest';
import { buildReceipt, type ReceiptData } from '@shared/print/documents/receipt';
import { context, decodeBarcodes, flatText, pdfFonts, pdfInfo, pdfInfoText } from './tools';
import * as s from './samples';

const data: ReceiptData = {
  caseNumber: s.caseNumber,
  acceptedAt: s.acceptedAt,
  service: s.housing,
  documents: s.housingDocuments,
  issue: {
    date: '2026-03-27',
    hours: { open: '09:00', close: '20:00' },
    place: {
      ru: 'ЦОН Алмалинского района, ул. Толе би, 155',
      kk: 'Алмалы ауданының ХҚКО, Төле би к-сі, 155',
    },
  },
  inspector: s.inspector,
  applicant: { name: s.applicant, phone: '+7 701 000 00 01' },
  representative: { name: s.representative, phone: '+7 702 000 00 02' },
  office: s.office,
};

const count = (text: string, part: string) => text.split(part).length - 1;

describe('ЦОН receipt (docs/decisions.md: receipt fields; digest 3.1 §16.2, 3.9 §12)', () => {
  it('holds every field in Russian, in two copies on one A4 page', async () => {
    const pdf = await buildReceipt(data, context('ru'));
    const text = flatText(pdf);
    expect(pdfInfo(pdf)).toEqual({ pages: 1, width: 595.276, height: 841.89 });
    expect(count(text, 'РАСПИСКА № 12-03-26-000421-7')).toBe(2);
    expect(text).toContain('Экземпляр заявителя');
    expect(text).toContain('Экземпляр ЦОН');
    expect(text).toContain('линия отреза');
    expect(count(text, 'Дата и время приема 16.03.2026 14:05')).toBe(2);
    expect(text).toContain('Назначение жилищной помощи');
    expect(count(text, 'Қасымова Әйгерім Нұрланқызы, +7 701 000 00 01')).toBe(2);
    expect(count(text, 'Иванов Пётр Сергеевич, +7 702 000 00 02')).toBe(2);
    expect(count(text, 'Принято документов: 7')).toBe(2);
    for (const [i, d] of s.housingDocuments.entries()) expect(count(text, `${i + 1}. ${d.ru}`)).toBe(2);
    expect(count(text, '27 марта 2026 г., 09:00–20:00, ЦОН Алмалинского района')).toBe(2);
    expect(count(text, 'Документы принял(а): Өмірбекова Гүлнар Серікқызы')).toBe(2);
    expect(text).toContain('г. Алматы, ул. Толе би, 155');
    expect(text).toContain('Тел. 8-727-000-00-01');
    expect(text).toContain('Режим работы: Пн–Сб 09:00–20:00');
  });

  it('is written in Kazakh when asked, Kazakh letters intact', async () => {
    const pdf = await buildReceipt(data, context('kk'));
    const text = flatText(pdf);
    expect(count(text, 'ҚОЛХАТ № 12-03-26-000421-7')).toBe(2);
    expect(text).toContain('Өтініш берушінің данасы');
    expect(text).toContain('ХҚКО данасы');
    expect(text).toContain('қию сызығы');
    expect(text).toContain('Тұрғын үй көмегін тағайындау');
    expect(text).toContain('Қабылданған құжаттар: 7');
    for (const d of s.housingDocuments) expect(text).toContain(d.kk);
    expect(text).toContain('2026 жылғы 27 наурыз, 09:00–20:00');
    expect(text).toContain('Құжаттарды қабылдаған: Өмірбекова Гүлнар Серікқызы');
    expect(text).not.toContain('РАСПИСКА');
  });

  it('carries a Code 128 of the case digits on each copy that decodes at 200 dpi', async () => {
    const pdf = await buildReceipt(data, context('kk'));
    expect(decodeBarcodes(pdf, { half: 'top' })).toEqual(['CODE-128:1203260004217']);
    expect(decodeBarcodes(pdf, { half: 'bottom' })).toEqual(['CODE-128:1203260004217']);
  });

  it('embeds subsets of both DejaVu weights and stays small', async () => {
    const pdf = await buildReceipt(data, context('ru'));
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/-\d+$/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    // The full TTFs weigh 1.4 MB together; only a subset keeps the file this small.
    expect(pdf.length).toBeLessThan(80_000);
  });

  it('does not stamp the machine clock into the file (shared/ never reads the clock)', async () => {
    const info = pdfInfoText(await buildReceipt(data, context('ru')));
    expect(info).toMatch(/Title:\s+РАСПИСКА № 12-03-26-000421-7/);
    expect(info).not.toMatch(/CreationDate:|ModDate:/);
  });

  it('leaves the representative out when there is none', async () => {
    const { representative: _omit, ...alone } = data;
    const text = flatText(await buildReceipt(alone, context('ru')));
    expect(text).not.toContain('Представитель');
    expect(text).not.toContain('Иванов');
  });

  it('gives each copy its own page when the document list is too long for half a sheet', async () => {
    const documents = Array.from({ length: 30 }, (_, i) => `Документ номер ${i + 1}`);
    const pdf = await buildReceipt({ ...data, documents }, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(2);
    const text = flatText(pdf);
    expect(count(text, '30. Документ номер 30')).toBe(2);
    expect(decodeBarcodes(pdf, { page: 2 })).toEqual(['CODE-128:1203260004217']);
  });

  it('refuses a display number that disagrees with the encoded digits', async () => {
    await expect(
      buildReceipt(
        { ...data, caseNumber: { digits: '1203260004217', display: '12-03-26-000421-8' } },
        context('ru'),
      ),
    ).rejects.toThrow(/does not match/);
    await expect(
      buildReceipt({ ...data, caseNumber: { digits: '12A3', display: '12A3' } }, context('ru')),
    ).rejects.toThrow(/digits only/);
  });
});
