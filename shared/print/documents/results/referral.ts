/**
 * Referral to an active employment-promotion measure (digest 3.3 §7, §11), one variant per
 * sub-type: youth practice, public works, social job, job placement, vocational training. Addressed
 * to the employer or training provider, with a tear-off return slip the organisation fills in
 * (hired / enrolled, or not and why) and sends back to the district office.
 *
 * Career guidance (`career-guidance`) gets no paper: its result is oral information (3.3 §1: «No
 * paper document»), recorded as the status `consultation-given`; the builder refuses it so no form
 * invents a document the regulation does not have.
 */
import { needsUnemployedRegistration } from '../../../catalogue/rules';
import type { ServiceDef } from '../../../catalogue/types';
import type { LocalDate } from '../../../time/almaty';
import { local, type PrintContext } from '../../context';
import { fill } from '../../labels';
import { formField, signatureLine } from '../../layout/blocks';
import { fullName, type PersonName } from '../../person';
import { longDate, requireDate, shortDate, type ResultBase } from './common';
import { buildLetter } from '../letter';

export const REFERRAL_SUBTYPES = [
  'youth-practice',
  'public-works',
  'social-job',
  'job-placement',
  'vocational-training',
] as const;
export type ReferralSubType = (typeof REFERRAL_SUBTYPES)[number];

export interface ReferralData extends ResultBase {
  /** The employment-referral service from the catalogue (its name and legal basis are cited). */
  service: ServiceDef;
  subType: ReferralSubType;
  person: { name: PersonName; iin?: string; birthDate?: LocalDate };
  /** Employer, or the training provider for vocational training. */
  organisation: { name: string; address?: string };
  /** Registration as unemployed (3.3 §10): required for every sub-type but job placement. */
  unemployedRegistration?: { since: LocalDate; number: string };
  /** Profession or position offered. */
  position?: string;
  /** Vocational training: the programme or course. */
  program?: string;
  startDate?: LocalDate;
  validUntil?: LocalDate;
}

/** Whether a sub-type needs the "registered unemployed" status: the catalogue's ground (3.3 §10). */
export function referralNeedsRegistration(service: ServiceDef, subType: string): boolean {
  return needsUnemployedRegistration(service, subType);
}

export async function buildReferral(data: ReferralData, ctx: PrintContext): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results.referral;
  if (data.service.id !== 'employment-referral')
    throw new RangeError(`A referral is not a result of service "${data.service.id}"`);
  if ((data.subType as string) === 'career-guidance')
    throw new RangeError('Career guidance is oral information (3.3 §1, §7): no referral is printed');
  if (!REFERRAL_SUBTYPES.includes(data.subType))
    throw new RangeError(`Unknown employment referral sub-type "${data.subType}"`);
  if (referralNeedsRegistration(data.service, data.subType) && !data.unemployedRegistration)
    throw new RangeError(
      `A referral for "${data.subType}" needs the registration as unemployed (3.3 §10); refuse instead`,
    );
  for (const [what, d] of [
    ['Birth date', data.person.birthDate],
    ['Registration date', data.unemployedRegistration?.since],
    ['Start date', data.startDate],
    ['Valid-until date', data.validUntil],
  ] as const)
    if (d !== undefined) requireDate(d, what);

  const purpose = L.purpose[data.subType];
  const facts: { label: string; value: string }[] = [{ label: L.person, value: fullName(data.person.name) }];
  if (data.person.iin) facts.push({ label: L.iin, value: data.person.iin });
  if (data.person.birthDate)
    facts.push({ label: L.birthDate, value: shortDate(data.person.birthDate, lang) });
  if (data.unemployedRegistration)
    facts.push({
      label: L.unemployed,
      value: fill(L.unemployedValue, {
        date: shortDate(data.unemployedRegistration.since, lang),
        number: data.unemployedRegistration.number,
      }),
    });
  if (data.position) facts.push({ label: L.position, value: data.position });
  if (data.program) facts.push({ label: L.program, value: data.program });
  if (data.startDate) facts.push({ label: L.startDate, value: longDate(data.startDate, lang) });
  if (data.validUntil) facts.push({ label: L.validUntil, value: longDate(data.validUntil, lang) });
  const basis = data.service.legalBasis[0];
  const person = fullName(data.person.name);

  return buildLetter(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: {
        label: L.to,
        lines: [data.organisation.name, ...(data.organisation.address ? [data.organisation.address] : [])],
      },
      title: fill(L.title, { number: data.outgoingNumber }),
      subtitle: purpose,
      paragraphs: [fill(L.intro, { purpose })],
      facts,
      closing: basis ? [fill(L.basis, { basis: local(basis.text, lang) })] : [],
      signer: { position: local(data.signer.position, lang), name: data.signer.name },
      tearOff: {
        caption: L.slipCaption,
        draw: (w) => {
          w.text(fill(L.slipTitle, { number: data.outgoingNumber }), {
            bold: true,
            align: 'center',
            size: 10,
          });
          w.text(`(${L.slipNote})`, { align: 'center', size: 8, after: 4 });
          formField(w, L.slipPerson, person, { size: 10 });
          w.text(L.slipAccepted, { size: 10, after: 2 });
          formField(w, L.slipRejected, undefined, { size: 10, blankLines: 1 });
          signatureLine(w, { label: L.slipSigner, caption: ctx.labels.common.signature, size: 10 });
          w.text(ctx.labels.notice.stamp, { size: 9 });
        },
      },
    },
    ctx,
  );
}
