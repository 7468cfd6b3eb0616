import type { Channel } from '../catalogue/ids';

/**
 * Case statuses: digest 6.3 trimmed to what the product records (see docs/lifecycle.md).
 * Not here on purpose: a draft (the intake form keeps it; a case exists from acceptance), a refusal
 * at the counter (a counter record for statistics, never a case), the queue, the entitlement phase
 * (active, suspended, terminated) and complaints, which are separate records.
 */
export const CASE_STATUSES = [
  // intake, at the accepting office
  'accepted',
  'awaiting-originals',
  'acceptance-refused',
  // ЦОН channel on the way to the district office and back
  'in-registry',
  'in-transit',
  'received-by-district',
  'returned-incomplete',
  'center-correcting',
  // district office
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
  // the way back to the ЦОН
  'result-sent-to-center',
  'result-at-center',
  'ready-for-pickup',
  // delivered
  'issued-in-person',
  'sent-by-post',
  'issued-by-center',
  'consultation-given',
  // maslikhat aid payment (service 2, steps 5-6)
  'payment-requested',
  'sent-to-treasury',
  // ended without a result
  'withdrawn',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

export const OFFICE_TYPES = ['center', 'district', 'department'] as const;
export type OfficeType = (typeof OFFICE_TYPES)[number];

/**
 * Which office holds the case (the paper and the right to act on it) in a status. `null` while the
 * case travels between offices or is closed: nobody may withdraw or cancel what nobody holds, or the
 * two offices' copies would diverge.
 */
export function holderOf(status: CaseStatus, channel: Channel): OfficeType | null {
  switch (status) {
    case 'accepted':
    case 'awaiting-originals':
      return channel;
    case 'in-registry':
    case 'center-correcting':
    case 'result-at-center':
    case 'ready-for-pickup':
      return 'center';
    case 'received-by-district':
    case 'registered':
    case 'head-review':
    case 'with-specialist':
    case 'at-housing-commission':
    case 'at-local-commission':
    case 'survey-refused':
    case 'draft-decision':
    case 'decided-approved':
    case 'decided-refused':
    case 'result-signed':
      return 'district';
    case 'payment-requested':
      return 'department';
    default:
      return null;
  }
}
