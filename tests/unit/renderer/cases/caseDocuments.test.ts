import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { createI18n } from '@renderer/i18n';
import type { Lang } from '@shared/i18n/lang';

// Fonts from disk instead of fetch(): the rest of the kit is the real one.
vi.mock('@renderer/print/printKit', async (importOriginal) => {
  const real = await importOriginal<typeof import('@renderer/print/printKit')>();
  const root = join(__dirname, '../../../../assets/fonts');
  const fonts = {
    regular: new Uint8Array(readFileSync(join(root, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(root, 'DejaVuSans-Bold.ttf'))),
  };
  return {
    ...real,
    loadPrintKit: async (lang: Lang) => ({
      print: await real.loadPrintBuilders(),
      ctx: { lang, labels: await real.loadPrintLabels(lang), fonts },
    }),
  };
});

import {
  buildCaseDocument,
  buildCounterRefusalPdf,
  hoursOnDate,
  issueOffice,
  nameFromFull,
  printableDocuments,
} from '@renderer/print/caseDocuments';
import { registerCase } from '@renderer/cases/register';
import { officeByCode } from '@shared/directory/offices';
import { defaultCatalogue, checklist, completeness } from '@shared/catalogue';
import { closeTestDbs, testDb } from '../testDb';
import { APPLICANT, MONDAY_10AM } from './fixtures';
import { formatCaseNumber } from '@shared/case-number';

afterEach(closeTestDbs);

const i18n = createI18n('ru');
const tOf = (lang: Lang) => i18n.getFixedT(lang, 'intake');
const HOUSE = [
  'application',
  'identity-copy',
  'title-copy',
  'house-register-copy',
  'family-income',
  'utility-bills',
  'telecom-bill',
];

async function registered(
  officeCode: string,
  serviceId: 'housing-assistance' | 'disability-wheelchair' | 'employment-referral',
  roles: ('center-inspector' | 'district-specialist')[],
) {
  const db = testDb();
  const cat = defaultCatalogue();
  const list = checklist(
    cat,
    serviceId,
    null,
    serviceId === 'housing-assistance' ? { dwelling: 'individual-house' } : {},
  );
  const docs = (serviceId === 'housing-assistance' ? HOUSE : list.required.map((d) => d.id)).map(
    (itemId) => ({
      itemId,
      originalShown: true,
      copyReceived: true,
    }),
  );
  const r = await registerCase(db, {
    data: {
      serviceId,
      subType: list.subType,
      applicant: APPLICANT,
      representative: null,
      family: [],
      answers: list.answers,
      documents: docs,
    },
    user: { id: 'u', fullName: 'Өмірбекова Гүлнар Серікқызы', roles },
    office: { officeCode, deskCode: '00' },
    now: MONDAY_10AM,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.row;
}

describe('case documents', () => {
  it('a ЦОН case prints a receipt and a label; the result is issued at the accepting ЦОН', async () => {
    const row = await registered('22', 'housing-assistance', ['center-inspector']);
    expect(printableDocuments(row)).toEqual(['receipt', 'label']);
    expect(issueOffice(row.intake).code).toBe('22');
    for (const lang of ['ru', 'kk'] as const) {
      const doc = await buildCaseDocument('receipt', row, lang, tOf(lang));
      const pdf = await PDFDocument.load(doc.bytes);
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
      expect(doc.fileName).toBe(`${lang === 'ru' ? 'расписка' : 'қолхат'}-${formatCaseNumber(row.id, '-')}`);
    }
    const label = await buildCaseDocument('label', row, 'ru', tOf('ru'));
    expect(label.title).toContain('Наклейка №');
  });

  it('a district walk-in prints a talon; wheelchair adds the application form', async () => {
    const housing = await registered('12', 'housing-assistance', ['district-specialist']);
    expect(printableDocuments(housing)).toEqual(['talon', 'label']);
    await buildCaseDocument('talon', housing, 'kk', tOf('kk'));
    const wheelchair = await registered('12', 'disability-wheelchair', ['district-specialist']);
    expect(printableDocuments(wheelchair)).toEqual(['talon', 'label', 'application']);
    const app = await buildCaseDocument('application', wheelchair, 'ru', tOf('ru'));
    expect((await PDFDocument.load(app.bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it('a same-visit service prints no talon or label (issue 6 prints its result)', async () => {
    const row = await registered('12', 'employment-referral', ['district-specialist']);
    expect(printableDocuments(row)).toEqual([]);
    expect(row.deadlines.sameVisit?.startAt).toBe(MONDAY_10AM);
  });

  it('the counter refusal lists the missing documents', async () => {
    const cat = defaultCatalogue();
    const check = completeness(
      checklist(cat, 'housing-assistance', null, { dwelling: 'condominium' }),
      new Set(['application']),
    );
    const doc = await buildCounterRefusalPdf(
      {
        at: MONDAY_10AM,
        serviceId: 'housing-assistance',
        officeCode: '22',
        applicant: { surname: 'Қасымов', name: 'Әли', patronymic: '' },
        missing: check.missing,
        inspectorFullName: 'Иванова Анна',
      },
      'kk',
      tOf('kk'),
    );
    expect(doc.title).toBe('Құжаттарды қабылдаудан бас тарту');
    expect((await PDFDocument.load(doc.bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it('issue hours are the office hours of that weekday; names split surname first', () => {
    const center = officeByCode('22')!;
    expect(hoursOnDate(center, '2026-03-16')).toMatchObject({ open: expect.stringMatching(/^\d?\d:\d\d$/) });
    expect(nameFromFull('Иванова Анна Петровна')).toEqual({
      surname: 'Иванова',
      givenName: 'Анна',
      patronymic: 'Петровна',
    });
    expect(nameFromFull('Иванова Анна')).toEqual({ surname: 'Иванова', givenName: 'Анна' });
  });
});
