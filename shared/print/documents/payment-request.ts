/**
 * The printed list of a maslikhat-aid payment request (issue 6, item 9; digest 3.2 §13 steps 5-6):
 * the responsible specialist sends the Управление the assigned cases with their amounts; the
 * Управление passes them on to the Treasury. Amounts are summed in tiyn so the total is exact.
 */
import type { LocalText } from '../../i18n/lang';
import { formatMoney } from '../../i18n/format';
import { isLocalDate, type LocalDate } from '../../time/almaty';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { labelValue, officeHeader, signatureLine, title } from '../layout/blocks';
import { table } from '../layout/table';
import { A4_LANDSCAPE, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import type { PrintOffice } from '../office';
import { fullName, surnameInitials, type PersonName } from '../person';
import { officeLines, shortDate } from './common';

export interface PaymentRequestRow {
  /** Case number as people read it. */
  caseNumber: string;
  recipient: PersonName;
  iin?: string;
  /** Maslikhat category (sub-type name). */
  category?: LocalText | string;
  decidedOn?: LocalDate;
  /** Tenge, as assigned. */
  amount: number;
}

export interface PaymentRequestData {
  requestNumber: string;
  /** The district office that sends the request. */
  office: PrintOffice;
  /** The Управление it goes to. */
  addressee: LocalText | string;
  date: LocalDate;
  rows: PaymentRequestRow[];
  compiledBy: PersonName;
  head: PersonName;
}

/** Sum in tiyn (1/100 tenge), so 0.1 + 0.2 prints as 0,30 and never as 0,30000000000000004. */
export function paymentTotal(rows: readonly Pick<PaymentRequestRow, 'amount'>[]): number {
  let tiyn = 0;
  for (const r of rows) {
    if (!Number.isFinite(r.amount) || r.amount < 0) throw new RangeError(`Not an amount: ${r.amount}`);
    tiyn += Math.round(r.amount * 100);
  }
  return tiyn / 100;
}

export async function buildPaymentRequestList(
  data: PaymentRequestData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  if (data.rows.length === 0) throw new RangeError('A payment request lists at least one case');
  if (!isLocalDate(data.date)) throw new RangeError(`Not a date: ${data.date}`);
  const seen = new Set<string>();
  for (const r of data.rows) {
    if (seen.has(r.caseNumber)) throw new RangeError(`Case ${r.caseNumber} is listed twice`);
    seen.add(r.caseNumber);
    if (r.decidedOn !== undefined && !isLocalDate(r.decidedOn))
      throw new RangeError(`Not a date: ${r.decidedOn}`);
  }
  const total = paymentTotal(data.rows);
  const { lang, labels } = ctx;
  const L = labels.paymentRequest;
  const heading = fill(L.title, { number: data.requestNumber });
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4_LANDSCAPE,
    margins: { top: mm(12), bottom: mm(14), left: mm(15), right: mm(12) },
    title: heading,
    lang,
    fontSize: 9.5,
  });
  officeHeader(w, officeLines(data.office, ctx));
  title(w, heading, L.subtitle, 13);
  labelValue(w, L.to, local(data.addressee, lang), { labelWidth: mm(25), after: 1 });
  labelValue(w, L.date, shortDate(data.date, ctx), { labelWidth: mm(25), after: 6 });
  table(
    w,
    [
      { title: L.colNo, weight: 3, align: 'right' },
      { title: L.colCase, weight: 10 },
      { title: L.colRecipient, weight: 18 },
      { title: L.colIin, weight: 8 },
      { title: L.colCategory, weight: 16 },
      { title: L.colDecision, weight: 7 },
      { title: L.colAmount, weight: 9, align: 'right' },
    ],
    data.rows.map((r, i) => [
      String(i + 1),
      r.caseNumber,
      fullName(r.recipient),
      r.iin ?? '',
      r.category ? local(r.category, lang) : '',
      r.decidedOn ? shortDate(r.decidedOn, ctx) : '',
      formatMoney(r.amount, lang),
    ]),
  );
  const closing = () => {
    w.space(8);
    w.text(fill(L.totalCount, { count: data.rows.length }), { bold: true });
    w.text(fill(L.totalAmount, { amount: formatMoney(total, lang) }), { bold: true, after: 10 });
    signatureLine(w, {
      label: L.compiledBy,
      name: surnameInitials(data.compiledBy),
      caption: labels.common.signature,
    });
    signatureLine(w, { label: L.head, name: surnameInitials(data.head), caption: labels.common.signature });
    w.text(labels.notice.stamp, { size: 9 });
  };
  w.ensure(w.measure(closing));
  closing();
  w.numberPages((page, pages) => `${heading} · ${fill(labels.common.page, { page, pages })}`);
  return w.save();
}
