/**
 * Notice of refusal to accept the application (child benefits, 3.9 §11 A3d, form of Annex 20 to the
 * Rules): the state-system data did not match what the applicant gave, the accepting office asked for
 * the originals (and the consent to correct the data), and they did not come within 3 working days.
 * Issued by the accepting office (the district office or the ЦОН); laid out by `buildLetter`.
 */
import { local, type PrintContext } from '../../context';
import { fullName } from '../../person';
import { fill } from '../../labels';
import type { LocalDate } from '../../../time/almaty';
import { buildLetter } from '../letter';
import { requireDate, requireService, shortDate, type ApplicantResultBase } from './common';

export const REFUSAL_TO_ACCEPT_SERVICES = ['child-benefit-under-18'] as const;

export interface RefusalToAcceptData extends ApplicantResultBase {
  /** When the applicant was told to bring the originals (3.9 A3b). */
  requestedOn: LocalDate;
  /** The last day to bring them (3 working days after the notification). */
  dueBy: LocalDate;
  /** The reason recorded by the office, already in the document's language. */
  reason?: string;
}

export async function buildRefusalToAcceptNotice(
  data: RefusalToAcceptData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results.refusalToAccept;
  requireService(data.service, REFUSAL_TO_ACCEPT_SERVICES, 'A refusal to accept');
  requireDate(data.applicationDate, 'Application date');
  requireDate(data.requestedOn, 'Originals request date');
  requireDate(data.dueBy, 'Originals due date');
  const reason = data.reason?.trim();
  return buildLetter(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: {
        label: ctx.labels.notice.recipient,
        lines: [fullName(data.recipient.name), ...(data.recipient.address ? [data.recipient.address] : [])],
      },
      title: L.title,
      subtitle: L.form,
      paragraphs: [
        fill(L.body, {
          date: shortDate(data.applicationDate, lang),
          service: local(data.service.name, lang),
          requested: shortDate(data.requestedOn, lang),
        }),
      ],
      facts: [
        { label: L.requestedOn, value: shortDate(data.requestedOn, lang) },
        { label: L.dueBy, value: shortDate(data.dueBy, lang) },
        ...(reason ? [{ label: L.reason, value: reason }] : []),
      ],
      closing: [...(data.remarks ? [data.remarks] : []), L.again, ctx.labels.results.appeal],
      signer: { position: local(data.signer.position, lang), name: data.signer.name },
      receipts: [{ label: L.received, caption: L.receivedCaption }],
    },
    ctx,
  );
}
