import { describe, expect, it } from 'vitest';
import { buildPackageLabel, type PackageLabelData } from '@shared/print/documents/package-label';
import { context, decodeBarcodes, flatText, pdfInfo } from './tools';
import * as s from './samples';

const data: PackageLabelData = {
  caseNumber: s.caseNumber,
  serviceShort: { ru: 'Жилищная помощь', kk: 'Тұрғын үй көмегі' },
  applicant: s.applicant,
  acceptedOn: '2026-03-16',
};

describe('package barcode label (100 × 50 mm)', () => {
  it('fits one 100 × 50 mm label with barcode, service, surname and initials, date', async () => {
    const pdf = await buildPackageLabel(data, context('ru'));
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(283.46, 1);
    expect(info.height).toBeCloseTo(141.73, 1);
    const text = flatText(pdf);
    expect(text).toContain('12-03-26-000421-7');
    expect(text).toContain('Жилищная помощь');
    expect(text).toContain('Қасымова Ә. Н.');
    expect(text).toContain('Принято 16.03.2026');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('is written in Kazakh when asked', async () => {
    const text = flatText(await buildPackageLabel(data, context('kk')));
    expect(text).toContain('Тұрғын үй көмегі');
    expect(text).toContain('Қабылданды 16.03.2026');
  });

  it('stays on one label with a long service name and a long number, and still scans', async () => {
    const long = { digits: '120326000421700123', display: '12-03-26-000421-7-00123' };
    const pdf = await buildPackageLabel(
      { ...data, caseNumber: long, serviceShort: s.wheelchairService },
      context('ru'),
    );
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:120326000421700123']);
  });
});
