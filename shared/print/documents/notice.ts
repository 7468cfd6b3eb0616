/**
 * A letter-style result document (issue 6, item 4): notification of assignment or of document
 * processing, motivated refusal, notice of missing documents. The wording differs per service and
 * decision, so the caller passes the title and paragraphs already in the chosen language; this
 * builder owns the layout: office header, outgoing number, recipient, case barcode (scanned when
 * the paper returns to the ЦОН), body, an optional numbered list (grounds, missing documents), and
 * the signature with the stamp place.
 */
import type { LocalDate } from '../../time/almaty';
import { checkCaseNumber, type PrintCaseNumber } from '../case-number';
import type { PrintContext } from '../context';
import { fill } from '../labels';
import { labelValue, numberedList, officeHeader, signatureLine, title } from '../layout/blocks';
import { A4, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import { drawBarcode, layoutBarcode } from '../barcode/draw';
import { fullName, surnameInitials, type PersonName } from '../person';
import type { PrintOffice } from '../office';
import { officeLines, shortDate } from './common';

export interface NoticeData {
  office: PrintOffice;
  outgoingNumber: string;
  date: LocalDate;
  caseNumber: PrintCaseNumber;
  recipient: { name: PersonName; address?: string };
  /** Localised by the caller, e.g. «Уведомление о назначении жилищной помощи». */
  title: string;
  paragraphs: string[];
  /** Label–value facts such as period and amount. */
  facts?: { label: string; value: string }[];
  list?: { heading: string; items: string[] };
  signer: { position: string; name: PersonName };
}

export async function buildNotice(data: NoticeData, ctx: PrintContext): Promise<Uint8Array> {
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
    w.text(fill(L.case, { number: data.caseNumber.display }), { size: 9, after: 6 });
    labelValue(w, L.recipient, fullName(data.recipient.name), { labelWidth: mm(20) });
    if (data.recipient.address) labelValue(w, '', data.recipient.address, { labelWidth: mm(20) });
  });
  w.y = Math.max(w.y, top + barcode.height) + 10;
  title(w, data.title, undefined, 13);
  for (const p of data.paragraphs) w.text(p, { after: 6 });
  for (const f of data.facts ?? []) labelValue(w, f.label, f.value, { labelWidth: mm(55) });
  if (data.list) {
    w.space(4);
    w.text(data.list.heading, { bold: true, after: 2 });
    numberedList(w, data.list.items, { indent: mm(4) });
  }
  w.space(14);
  signatureLine(w, {
    label: data.signer.position,
    name: surnameInitials(data.signer.name),
    caption: labels.common.signature,
  });
  w.text(L.stamp, { size: 9 });
  w.numberPages((page, pages) => fill(labels.common.page, { page, pages }));
  return w.save();
}
