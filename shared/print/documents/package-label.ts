/**
 * Label for the paper package (100 × 50 mm): the barcode the accumulation department scans on
 * dispatch and on return, plus enough text to sort packages by eye.
 */
import type { LocalText } from '../../i18n/lang';
import type { LocalDate } from '../../time/almaty';
import { checkCaseNumber, type PrintCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { LABEL_100x50, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import { barcodeAtCursor, layoutBarcode } from '../barcode/draw';
import { code128Widths, moduleCount } from '../barcode/code128';
import { surnameInitials, type PersonName } from '../person';
import { shortDate } from './common';

export interface PackageLabelData {
  caseNumber: PrintCaseNumber;
  serviceShort: LocalText;
  applicant: PersonName;
  acceptedOn: LocalDate;
}

const QUIET = 12;

export async function buildPackageLabel(data: PackageLabelData, ctx: PrintContext): Promise<Uint8Array> {
  checkCaseNumber(data.caseNumber);
  const w = await PdfWriter.create(ctx.fonts, {
    size: LABEL_100x50,
    margins: { top: mm(3), bottom: mm(3), left: mm(3), right: mm(3) },
    title: data.caseNumber.display,
    lang: ctx.lang,
    fontSize: 9,
  });
  // Widest bars that fit, capped so a short number does not turn into a fence.
  const modules = moduleCount(code128Widths(data.caseNumber.digits)) + 2 * QUIET;
  const module = Math.min(1.6, w.width / modules);
  const barcode = layoutBarcode(data.caseNumber.digits, data.caseNumber.display, {
    module,
    quiet: QUIET,
    barHeight: mm(16),
    textSize: 10,
  });
  // A label is one piece of sticky paper: no page breaks, whatever the length of the service name.
  w.inFrame(w.frame, () => {
    barcodeAtCursor(w, barcode, 'center');
    w.space(2);
    w.text(local(data.serviceShort, ctx.lang), { bold: true, align: 'center', size: 9 });
    w.text(surnameInitials(data.applicant), { align: 'center', size: 10, bold: true });
    w.text(fill(ctx.labels.label.accepted, { date: shortDate(data.acceptedOn, ctx) }), {
      align: 'center',
      size: 8,
    });
  });
  return w.save();
}
