/**
 * The tear-off slip on its own page, for services whose acknowledgement is a tear-off slip but whose
 * application form the regulation does not print (services 6 and 9, digest 6.1: the form comes from
 * another act). The slip is the same one the printed forms of digest 4.1 and 4.2 end with.
 */
import { checkCaseNumber } from '../case-number';
import type { PrintContext } from '../context';
import { A4, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import type { PersonName } from '../person';
import { tearOffSlip, type IntakeMark } from './tear-off-slip';

export interface TearOffSlipData {
  intake: IntakeMark;
  applicant: PersonName;
}

export async function buildTearOffSlip(data: TearOffSlipData, ctx: PrintContext): Promise<Uint8Array> {
  checkCaseNumber(data.intake.caseNumber);
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(15), bottom: mm(12), left: mm(20), right: mm(15) },
    title: ctx.labels.slip.title,
    lang: ctx.lang,
    fontSize: 10,
  });
  tearOffSlip(w, data.intake, data.applicant, ctx);
  return w.save();
}
