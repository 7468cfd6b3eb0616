/**
 * The registry sheet (issue 5, item 3): the paper that travels with the packages from the ЦОН's
 * accumulation department to the district office. Every case with its Code 128 barcode (scanned on
 * dispatch and on arrival) and its number of documents, the totals, and the lines where the courier
 * hands over and the district office receives (name, date, signature). A registry may hold
 * thousands of cases: the table flows over pages with its header and the registry number repeated,
 * every page numbered, rows never split.
 */
import { rgb } from 'pdf-lib';
import { formatDateTime } from '../../i18n/format';
import { drawBarcode, layoutBarcode } from '../barcode/draw';
import { checkCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { labelValue, officeHeader, title } from '../layout/blocks';
import { A4, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import { lineWidth } from '../layout/wrap';
import { fullName } from '../person';
import { officeLines } from './common';
import type { RegistrySheetData, RegistrySheetRow, SheetOptions } from './registry-sheet-data';
import { SheetInk } from './registry-sheet-ink';
import { caseTable } from './registry-sheet-table';

export type { RegistrySheetData, RegistrySheetRow, SheetOptions } from './registry-sheet-data';

function checkRows(rows: RegistrySheetRow[]): void {
  if (rows.length === 0) throw new RangeError('A registry sheet lists at least one case');
  const seen = new Set<string>();
  for (const r of rows) {
    checkCaseNumber(r.caseNumber);
    if (seen.has(r.caseNumber.digits)) throw new RangeError(`Case ${r.caseNumber.display} is listed twice`);
    seen.add(r.caseNumber.digits);
    if (!Number.isInteger(r.documentsCount) || r.documentsCount < 0)
      throw new RangeError(`Documents count of ${r.caseNumber.display} must be a whole number ≥ 0`);
  }
}

export async function buildRegistrySheet(
  data: RegistrySheetData,
  ctx: PrintContext,
  options: SheetOptions = {},
): Promise<Uint8Array> {
  if (!/^\d[\d-]{0,39}$/.test(data.registryNumber))
    throw new RangeError(`Registry number must be digits and dashes: "${data.registryNumber}"`);
  checkRows(data.rows);
  const { lang, labels } = ctx;
  const L = labels.registrySheet;
  const heading = fill(L.title, { number: data.registryNumber });
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(12), bottom: mm(14), left: mm(15), right: mm(12) },
    title: heading,
    lang,
    fontSize: 9,
  });

  officeHeader(w, officeLines(data.sender, ctx));
  const top = w.y;
  const registryDigits = data.registryNumber.replace(/\D/g, '');
  const registryCode = layoutBarcode(registryDigits, data.registryNumber, { barHeight: 26, textSize: 8 });
  drawBarcode(w, registryCode, w.frame.right - registryCode.width, top);
  w.y = w.inFrame({ ...w.frame, top, right: w.frame.right - registryCode.width - 10 }, () => {
    title(w, heading, L.subtitle, 13);
  });
  w.y = Math.max(w.y, top + registryCode.height) + 4;
  const row = (label: string, value: string) => labelValue(w, label, value, { labelWidth: mm(35), after: 1 });
  row(L.from, local(data.sender.name, lang));
  row(L.to, local(data.recipient.name, lang));
  row(L.createdAt, formatDateTime(data.createdAt, lang));
  row(L.createdBy, typeof data.createdBy === 'string' ? data.createdBy : fullName(data.createdBy));
  w.space(6);

  const ink = new SheetInk(w);
  caseTable(w, ink, data, ctx, options);
  totals(w, data, ctx);
  ink.numberPages(w, (page, pages) => `${heading} · ${fill(labels.common.page, { page, pages })}`);
  ink.raw.finish();
  return w.save();
}

function totals(w: PdfWriter, data: RegistrySheetData, ctx: PrintContext): void {
  const { lang, labels } = ctx;
  const L = labels.registrySheet;
  const documents = data.rows.reduce((a, r) => a + r.documentsCount, 0);
  const byService = new Map<string, { cases: number; documents: number }>();
  for (const r of data.rows) {
    const name = local(r.serviceName, lang);
    const t = byService.get(name) ?? { cases: 0, documents: 0 };
    t.cases++;
    t.documents += r.documentsCount;
    byService.set(name, t);
  }
  const block = () => {
    w.space(8);
    w.text(fill(L.totalCases, { count: data.rows.length }), { bold: true });
    w.text(fill(L.totalDocuments, { count: documents }), { bold: true, after: 3 });
    w.text(`${L.byService}:`, { after: 1 });
    for (const [name, t] of byService)
      w.text(fill(L.serviceLine, { service: name, cases: t.cases, documents: t.documents }), {
        indent: mm(4),
        size: 8.5,
      });
    w.space(10);
    handover(w, L.handedOver, local(data.sender.name, lang), ctx);
    w.space(8);
    handover(w, L.received, local(data.recipient.name, lang), ctx);
  };
  // Totals and both signature lines stay together on one page.
  w.ensure(w.measure(block));
  block();
}

/** «Сдал(а) (office): ________ ________ ________» with «Ф.И.О.», «дата», «подпись» under the lines. */
function handover(w: PdfWriter, label: string, office: string, ctx: PrintContext): void {
  const L = ctx.labels.registrySheet;
  w.text(`${label} (${office}):`, { bold: true, after: 10 });
  const lineTop = w.y + 4;
  const parts = [
    { share: 0.5, caption: L.name },
    { share: 0.2, caption: L.date },
    { share: 0.3, caption: ctx.labels.common.signature },
  ];
  const gap = 8;
  let x = w.frame.left;
  const usable = w.width - gap * (parts.length - 1);
  for (const p of parts) {
    const width = usable * p.share;
    const left = x;
    w.ink((page) =>
      page.drawLine({
        start: { x: left, y: w.pdfY(lineTop) },
        end: { x: left + width, y: w.pdfY(lineTop) },
        thickness: 0.5,
        color: rgb(0, 0, 0),
      }),
    );
    const caption = `(${p.caption})`;
    const line = w.wrap([{ text: caption }], 7, width)[0]!;
    w.drawLine(line, left + (width - lineWidth(line)) / 2, lineTop + 1, 7, 0.25);
    x += width + gap;
  }
  w.y = lineTop + 1 + w.lineHeight(7);
}
