// fake-indexeddb before Dexie is first imported.
import { closeTestDbs, testDb } from '../testDb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { createI18n } from '@renderer/i18n';
import type { Lang } from '@shared/i18n/lang';

// Fonts from disk instead of fetch(); delivery to a list instead of the platform.
const delivered: { bytes: Uint8Array; title: string }[] = [];
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
    deliverPdf: async (bytes: Uint8Array, o: { title: string }) => {
      delivered.push({ bytes, title: o.title });
      return 'saved' as const;
    },
  };
});

import { registerCase } from '@renderer/cases/register';
import { DOCUMENT_PRINTED } from '@renderer/cases/printLog';
import { historyTitle } from '@renderer/features/case/CaseHistory';
import { printCaseDocument } from '@renderer/print/copies';
import { checklist, defaultCatalogue } from '@shared/catalogue';
import { APPLICANT, MONDAY_10AM } from './fixtures';

afterEach(closeTestDbs);

const i18n = createI18n('ru');
const kk = createI18n('kk');

async function registered() {
  const db = testDb();
  const list = checklist(defaultCatalogue(), 'housing-assistance', null, { dwelling: 'individual-house' });
  const r = await registerCase(db, {
    data: {
      serviceId: 'housing-assistance',
      subType: null,
      applicant: APPLICANT,
      representative: null,
      family: [],
      answers: list.answers,
      documents: list.required.map((d) => ({ itemId: d.id, originalShown: true, copyReceived: true })),
    },
    user: { id: 'u', fullName: 'Өмірбекова Гүлнар Серікқызы', roles: ['center-inspector'] },
    office: { officeCode: '22', deskCode: '00' },
    now: MONDAY_10AM,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { db, row: r.row };
}

describe('reprints are duplicates, recorded in the case history (issue 16, item 8)', () => {
  it('the first print is the original; the second is marked with its date and both are recorded', async () => {
    const { db, row } = await registered();
    const later = MONDAY_10AM + 3 * 86_400_000;
    const input = {
      kind: 'receipt' as const,
      row,
      lang: 'ru' as const,
      t: i18n.getFixedT('ru', 'intake'),
      userId: 'u',
    };
    expect(await printCaseDocument(db, input, MONDAY_10AM + 60_000)).toMatchObject({ duplicate: false });
    expect(await printCaseDocument(db, input, later)).toMatchObject({ duplicate: true });
    expect(delivered[0]!.title).not.toContain('ДУБЛИКАТ');
    expect(delivered[1]!.title).toContain('ДУБЛИКАТ от 19.03.2026');
    expect((await PDFDocument.load(delivered[1]!.bytes)).getPageCount()).toBe(
      (await PDFDocument.load(delivered[0]!.bytes)).getPageCount(),
    );

    const events = (await db.audit.where('caseId').equals(row.id).toArray()).filter(
      (e) => e.action === DOCUMENT_PRINTED,
    );
    expect(events.map((e) => e.details)).toEqual([
      { kind: 'receipt', lang: 'ru', copy: 1, duplicate: false },
      { kind: 'receipt', lang: 'ru', copy: 2, duplicate: true },
    ]);
    expect(historyTitle(events[0]!, i18n.t)).toBe('Напечатан документ: расписка');
    expect(historyTitle(events[1]!, i18n.t)).toBe('Напечатан дубликат: расписка');
    expect(historyTitle(events[1]!, kk.t)).toBe('Телнұсқа басып шығарылды: қолхат');
  });

  it('a Kazakh duplicate says телнұсқа; another kind of document starts its own count', async () => {
    const { db, row } = await registered();
    const t = kk.getFixedT('kk', 'intake');
    await printCaseDocument(db, { kind: 'receipt', row, lang: 'kk', t, userId: 'u' }, MONDAY_10AM);
    const label = await printCaseDocument(
      db,
      { kind: 'label', row, lang: 'kk', t, userId: 'u' },
      MONDAY_10AM,
    );
    expect(label.duplicate).toBe(false);
    await printCaseDocument(db, { kind: 'receipt', row, lang: 'kk', t, userId: 'u' }, MONDAY_10AM);
    expect(delivered.at(-1)!.title).toContain('ТЕЛНҰСҚА, 16.03.2026');
  });
});
