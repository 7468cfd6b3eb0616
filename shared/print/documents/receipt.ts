/**
 * ЦОН receipt (расписка / қолхат): the union of the field lists of digest 3.1 (§10, §16.2) and 3.9
 * (§12), as docs/decisions.md requires. Two copies on one A4 sheet, applicant's above, office's
 * below, split by a cut line: any office printer takes A4, and each half is an A5 slip the size of
 * the paper receipts ЦОН desks hand out. If a long document list would not fit a half, each copy
 * gets its own page rather than shrinking the type.
 */
import type { LocalText } from '../../i18n/lang';
import { formatDateTime } from '../../i18n/format';
import type { LocalDate } from '../../time/almaty';
import { checkCaseNumber, type PrintCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { cutLine, labelValue, officeHeader, signatureLine, title } from '../layout/blocks';
import { A4, mm } from '../layout/units';
import { PdfWriter, type Box } from '../layout/writer';
import { drawBarcode, layoutBarcode } from '../barcode/draw';
import { fullName, type Contact, type PersonName } from '../person';
import { formatDayHours, type DayHours, type PrintOffice } from '../office';
import { longDate, officeLines, shortDate } from './common';

export interface ReceiptData {
  caseNumber: PrintCaseNumber;
  /** Instant of acceptance (ms since epoch); printed in Almaty time. */
  acceptedAt: number;
  service: LocalText;
  /** Names of the documents received, in checklist order. */
  documents: (LocalText | string)[];
  issue: {
    date: LocalDate;
    /** The office's opening hours on the issue date: the receipt's issue "time". */
    hours: DayHours;
    place: LocalText;
  };
  inspector: PersonName;
  applicant: Contact;
  representative?: Contact;
  office: PrintOffice;
  /** Unverified days off the issue date was counted across: printed as a warning (issue 14). */
  unverifiedDays?: LocalDate[];
}

const FONT_SIZE = 9;

function contactText(c: Contact): string {
  return c.phone ? `${fullName(c.name)}, ${c.phone}` : fullName(c.name);
}

function copy(w: PdfWriter, data: ReceiptData, ctx: PrintContext, copyLabel: string): void {
  const { lang, labels } = ctx;
  const L = labels.receipt;
  const frame = w.frame;
  const barcode = layoutBarcode(data.caseNumber.digits, data.caseNumber.display, { barHeight: 30 });
  drawBarcode(w, barcode, frame.right - barcode.width, frame.top);
  const headerBox: Box = { ...frame, right: frame.right - barcode.width - 8 };
  const headerBottom = w.inFrame(headerBox, () => officeHeader(w, officeLines(data.office, ctx), FONT_SIZE));
  w.y = Math.max(headerBottom, frame.top + barcode.height + 4);
  w.text(copyLabel, { size: 7, align: 'right', gray: 0.3 });
  title(w, fill(L.title, { number: data.caseNumber.display }), L.subtitle, 12);
  const row = (label: string, value: Parameters<typeof labelValue>[2]) =>
    labelValue(w, label, value, { size: FONT_SIZE, labelWidth: mm(48) });
  row(L.acceptedAt, formatDateTime(data.acceptedAt, lang));
  row(L.service, local(data.service, lang));
  row(L.applicant, contactText(data.applicant));
  if (data.representative) row(L.representative, contactText(data.representative));
  row(
    fill(L.documents, { count: data.documents.length }),
    data.documents.map((d, i) => ({ text: `${i + 1}. ${local(d, lang)}\n` })),
  );
  row(
    L.issue,
    fill(L.issueValue, {
      date: longDate(data.issue.date, ctx),
      hours: formatDayHours(data.issue.hours, labels.common.lunch),
      place: local(data.issue.place, lang),
    }),
  );
  if (data.unverifiedDays?.length) {
    const dates = data.unverifiedDays.map((d) => shortDate(d, ctx)).join(', ');
    w.text(fill(labels.common.unverifiedDue, { dates }), { size: 8, bold: true, after: 4 });
  }
  signatureLine(w, {
    label: L.inspector,
    name: fullName(data.inspector),
    caption: labels.common.signature,
    size: FONT_SIZE,
  });
  w.text(L.keepNote, { size: 7.5, gray: 0.2 });
}

export async function buildReceipt(data: ReceiptData, ctx: PrintContext): Promise<Uint8Array> {
  checkCaseNumber(data.caseNumber);
  const L = ctx.labels.receipt;
  const side = mm(14);
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(10), bottom: mm(10), left: side, right: side },
    title: fill(L.title, { number: data.caseNumber.display }),
    lang: ctx.lang,
    fontSize: FONT_SIZE,
  });
  const half = A4.height / 2;
  const gutter = mm(7);
  const top: Box = { left: side, right: A4.width - side, top: mm(10), bottom: half - gutter };
  const bottom: Box = { left: side, right: A4.width - side, top: half + gutter, bottom: A4.height - mm(10) };
  let needed = 0;
  w.inFrame(top, () => (needed = w.measure(() => copy(w, data, ctx, L.copyApplicant))));
  if (needed <= top.bottom - top.top) {
    w.inFrame(top, () => copy(w, data, ctx, L.copyApplicant));
    w.y = half - 8;
    cutLine(w, ctx.labels.common.cutLine);
    w.inFrame(bottom, () => copy(w, data, ctx, L.copyOffice));
  } else {
    copy(w, data, ctx, L.copyApplicant);
    w.newPage();
    copy(w, data, ctx, L.copyOffice);
  }
  return w.save();
}
