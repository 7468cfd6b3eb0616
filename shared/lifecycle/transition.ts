/**
 * `transition`: one event on one case, pure. Guards (guards.ts), then the payload, then the target
 * status, then the step applied (apply-step.ts).
 */
import type { CaseState } from './case-state';
import type { TransitionContext, TransitionResult } from './context';
import { isEventType, type CaseEvent } from './events';
import { transitionError } from './errors';
import { payloadProblem } from './payload';
import type { TransitionRule } from './rules';
import { SERVICE_FLOWS } from './service-flows';
import type { CaseStatus } from './statuses';
import { applyStep } from './apply-step';
import { match } from './guards';

export { allowedEvents, checkEvent, validContext } from './guards';

function target(rule: TransitionRule, event: CaseEvent, state: CaseState): CaseStatus {
  switch (event.type) {
    case 'decide':
      return event.outcome === 'approved' ? 'decided-approved' : 'decided-refused';
    case 'issue':
      return { 'in-person': 'issued-in-person', post: 'sent-by-post', center: 'issued-by-center' }[
        event.delivery
      ] as CaseStatus;
    case 'issue-same-visit':
      return event.outcome === 'consultation' ? 'consultation-given' : 'issued-in-person';
    case 'correct':
      return state.status;
    default:
      return rule.to[0] as CaseStatus;
  }
}

/** Career guidance gives only an oral consultation, and only career guidance gives one (3.3 §1). */
function outcomeFits(event: CaseEvent, state: CaseState): boolean {
  if (event.type !== 'issue-same-visit') return true;
  const consultationOnly =
    state.subType !== undefined &&
    (SERVICE_FLOWS[state.serviceId].consultationSubTypes ?? []).includes(state.subType);
  return consultationOnly === (event.outcome === 'consultation');
}

export function transition(state: CaseState, event: CaseEvent, ctx: TransitionContext): TransitionResult {
  const raw = event as unknown as Record<string, unknown>;
  if (!isEventType(raw?.type)) {
    return { ok: false, error: transitionError('unknown-event', String(raw?.type), state.status) };
  }
  const m = match(state, raw.type, ctx);
  if (!m.ok) return m;
  const { rule } = m;
  const problem = payloadProblem(raw, rule);
  if (problem) return { ok: false, error: transitionError(problem, event.type, state.status) };
  const to = target(rule, event, state);
  if (!rule.to.includes(to) || !outcomeFits(event, state)) {
    return {
      ok: false,
      error: transitionError('outcome-not-allowed', event.type, state.status),
    };
  }
  return applyStep(state, event, rule, to, ctx);
}
