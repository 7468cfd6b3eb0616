/**
 * The talon given to a complainant (digest 3.1 §26): exactly its four fields — number, date, the
 * surname and contacts of the person who accepted the complaint, the place where the answer will be
 * received — plus a barcode of the number. Top half of an A4 sheet with a cut line.
 */
import { drawBarcode, layoutBarcode } from '../../barcode/draw';
import { checkCaseNumber } from '../../case-number';
import type { PrintContext } from '../../context';
import { fill } from '../../labels';
import { cutLine, labelValue, officeHeader, title } from '../../layout/blocks';
import { A4, mm } from '../../layout/units';
import { PdfWriter, type Box } from '../../layout/writer';
import { formatDateTime } from '../../../i18n/format';
import { officeLines } from '../common';
import type { ComplaintPrintBase, ComplaintPrintLabels } from './labels';

export interface ComplaintTalonData extends ComplaintPrintBase {
  /** «Иванова А. П.» of the person who accepted it. */
  acceptor: string;
  /** Contacts of the acceptor: the office's phones. */
  acceptorContacts: string;
  /** Where the answer will be received: by post to the address, or at the office. */
  answerPlace: string;
}

export async function buildComplaintTalon(
  data: ComplaintTalonData,
  ctx: PrintContext,
  L: ComplaintPrintLabels,
): Promise<Uint8Array> {
  checkCaseNumber(data.number);
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(12), bottom: mm(12), left: mm(15), right: mm(15) },
    title: fill(L.talon.title, { number: data.number.display }),
    lang: ctx.lang,
    fontSize: 10,
  });
  const frame = w.frame;
  const barcode = layoutBarcode(data.number.digits, data.number.display, { barHeight: 34 });
  drawBarcode(w, barcode, frame.right - barcode.width, frame.top);
  const headerBox: Box = { ...frame, right: frame.right - barcode.width - 8 };
  const headerBottom = w.inFrame(headerBox, () => officeHeader(w, officeLines(data.office, ctx)));
  w.y = Math.max(headerBottom, frame.top + barcode.height) + 6;
  title(w, fill(L.talon.title, { number: data.number.display }), L.talon.subtitle, 13);
  const row = (label: string, value: string) => labelValue(w, label, value, { labelWidth: mm(60), after: 5 });
  row(L.talon.number, data.number.display);
  row(L.talon.date, formatDateTime(data.registeredAt, ctx.lang));
  row(L.talon.acceptor, `${data.acceptor}, ${data.acceptorContacts}`);
  row(L.talon.answerPlace, data.answerPlace);
  w.y = Math.max(w.y, A4.height / 2 - 8);
  cutLine(w, ctx.labels.common.cutLine);
  return w.save();
}
