/**
 * The registration stamp (digest 3.1 §26): a 100 × 50 mm label for the second copy of the complaint
 * or its cover letter, with the office, the incoming number and the registration date, in a frame
 * as a rubber stamp would leave it, and the number's barcode.
 */
import { rgb } from 'pdf-lib';
import { barcodeAtCursor, layoutBarcode } from '../../barcode/draw';
import { checkCaseNumber } from '../../case-number';
import { local, type PrintContext } from '../../context';
import { fill } from '../../labels';
import { LABEL_100x50, mm } from '../../layout/units';
import { PdfWriter } from '../../layout/writer';
import { shortDate } from '../common';
import type { ComplaintPrintBase, ComplaintPrintLabels } from './labels';

export async function buildComplaintStamp(
  data: ComplaintPrintBase,
  ctx: PrintContext,
  L: ComplaintPrintLabels,
): Promise<Uint8Array> {
  checkCaseNumber(data.number);
  const w = await PdfWriter.create(ctx.fonts, {
    size: LABEL_100x50,
    margins: { top: mm(4), bottom: mm(3), left: mm(5), right: mm(5) },
    title: fill(L.stamp.incoming, { number: data.number.display }),
    lang: ctx.lang,
    fontSize: 8,
  });
  w.ink((page) =>
    page.drawRectangle({
      x: mm(2),
      y: mm(2),
      width: LABEL_100x50.width - mm(4),
      height: LABEL_100x50.height - mm(4),
      borderColor: rgb(0, 0, 0),
      borderWidth: 1.2,
    }),
  );
  w.inFrame(w.frame, () => {
    w.text(local(data.office.name, ctx.lang), { align: 'center', size: 7, bold: true });
    w.text(fill(L.stamp.incoming, { number: data.number.display }), {
      align: 'center',
      size: 10,
      bold: true,
    });
    w.text(fill(L.stamp.date, { date: shortDate(data.registeredOn, ctx) }), {
      align: 'center',
      size: 9,
      after: 2,
    });
    barcodeAtCursor(
      w,
      layoutBarcode(data.number.digits, data.number.display, { barHeight: mm(8), textSize: 6 }),
      'center',
    );
  });
  return w.save();
}
