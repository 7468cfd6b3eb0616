/**
 * Certificate that the applicant (family) receives АСП in the current quarter (digest 3.5 §7). The
 * quarter is the one of the certificate's date (`quarterOf`); the office's own record of АСП
 * assignments is input: the caller looks the assignment up (3.5 §11 step 3) and passes it. No
 * assignment covering the quarter means a refusal (3.5 §10), never a certificate.
 */
import { quarterOf } from '../../../calendar/periods';
import type { ServiceDef } from '../../../catalogue/types';
import { compareDates, type LocalDate } from '../../../time/almaty';
import { local, type PrintContext } from '../../context';
import { fill } from '../../labels';
import { fullName, type PersonName } from '../../person';
import { buildNotice } from '../notice';
import { ROMAN, longDate, requireDate, resultTitle, shortDate, type ResultBase } from './common';

/** One АСП assignment from the office's records (service 4 case decided "approved"). */
export interface AspAssignmentRecord {
  /** Number of the АСП case, as people read it. */
  caseNumber: string;
  decidedOn: LocalDate;
  /** First and last day the assignment runs. */
  from: LocalDate;
  to: LocalDate;
}

export interface AspCertificateData extends ResultBase {
  /** The asp-recipient-certificate service from the catalogue. */
  service: ServiceDef;
  recipient: { name: PersonName; address?: string };
  iin?: string;
  family?: PersonName[];
  assignment: AspAssignmentRecord;
}

/** Whether the assignment runs on at least one day of the quarter of `date` (3.5 §10). */
export function aspCoversQuarter(a: AspAssignmentRecord, date: LocalDate): boolean {
  requireDate(a.from, 'Assignment start');
  requireDate(a.to, 'Assignment end');
  if (compareDates(a.from, a.to) > 0)
    throw new RangeError(`Assignment ends before it starts: ${a.from}–${a.to}`);
  const q = quarterOf(date);
  return compareDates(a.from, q.end) <= 0 && compareDates(a.to, q.start) >= 0;
}

export async function buildAspCertificate(data: AspCertificateData, ctx: PrintContext): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results.certificate;
  if (data.service.id !== 'asp-recipient-certificate')
    throw new RangeError(`A certificate of АСП membership is not a result of service "${data.service.id}"`);
  requireDate(data.date, 'Certificate date');
  requireDate(data.assignment.decidedOn, 'Decision date');
  if (!aspCoversQuarter(data.assignment, data.date))
    throw new RangeError('No АСП assignment in the current quarter (3.5 §10): issue a refusal');
  const q = quarterOf(data.date);
  const quarter = ROMAN[q.quarter - 1]!;
  const facts = [{ label: L.person, value: fullName(data.recipient.name) }];
  if (data.iin) facts.push({ label: L.iin, value: data.iin });
  if (data.family?.length) facts.push({ label: L.family, value: data.family.map(fullName).join(', ') });
  facts.push(
    {
      label: L.quarter,
      value: fill(L.quarterValue, {
        quarter,
        year: q.year,
        from: shortDate(q.start, lang),
        to: shortDate(q.end, lang),
      }),
    },
    {
      label: L.assignment,
      value: fill(L.assignmentValue, {
        case: data.assignment.caseNumber,
        date: shortDate(data.assignment.decidedOn, lang),
      }),
    },
    {
      label: L.assignedPeriod,
      value: fill(L.assignedPeriodValue, {
        from: longDate(data.assignment.from, lang),
        to: longDate(data.assignment.to, lang),
      }),
    },
  );
  return buildNotice(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: data.recipient,
      title: resultTitle(data.service, ['certificate'], lang),
      paragraphs: [fill(L.body, { quarter, year: q.year }), L.use],
      facts,
      signer: { position: local(data.signer.position, lang), name: data.signer.name },
    },
    ctx,
  );
}
