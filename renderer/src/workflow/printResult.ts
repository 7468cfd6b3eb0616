/**
 * "Print it now" for the documents a workflow step produces (produce-document effects): assignment
 * and processing notices, motivated refusals, referrals, АСП certificates, missing-documents notices.
 *
 * The PDF builders for result documents (shared/print/documents/results, issue 6 item 4) are being
 * written by another engineer and are not exported by shared/print yet. Until they are, this hook
 * says so instead of printing something else; the screens already call it and show its answer.
 * Wiring it: build the bytes with the result builder from `loadPrintKit(lang)` and hand them to
 * `deliverPdf` (renderer/src/print/printKit.ts), returning 'printed'.
 */
import type { Lang } from '../../../shared/i18n/lang';
import type { DocumentKind } from '../../../shared/lifecycle';
import type { CaseRow } from '../db/types';

export type PrintResultOutcome = 'printed' | 'cancelled' | 'not-available';

export async function printResultDocument(
  kind: DocumentKind,
  row: CaseRow,
  lang: Lang,
): Promise<PrintResultOutcome> {
  void kind;
  void row;
  void lang;
  return 'not-available';
}
