/**
 * The guards of a step that do not depend on its payload: context, status, service, channel, office,
 * role and the process checks. `transition` and the UI's `allowedEvents` ask the same question.
 */
import type { CaseState } from './case-state';
import type { TransitionContext } from './context';
import { EVENT_TYPES, type EventType } from './events';
import { transitionError, type TransitionError } from './errors';
import { isClosed, TRANSITION_RULES, type TransitionRule } from './rules';
import { SERVICE_FLOWS } from './service-flows';

export type Match = { ok: true; rule: TransitionRule } | { ok: false; error: TransitionError };

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Every guard that does not depend on the payload; shared by `transition` and `allowedEvents`. */
export function match(state: CaseState, type: EventType, ctx: TransitionContext): Match {
  const fail = (code: TransitionError['code'], expected?: TransitionError['expected']): Match => ({
    ok: false,
    error: transitionError(code, type, state.status, expected),
  });
  // A step without a clock or a named user could not be audited; refuse it rather than record NaN.
  if (!validContext(ctx)) return fail('invalid-context');
  const forEvent = TRANSITION_RULES.filter((r) => r.event === type);
  let rows = forEvent.filter((r) => r.from.includes(state.status));
  if (rows.length === 0) {
    if (isClosed(state.status, state.serviceId, state.channel)) return fail('case-closed');
    return fail('not-allowed-from-state', { events: allowedFromStatus(state) });
  }
  const steps: [
    TransitionError['code'],
    (r: TransitionRule) => boolean,
    () => TransitionError['expected'],
  ][] = [
    [
      'wrong-service',
      (r) => r.services.includes(state.serviceId),
      () => ({ services: unique(rows.flatMap((r) => r.services)) }),
    ],
    [
      'wrong-channel',
      (r) => r.channels.includes(state.channel),
      () => ({ channels: unique(rows.flatMap((r) => r.channels)) }),
    ],
    [
      'wrong-office',
      (r) => r.office === ctx.officeType,
      () => ({ offices: unique(rows.map((r) => r.office)) }),
    ],
    [
      'forbidden-role',
      (r) => r.roles.some((role) => ctx.actor.roles.includes(role)),
      () => ({ roles: unique(rows.flatMap((r) => r.roles)) }),
    ],
  ];
  for (const [code, keep, expected] of steps) {
    const kept = rows.filter(keep);
    if (kept.length === 0) return fail(code, expected());
    rows = kept;
  }
  const rule = rows[0] as TransitionRule;
  const flow = SERVICE_FLOWS[state.serviceId];
  // The same status is visited before and after the local commission; the conclusion tells which.
  if (type === 'send-to-commission' && state.conclusion !== undefined) return fail('commission-done');
  if (type === 'submit-draft' && flow.commission === 'local' && state.conclusion === undefined)
    return fail('commission-pending');
  if (type === 'request-payment' && state.decision !== 'approved') return fail('not-approved');
  return { ok: true, rule };
}

export function validContext(ctx: TransitionContext): boolean {
  return (
    Number.isFinite(ctx?.now) &&
    typeof ctx.actor?.userId === 'string' &&
    ctx.actor.userId.trim() !== '' &&
    Array.isArray(ctx.actor.roles)
  );
}

function allowedFromStatus(state: CaseState): EventType[] {
  return unique(
    TRANSITION_RULES.filter(
      (r) =>
        r.from.includes(state.status) &&
        r.services.includes(state.serviceId) &&
        r.channels.includes(state.channel),
    ).map((r) => r.event),
  );
}

/** Why this actor may not start this event now (payload aside), or null if they may. */
export function checkEvent(
  state: CaseState,
  type: EventType,
  ctx: TransitionContext,
): TransitionError | null {
  const m = match(state, type, ctx);
  return m.ok ? null : m.error;
}

/** Events this actor may start on this case now (payload aside). The UI offers exactly these. */
export function allowedEvents(state: CaseState, ctx: TransitionContext): EventType[] {
  return EVENT_TYPES.filter((type) => match(state, type, ctx).ok);
}
