/**
 * The journal of appeals for a period (digest 3.1 §26), for the office's records: A4 landscape, the
 * header row repeated and every page numbered, like the case journal list.
 */
import { formatDateTime } from '../../../i18n/format';
import type { LocalDate } from '../../../time/almaty';
import type { PrintContext } from '../../context';
import { fill } from '../../labels';
import { officeHeader, title } from '../../layout/blocks';
import { table } from '../../layout/table';
import { A4_LANDSCAPE, mm } from '../../layout/units';
import { PdfWriter } from '../../layout/writer';
import type { PrintOffice } from '../../office';
import { officeLines, shortDate } from '../common';
import type { ComplaintPrintLabels } from './labels';

export interface ComplaintJournalRow {
  number: string;
  registeredAt: number;
  channel: string;
  complainant: string;
  kind: string;
  caseNumber: string;
  summary: string;
  acceptor: string;
  due: LocalDate;
  status: string;
  answer: string;
}

export interface ComplaintJournalData {
  office: PrintOffice;
  from: LocalDate;
  to: LocalDate;
  rows: ComplaintJournalRow[];
  printedAt: number;
}

export async function buildComplaintJournal(
  data: ComplaintJournalData,
  ctx: PrintContext,
  L: ComplaintPrintLabels,
): Promise<Uint8Array> {
  const J = L.journal;
  const period = fill(J.period, { from: shortDate(data.from, ctx), to: shortDate(data.to, ctx) });
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4_LANDSCAPE,
    margins: { top: mm(12), bottom: mm(14), left: mm(12), right: mm(12) },
    title: `${J.title} ${period}`,
    lang: ctx.lang,
    fontSize: 9,
  });
  officeHeader(w, officeLines(data.office, ctx), 9);
  title(w, J.title, period, 12);
  const c = J.columns;
  const columns = [
    { title: '№', weight: 3 },
    { title: c.number, weight: 14 },
    { title: c.registered, weight: 8 },
    { title: c.channel, weight: 6 },
    { title: c.complainant, weight: 11 },
    { title: c.kind, weight: 7 },
    { title: c.caseNumber, weight: 14 },
    { title: c.summary, weight: 12 },
    { title: c.acceptor, weight: 9 },
    { title: c.due, weight: 8 },
    { title: c.status, weight: 8 },
    { title: c.answer, weight: 9 },
  ];
  const rows = data.rows.map((r, i) => [
    String(i + 1),
    r.number,
    formatDateTime(r.registeredAt, ctx.lang),
    r.channel,
    r.complainant,
    r.kind,
    r.caseNumber,
    r.summary,
    r.acceptor,
    shortDate(r.due, ctx),
    r.status,
    r.answer,
  ]);
  if (rows.length === 0) w.text(J.empty);
  else table(w, columns, rows, { size: 8 });
  w.space(6);
  w.text(fill(ctx.labels.common.printedAt, { at: formatDateTime(data.printedAt, ctx.lang) }), { size: 8 });
  w.numberPages((page, pages) => fill(ctx.labels.common.page, { page, pages }));
  return w.save();
}
