/**
 * Printing a case document with its copy counted (issue 16, item 8): a document printed before comes
 * out marked «ДУБЛИКАТ от …» / «ТЕЛНҰСҚА, …» and every print goes to the case history.
 */
import { defaultCatalogue, type Catalogue } from '@shared/catalogue';
import type { WorkingCalendar } from '@shared/calendar';
import { formatDate } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { recordCasePrint, timesPrinted } from '../cases/printLog';
import type { AppDatabase } from '../db/database';
import type { CaseRow } from '../db/types';
import { buildCaseDocument, type CaseDocumentKind, type PrintT } from './caseDocuments';
import { deliverPdf, loadPrintKit } from './printKit';

export interface PrintedDoc {
  bytes: Uint8Array;
  title: string;
  fileName: string;
}

/** The same document marked as a duplicate given at `at`, in the document's language. */
export async function asDuplicate(doc: PrintedDoc, lang: Lang, t: PrintT, at: number): Promise<PrintedDoc> {
  const { print, ctx } = await loadPrintKit(lang);
  const mark = t('print.duplicate', { date: formatDate(at, lang) });
  return {
    ...doc,
    bytes: await print.markDuplicate(doc.bytes, mark, ctx.fonts),
    title: `${doc.title} — ${mark}`,
  };
}

/** Builds, marks when printed before, delivers and records one case document; says whether it was a duplicate. */
export async function printCaseDocument(
  db: AppDatabase,
  input: {
    kind: CaseDocumentKind;
    row: CaseRow;
    lang: Lang;
    t: PrintT;
    userId: string | null;
    catalogue?: Catalogue;
    calendar?: WorkingCalendar;
  },
  now: number = Date.now(),
): Promise<{ duplicate: boolean; outcome: 'printed' | 'saved' | 'cancelled' }> {
  const before = await timesPrinted(db, input.row.id, input.kind);
  let doc = await buildCaseDocument(
    input.kind,
    input.row,
    input.lang,
    input.t,
    input.catalogue ?? defaultCatalogue(),
    input.calendar,
  );
  if (before > 0) doc = await asDuplicate(doc, input.lang, input.t, now);
  const outcome = await deliverPdf(doc.bytes, { title: doc.title, fileName: doc.fileName });
  if (outcome !== 'cancelled')
    await recordCasePrint(
      db,
      { caseId: input.row.id, kind: input.kind, lang: input.lang, userId: input.userId, copy: before + 1 },
      now,
    );
  return { duplicate: before > 0, outcome };
}
