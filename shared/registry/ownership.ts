/**
 * The ownership model of a case (docs/registry-format.md, ownership and threat model): who owns
 * which part and which fields, DERIVED from the case itself and never from what a file claims, and
 * which file kinds each office type may send. Export, the import plan and its apply all use this.
 *
 * - intake: the office in the case number (its first two digits), which is also the accepting office;
 *   owns the application (`intake`) and the case's identity fields.
 * - processing: the district office the owner's intake names; owns the examination and decision.
 * - payment: the Управление (office 00); raised there only, never carried by a file.
 * The status is nobody's alone: it is combined from both parts and never moves backwards on import.
 */
import type { Channel } from '../catalogue/ids';
import { DEPARTMENT_CODE, officeByCode } from '../directory/offices';
import type { CaseState, Milestone } from '../lifecycle/case-state';
import { TRANSITION_RULES } from '../lifecycle/rules';
import { holderOf, type CaseStatus, type OfficeType } from '../lifecycle/statuses';
import type { Manifest, RegistryKind } from './manifest';

export type OwnedPart = 'intake' | 'processing';

/** What the owners are derived from: the case number and the intake its owner wrote. */
export interface CaseFacts {
  channel: Channel;
  acceptingOfficeCode: string;
  deskCode: string;
  districtOfficeCode: string;
}

export const numberOffice = (number: string) => number.slice(0, 2);
export const numberDesk = (number: string) => number.slice(2, 4);

export function officeTypeOf(code: string): OfficeType | null {
  return officeByCode(code)?.type ?? null;
}

/**
 * The owner of each part, or null where the case contradicts itself (an intake that names an
 * accepting office other than its number's, a district that is not a district office…).
 */
export function caseOwners(
  number: string,
  facts: CaseFacts,
): { intake: string; processing: string; payment: string } | null {
  const intake = numberOffice(number);
  if (facts.acceptingOfficeCode !== intake || facts.deskCode !== numberDesk(number)) return null;
  if (officeTypeOf(facts.districtOfficeCode) !== 'district') return null;
  const accepting = officeTypeOf(intake);
  if (facts.channel === 'district' && facts.districtOfficeCode !== intake) return null;
  if (facts.channel === 'center' && accepting !== 'center') return null;
  return { intake, processing: facts.districtOfficeCode, payment: DEPARTMENT_CODE };
}

/** The parts a file of each kind may carry. */
export const KIND_PARTS: Readonly<Record<RegistryKind, readonly OwnedPart[]>> = {
  registry: ['intake'],
  'desk-handoff': ['intake'],
  results: ['processing'],
  'payment-request': ['intake', 'processing'],
};

/** The one kind an office (or a desk) sends to a recipient, or null where it sends nothing there. */
export function kindToSend(
  sender: { officeCode: string; desk: boolean },
  recipientCode: string,
): RegistryKind | null {
  if (sender.desk) return recipientCode === sender.officeCode ? 'desk-handoff' : null;
  const from = officeTypeOf(sender.officeCode);
  const to = officeTypeOf(recipientCode);
  if (from === 'center' && to === 'district') return 'registry';
  if (from === 'district' && to === 'center') return 'results';
  if (from === 'district' && to === 'department') return 'payment-request';
  return null;
}

/** A file whose kind does not fit its sender and recipient is forged, whoever signed it. */
export function kindFits(manifest: Pick<Manifest, 'kind' | 'sender' | 'recipient'>): boolean {
  const desk = manifest.sender.deskCode !== undefined;
  return (
    kindToSend({ officeCode: manifest.sender.officeCode, desk }, manifest.recipient.officeCode) ===
    manifest.kind
  );
}

/** CaseState fields the intake owner writes (with the whole `intake`). */
export const INTAKE_FIELDS = [
  'serviceId',
  'subType',
  'channel',
] as const satisfies readonly (keyof CaseState)[];
/** CaseState fields the processing owner writes. */
export const PROCESSING_FIELDS = [
  'assigneeUserId',
  'conclusion',
  'decision',
  'refusalGrounds',
  'amount',
  'periodMonths',
] as const satisfies readonly (keyof CaseState)[];
/** Fields that travel with the status: taken from whichever part's status wins. */
export const STATUS_FIELDS = [
  'status',
  'statusSince',
  'updatedBy',
  'runningClocks',
  'delivery',
  'closingReason',
  'missingDocuments',
  'returnCount',
] as const satisfies readonly (keyof CaseState)[];
export const MILESTONE_OWNER: Readonly<Record<Milestone, OwnedPart | 'status'>> = {
  acceptedAt: 'intake',
  dispatchedAt: 'intake',
  registeredAt: 'processing',
  decidedAt: 'processing',
  signedAt: 'processing',
  deliveredAt: 'status',
  closedAt: 'status',
};

/** Statuses a part's owner can put a case in: read from the lifecycle table, plus acceptance. */
export const PART_STATUSES: Readonly<Record<OwnedPart, ReadonlySet<CaseStatus>>> = {
  intake: new Set<CaseStatus>([
    'accepted',
    ...TRANSITION_RULES.filter((r) => r.part === 'intake').flatMap((r) => r.to),
  ]),
  processing: new Set(TRANSITION_RULES.filter((r) => r.part === 'processing').flatMap((r) => r.to)),
};

/** The route, in order; a return to the ЦОН starts a new round (returnCount), hence its place. */
const ROUTE: readonly CaseStatus[] = [
  'accepted',
  'awaiting-originals',
  'returned-incomplete',
  'center-correcting',
  'in-registry',
  'in-transit',
  'received-by-district',
  'registered',
  'head-review',
  'with-specialist',
  'at-housing-commission',
  'at-local-commission',
  'survey-refused',
  'draft-decision',
  'decided-approved',
  'decided-refused',
  'result-signed',
  'result-sent-to-center',
  'result-at-center',
  'ready-for-pickup',
  'issued-in-person',
  'sent-by-post',
  'issued-by-center',
  'consultation-given',
  'payment-requested',
  'sent-to-treasury',
  'acceptance-refused',
  'withdrawn',
  'cancelled',
];

/** How far a case has come: [round, place on the route]; compare with `progressCompare`. */
export function progressOf(status: CaseStatus, returnCount: number): [number, number] {
  return [returnCount, ROUTE.indexOf(status)];
}

export function progressCompare(a: [number, number], b: [number, number]): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

/**
 * The office type whose word the local copy waits for: the holder, or where the case travels to.
 * Only the owner whose turn it is may move the status.
 */
export function turnOf(status: CaseStatus, channel: Channel): OfficeType | null {
  if (status === 'in-transit') return 'district';
  if (status === 'returned-incomplete') return 'center';
  return holderOf(status, channel);
}
