/**
 * Protocol of the applicant's refusal of the survey of their financial situation (targeted social
 * assistance, 3.4 §13 step 2a): the local commission records the refusal and every member signs.
 * The chair signs as the letter's signer; each member has a signature line (LetterData.receipts).
 */
import { local, type PrintContext } from '../../context';
import { fullName } from '../../person';
import { fill } from '../../labels';
import type { LocalDate } from '../../../time/almaty';
import { buildLetter } from '../letter';
import { requireDate, requireService, shortDate, type ApplicantResultBase } from './common';

export const SURVEY_REFUSAL_SERVICES = ['targeted-social-assistance'] as const;

export interface SurveyRefusalProtocolData extends ApplicantResultBase {
  /** Protocol number, when the commission gave one. */
  protocolNumber?: string;
  /** Day of the refused survey. */
  refusedOn: LocalDate;
  /** Who refused when not the applicant (an adult family member present), as printed. */
  refusedBy?: string;
  /** The commission members besides the chair; a name may be left blank to be written by hand. */
  members: (string | null)[];
}

export async function buildSurveyRefusalProtocol(
  data: SurveyRefusalProtocolData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results.surveyRefusal;
  requireService(data.service, SURVEY_REFUSAL_SERVICES, 'A survey-refusal protocol');
  requireDate(data.applicationDate, 'Application date');
  requireDate(data.refusedOn, 'Survey date');
  if (data.members.length === 0) throw new RangeError('A protocol is signed by the commission members');
  const applicant = fullName(data.recipient.name);
  return buildLetter(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: {
        label: L.applicant,
        lines: [applicant, ...(data.recipient.address ? [data.recipient.address] : [])],
      },
      title: data.protocolNumber ? fill(L.titleNumbered, { number: data.protocolNumber }) : L.title,
      subtitle: L.subtitle,
      paragraphs: [
        fill(L.body, {
          refused: shortDate(data.refusedOn, lang),
          who: data.refusedBy?.trim() || applicant,
          date: shortDate(data.applicationDate, lang),
          service: local(data.service.name, lang),
        }),
      ],
      closing: [...(data.remarks ? [data.remarks] : []), L.consequence],
      signer: { position: L.chair, name: data.signer.name },
      receipts: [
        ...data.members.map((name) => ({
          label: name?.trim() ? fill(L.memberNamed, { name: name.trim() }) : L.member,
          caption: ctx.labels.common.signature,
        })),
        { label: L.acquainted, caption: L.acquaintedCaption },
      ],
    },
    ctx,
  );
}
