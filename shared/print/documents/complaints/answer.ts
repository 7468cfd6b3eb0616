/**
 * The written answer to a complaint, sent by post (digest 3.1 §26), on the letter layout of the
 * result documents: outgoing number and date, the complaint's barcode, the complainant's postal
 * address, the findings, the outcome with its reasons, and the right to go to court (§24).
 */
import type { LocalDate } from '../../../time/almaty';
import type { PrintContext } from '../../context';
import { fill } from '../../labels';
import type { PersonName } from '../../person';
import { buildLetter } from '../letter';
import { shortDate } from '../common';
import type { ComplaintPrintBase, ComplaintPrintLabels } from './labels';

export interface ComplaintAnswerData extends ComplaintPrintBase {
  outgoingNumber: string;
  postedOn: LocalDate;
  complainant: string;
  /** Postal address; '' when the answer is handed over at the office. */
  address: string;
  findings: string;
  outcome: 'satisfied' | 'partly' | 'refused';
  reasons: string;
  signer: { position: string; name: PersonName };
}

export async function buildComplaintAnswer(
  data: ComplaintAnswerData,
  ctx: PrintContext,
  L: ComplaintPrintLabels,
): Promise<Uint8Array> {
  const A = L.answer;
  const registered = shortDate(data.registeredOn, ctx);
  const paragraphs = [fill(A.intro, { number: data.number.display, date: registered }), data.findings];
  const facts = [{ label: A.outcomeLabel, value: A.outcomes[data.outcome] }];
  if (data.reasons) facts.push({ label: A.reasonsLabel, value: data.reasons });
  return buildLetter(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.postedOn,
      caseNumber: data.number,
      reference: fill(A.reference, { number: data.number.display, date: registered }),
      recipient: { label: A.recipient, lines: [data.complainant, data.address].filter(Boolean) },
      title: A.title,
      paragraphs,
      facts,
      closing: [A.appeal],
      signer: data.signer,
    },
    ctx,
  );
}
