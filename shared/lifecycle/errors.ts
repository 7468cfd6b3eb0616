import type { Role } from '../auth/roles';
import type { Channel, ServiceId } from '../catalogue/ids';
import type { EventType } from './events';
import type { CaseStatus, OfficeType } from './statuses';

/**
 * Why a transition was refused. Checked in this order, so the first failing guard names the cause
 * a user can act on (a wrong role is reported only when the step itself is possible here).
 */
export const TRANSITION_ERROR_CODES = [
  'unknown-event',
  'invalid-context',
  'case-closed',
  'not-allowed-from-state',
  'wrong-service',
  'wrong-channel',
  'wrong-office',
  'forbidden-role',
  'commission-pending',
  'commission-done',
  'not-approved',
  'missing-reason',
  'missing-changes',
  'missing-grounds',
  'missing-documents',
  'missing-delivery',
  'delivery-not-allowed',
  'missing-outcome',
  'outcome-not-allowed',
  'missing-conclusion',
  'invalid-amount',
  'invalid-case',
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

export interface TransitionError {
  code: TransitionErrorCode;
  event: string;
  status: CaseStatus;
  /** What would have been accepted, for the message and for logs. */
  expected?: {
    roles?: readonly Role[];
    offices?: readonly OfficeType[];
    channels?: readonly Channel[];
    services?: readonly ServiceId[];
    events?: readonly EventType[];
  };
  /** i18n key in the `lifecycle` namespace. */
  messageKey: `errors.${TransitionErrorCode}`;
}

export function transitionError(
  code: TransitionErrorCode,
  event: string,
  status: CaseStatus,
  expected?: TransitionError['expected'],
): TransitionError {
  return expected
    ? { code, event, status, expected, messageKey: `errors.${code}` }
    : { code, event, status, messageKey: `errors.${code}` };
}
