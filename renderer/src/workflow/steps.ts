/**
 * Which workflow steps to show a user on a case: the ones the lifecycle allows them now, and the ones
 * that exist here but are someone else's (or wait for another step), with the lifecycle's reason.
 * The screen never decides this itself.
 */
import {
  checkEvent,
  type CaseState,
  type EventType,
  type TransitionContext,
  type TransitionErrorCode,
} from '@shared/lifecycle';

/**
 * Steps of the district side and the originals check, in the order of the regulations. Registry
 * steps of the ЦОН, corrections, withdrawal and cancellation have their own screens.
 */
export const WORKFLOW_EVENTS: readonly EventType[] = [
  'request-originals',
  'originals-received',
  'refuse-acceptance',
  'receive-at-district',
  'return-incomplete',
  'register',
  'pass-to-head',
  'assign',
  'send-to-commission',
  'record-survey-refusal',
  'submit-conclusion',
  'submit-draft',
  'return-draft',
  'decide',
  'sign-result',
  'issue',
  'send-result-to-center',
  'issue-same-visit',
  'request-payment',
];

/** Refusals that mean "the step exists here, but not for you / not yet": shown with the reason. */
const BLOCKING: readonly TransitionErrorCode[] = [
  'wrong-office',
  'forbidden-role',
  'commission-pending',
  'commission-done',
  'not-approved',
];

export function stepsOf(state: CaseState, ctx: TransitionContext) {
  const allowed: EventType[] = [];
  const blocked: { type: EventType; code: TransitionErrorCode; messageKey: string }[] = [];
  for (const type of WORKFLOW_EVENTS) {
    const error = checkEvent(state, type, ctx);
    if (!error) allowed.push(type);
    else if (BLOCKING.includes(error.code))
      blocked.push({ type, code: error.code, messageKey: error.messageKey });
  }
  return { allowed, blocked };
}
