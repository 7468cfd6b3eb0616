/**
 * The tear-off slip (отрывной талон) at the foot of the application forms of digest section 4. The
 * printed form only asks who accepted it and when; the regulations' talon also wants the
 * registration number and the date of receipt of the result (digest 6.1, docs/decisions.md), so the
 * slip carries both lists plus the case barcode.
 */
import type { LocalText } from '../../i18n/lang';
import type { LocalDate } from '../../time/almaty';
import type { PrintCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { cutLine, labelValue, signatureLine } from '../layout/blocks';
import { mm } from '../layout/units';
import type { PdfWriter } from '../layout/writer';
import { drawBarcode, layoutBarcode } from '../barcode/draw';
import { fullName, type PersonName } from '../person';
import { longDate, shortDate } from './common';

/** Acceptance data the slip and the form's registration mark share. */
export interface IntakeMark {
  caseNumber: PrintCaseNumber;
  registeredOn: LocalDate;
  service: LocalText;
  documentsCount: number;
  resultDate?: LocalDate;
  acceptor: PersonName;
  acceptorPosition: LocalText;
}

export function tearOffSlip(w: PdfWriter, mark: IntakeMark, applicant: PersonName, ctx: PrintContext): void {
  const { lang, labels } = ctx;
  const L = labels.slip;
  const body = (withBarcode: boolean) => {
    cutLine(w, L.cutCaption, { gap: 10 });
    const top = w.y;
    const barcode = layoutBarcode(mark.caseNumber.digits, mark.caseNumber.display, { barHeight: 28 });
    if (withBarcode) drawBarcode(w, barcode, w.frame.right - barcode.width, top);
    const textBox = { ...w.frame, top, right: w.frame.right - barcode.width - 8 };
    w.y = w.inFrame(textBox, () => {
      w.text(L.title, { bold: true, size: 11, after: 4 });
      const row = (label: string, value: string) =>
        labelValue(w, label, value, { labelWidth: mm(56), size: 9 });
      row(
        L.registration,
        fill(L.registrationValue, {
          number: mark.caseNumber.display,
          date: shortDate(mark.registeredOn, ctx),
        }),
      );
      row(L.applicant, fullName(applicant));
      row(L.service, local(mark.service, lang));
      row(L.documents, String(mark.documentsCount));
      if (mark.resultDate) row(L.resultDate, longDate(mark.resultDate, ctx));
    });
    signatureLine(w, {
      label: L.acceptedBy,
      name: `${fullName(mark.acceptor)}, ${local(mark.acceptorPosition, lang)}`,
      caption: `${L.acceptedByCaption}; ${labels.common.signature}`,
      lineWidth: mm(55),
    });
  };
  // The slip is never split across pages: it is cut off as one piece.
  const height = w.measure(() => body(false));
  if (height > w.remaining()) w.newPage();
  body(true);
}
