/**
 * The journal for a period as a printed list (issue 4, item 7): A4 landscape because seven columns
 * with service names do not fit a portrait page legibly; the header row repeats on every page, and
 * every page is numbered "page N of M" so a loose sheet can be put back.
 */
import type { LocalText } from '../../i18n/lang';
import { formatDateTime } from '../../i18n/format';
import type { LocalDate } from '../../time/almaty';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { officeHeader, title } from '../layout/blocks';
import { table, type Cell } from '../layout/table';
import { A4_LANDSCAPE, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import { fullName, type PersonName } from '../person';
import type { PrintOffice } from '../office';
import { officeLines, shortDate } from './common';

export interface JournalRow {
  /** Grouped case number as people read it. */
  caseNumber: string;
  acceptedAt: number;
  service: LocalText;
  applicant: PersonName;
  status: LocalText;
  due?: LocalDate;
  overdue?: boolean;
}

export interface JournalData {
  office: PrintOffice;
  from: LocalDate;
  to: LocalDate;
  rows: JournalRow[];
  /** When the list was printed, passed in because shared/ never reads the clock. */
  printedAt: number;
}

export async function buildJournalList(data: JournalData, ctx: PrintContext): Promise<Uint8Array> {
  const { lang, labels } = ctx;
  const L = labels.journal;
  const period = fill(L.period, { from: shortDate(data.from, ctx), to: shortDate(data.to, ctx) });
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4_LANDSCAPE,
    margins: { top: mm(12), bottom: mm(14), left: mm(12), right: mm(12) },
    title: `${L.title} ${period}`,
    lang,
    fontSize: 9,
  });
  officeHeader(w, officeLines(data.office, ctx));
  title(w, L.title, period);
  w.text(fill(labels.common.printedAt, { at: formatDateTime(data.printedAt, lang) }), {
    size: 7.5,
    align: 'right',
    gray: 0.3,
    after: 4,
  });
  if (data.rows.length === 0) {
    w.text(L.empty, { after: 6 });
  } else {
    table(
      w,
      [
        { title: L.colNo, weight: 3, align: 'right' },
        { title: L.colNumber, weight: 12 },
        { title: L.colAccepted, weight: 9 },
        { title: L.colService, weight: 24 },
        { title: L.colApplicant, weight: 18 },
        { title: L.colStatus, weight: 13 },
        { title: L.colDue, weight: 9 },
      ],
      data.rows.map((r, i): Cell[] => [
        { text: String(i + 1) },
        { text: r.caseNumber },
        { text: formatDateTime(r.acceptedAt, lang) },
        { text: local(r.service, lang) },
        { text: fullName(r.applicant) },
        { text: local(r.status, lang) },
        {
          text: r.due ? `${shortDate(r.due, ctx)}${r.overdue ? `\n${L.overdue}` : ''}` : '—',
          bold: r.overdue,
        },
      ]),
    );
  }
  totals(w, data, ctx);
  w.numberPages((page, pages) => fill(labels.common.page, { page, pages }));
  return w.save();
}

function totals(w: PdfWriter, data: JournalData, ctx: PrintContext): void {
  const L = ctx.labels.journal;
  const byStatus = new Map<string, number>();
  for (const r of data.rows) {
    const key = local(r.status, ctx.lang);
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  const overdue = data.rows.filter((r) => r.overdue).length;
  const lines = [
    fill(L.total, { count: data.rows.length }),
    fill(L.totalOverdue, { count: overdue }),
    ...(byStatus.size ? [`${L.byStatus}:`] : []),
    ...[...byStatus].map(([status, n]) => `    ${status}: ${n}`),
  ];
  // Keep the totals together; a lone total on the next page is easier to find than a split one.
  w.space(8);
  w.ensure(w.lineHeight() * lines.length);
  lines.forEach((line, i) => w.text(line, { bold: i === 0 }));
}
