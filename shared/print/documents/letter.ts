/**
 * The letter layout of result documents: office header, outgoing number, case barcode (scanned when
 * the paper returns to the ЦОН), recipient (a person, an office or an organisation), title, body,
 * facts, a numbered list, a ruled table (missing documents with reasons), paragraphs after the list
 * (the refusal's right of appeal), the signature with the stamp place, extra signature lines and a
 * tear-off slip (the referral's return part).
 */
import type { LocalDate } from '../../time/almaty';
import { drawBarcode, layoutBarcode } from '../barcode/draw';
import { checkCaseNumber, type PrintCaseNumber } from '../case-number';
import type { PrintContext } from '../context';
import { fill } from '../labels';
import { cutLine, labelValue, numberedList, officeHeader, signatureLine, title } from '../layout/blocks';
import { table, type Column } from '../layout/table';
import { A4, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import type { PrintOffice } from '../office';
import { surnameInitials, type PersonName } from '../person';
import { officeLines, shortDate } from './common';

export interface LetterData {
  office: PrintOffice;
  outgoingNumber: string;
  date: LocalDate;
  caseNumber: PrintCaseNumber;
  /** Replaces the «Дело № …» line when the barcode is another number (a complaint's answer). */
  reference?: string;
  /** Label and lines, e.g. «Кому» and the ЦОН's name and address. */
  recipient: { label: string; lines: string[] };
  title: string;
  subtitle?: string;
  paragraphs: string[];
  facts?: { label: string; value: string }[];
  list?: { heading: string; items: string[] };
  table?: { heading: string; columns: Column[]; rows: string[][] };
  closing?: string[];
  signer: { position: string; name: PersonName };
  /** Signature lines after the signer's, e.g. the ЦОН's receipt of a returned package. */
  receipts?: { label: string; caption: string }[];
  /** Drawn below a cut line at the end, on the same page when it fits. */
  tearOff?: { caption: string; draw: (w: PdfWriter) => void };
}

export async function buildLetter(data: LetterData, ctx: PrintContext): Promise<Uint8Array> {
  checkCaseNumber(data.caseNumber);
  const { labels } = ctx;
  const L = labels.notice;
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(15), bottom: mm(15), left: mm(25), right: mm(15) },
    title: data.title,
    lang: ctx.lang,
    fontSize: 11,
  });
  officeHeader(w, officeLines(data.office, ctx), 10);
  const top = w.y;
  const barcode = layoutBarcode(data.caseNumber.digits, data.caseNumber.display, { barHeight: 28 });
  drawBarcode(w, barcode, w.frame.right - barcode.width, top);
  const left = { ...w.frame, top, right: w.frame.right - barcode.width - 10 };
  w.y = w.inFrame(left, () => {
    w.text(fill(L.outgoing, { number: data.outgoingNumber, date: shortDate(data.date, ctx) }), { size: 9 });
    w.text(data.reference ?? fill(L.case, { number: data.caseNumber.display }), { size: 9, after: 6 });
    data.recipient.lines.forEach((line, i) =>
      labelValue(w, i === 0 ? data.recipient.label : '', line, { labelWidth: mm(20) }),
    );
  });
  w.y = Math.max(w.y, top + barcode.height) + 10;
  title(w, data.title, data.subtitle, 13);
  for (const p of data.paragraphs) w.text(p, { after: 6 });
  for (const f of data.facts ?? []) labelValue(w, f.label, f.value, { labelWidth: mm(55) });
  if (data.list) {
    w.space(4);
    w.text(data.list.heading, { bold: true, after: 2 });
    numberedList(w, data.list.items, { indent: mm(4) });
  }
  if (data.table) {
    w.space(4);
    w.text(data.table.heading, { bold: true, after: 3 });
    table(w, data.table.columns, data.table.rows);
  }
  if (data.closing?.length) {
    w.space(6);
    for (const p of data.closing) w.text(p, { after: 6 });
  }
  w.space(14);
  signatureLine(w, {
    label: data.signer.position,
    name: surnameInitials(data.signer.name),
    caption: labels.common.signature,
  });
  w.text(L.stamp, { size: 9 });
  for (const r of data.receipts ?? []) {
    w.space(6);
    signatureLine(w, { label: r.label, caption: r.caption });
  }
  if (data.tearOff) {
    const tearOff = data.tearOff;
    const height = w.measure(() => {
      cutLine(w, tearOff.caption);
      tearOff.draw(w);
    });
    w.ensure(height);
    cutLine(w, tearOff.caption);
    tearOff.draw(w);
  }
  w.numberPages((page, pages) => fill(labels.common.page, { page, pages }));
  return w.save();
}
