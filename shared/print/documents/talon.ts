/**
 * District-office talon (digest 6.1; 3.1 §16.1 adds the place of receipt for housing assistance).
 * One copy for the applicant in the top half of an A4 sheet, with a cut line below it: the office
 * keeps the application itself, so a second copy would only be paper.
 */
import type { LocalText } from '../../i18n/lang';
import type { LocalDate } from '../../time/almaty';
import { checkCaseNumber, type PrintCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { cutLine, labelValue, officeHeader, signatureLine, title } from '../layout/blocks';
import { A4, mm } from '../layout/units';
import { PdfWriter, type Box } from '../layout/writer';
import { drawBarcode, layoutBarcode } from '../barcode/draw';
import { fullName, surnameInitials, type PersonName } from '../person';
import type { PrintOffice } from '../office';
import { longDate, officeLines, shortDate } from './common';

export interface TalonData {
  caseNumber: PrintCaseNumber;
  registeredOn: LocalDate;
  /** Number in the incoming-correspondence journal, when the office keeps one apart from the case number. */
  journalNumber?: string;
  service: LocalText;
  applicant: PersonName;
  /** Date the applicant receives the result; absent only for services without a deferred result. */
  resultDate?: LocalDate;
  /** Printed when given: the housing-assistance regulation asks for the place (digest 3.1 §16.1). */
  resultPlace?: LocalText;
  acceptor: PersonName;
  office: PrintOffice;
  /** Unverified days off the result date was counted across: printed as a warning (issue 14). */
  unverifiedDays?: LocalDate[];
}

const FONT_SIZE = 10;

export async function buildTalon(data: TalonData, ctx: PrintContext): Promise<Uint8Array> {
  checkCaseNumber(data.caseNumber);
  const { lang, labels } = ctx;
  const L = labels.talon;
  const side = mm(15);
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(12), bottom: mm(12), left: side, right: side },
    title: fill(L.title, { number: data.caseNumber.display }),
    lang,
    fontSize: FONT_SIZE,
  });
  const frame = w.frame;
  const barcode = layoutBarcode(data.caseNumber.digits, data.caseNumber.display, { barHeight: 34 });
  drawBarcode(w, barcode, frame.right - barcode.width, frame.top);
  const headerBox: Box = { ...frame, right: frame.right - barcode.width - 8 };
  const headerBottom = w.inFrame(headerBox, () => officeHeader(w, officeLines(data.office, ctx)));
  w.y = Math.max(headerBottom, frame.top + barcode.height) + 6;
  title(w, fill(L.title, { number: data.caseNumber.display }), L.subtitle, 13);
  const row = (label: string, value: string) => labelValue(w, label, value, { labelWidth: mm(55), after: 4 });
  row(
    L.registration,
    fill(L.registrationValue, { number: data.caseNumber.display, date: shortDate(data.registeredOn, ctx) }),
  );
  if (data.journalNumber) row(L.journal, data.journalNumber);
  row(L.service, local(data.service, lang));
  row(L.applicant, fullName(data.applicant));
  if (data.resultDate) row(L.resultDate, longDate(data.resultDate, ctx));
  if (data.resultDate && data.unverifiedDays?.length) {
    const dates = data.unverifiedDays.map((d) => shortDate(d, ctx)).join(', ');
    w.text(fill(labels.common.unverifiedDue, { dates }), { size: 8, bold: true, after: 4 });
  }
  if (data.resultPlace) row(L.resultPlace, local(data.resultPlace, lang));
  signatureLine(w, {
    label: L.acceptor,
    name: surnameInitials(data.acceptor),
    caption: labels.common.signature,
  });
  w.y = Math.max(w.y, A4.height / 2 - 8);
  cutLine(w, labels.common.cutLine);
  return w.save();
}
