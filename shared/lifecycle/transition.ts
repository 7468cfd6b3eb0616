import type { CaseState, Milestone } from './case-state';
import type { TransitionContext, TransitionResult, TransitionWarning } from './context';
import type { Effect } from './effects';
import { EVENT_TYPES, isEventType, type CaseEvent, type EventType } from './events';
import { transitionError, type TransitionError } from './errors';
import { payloadProblem } from './payload';
import { isClosed, TRANSITION_RULES, type TransitionRule } from './rules';
import { SERVICE_FLOWS, type DocumentKind } from './service-flows';
import { STEP_CLOCKS, stepLimit, type StepClock } from './step-clocks';
import type { CaseStatus } from './statuses';

type Match = { ok: true; rule: TransitionRule } | { ok: false; error: TransitionError };

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Every guard that does not depend on the payload; shared by `transition` and `allowedEvents`. */
function match(state: CaseState, type: EventType, ctx: TransitionContext): Match {
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
  return apply(state, event, rule, to, ctx);
}

function apply(
  state: CaseState,
  event: CaseEvent,
  rule: TransitionRule,
  to: CaseStatus,
  ctx: TransitionContext,
): TransitionResult {
  const { now } = ctx;
  const flow = SERVICE_FLOWS[state.serviceId];
  const next: CaseState = {
    ...state,
    revisions: { ...state.revisions },
    milestones: { ...state.milestones },
    runningClocks: [...state.runningClocks],
  };
  const effects: Effect[] = [];
  const changed = new Set<string>();
  const warnings: TransitionWarning[] = now < state.statusSince ? ['clock-before-last-change'] : [];

  const start = (clock: StepClock) => {
    const limit = stepLimit(clock, state.serviceId, ctx.stepLimits);
    if (!limit || next.runningClocks.includes(clock)) return;
    next.runningClocks.push(clock);
    effects.push({ type: 'start-step-clock', step: clock, limit, startedAt: now });
    changed.add('runningClocks');
  };
  const stop = (clock: StepClock) => {
    if (!next.runningClocks.includes(clock)) return;
    next.runningClocks = next.runningClocks.filter((c) => c !== clock);
    effects.push({ type: 'stop-step-clock', step: clock, stoppedAt: now });
    changed.add('runningClocks');
  };
  const stopAll = () => STEP_CLOCKS.forEach(stop);
  const produce = (document: DocumentKind) => effects.push({ type: 'produce-document', document });
  const mark = (milestone: Milestone) => {
    next.milestones[milestone] = now;
    changed.add(`milestones.${milestone}`);
  };
  const set = <K extends keyof CaseState>(key: K, value: CaseState[K]) => {
    next[key] = value;
    changed.add(key);
  };

  let reason: string | undefined;
  let details: Record<string, unknown> | undefined;
  switch (event.type) {
    case 'request-originals':
      start('originals');
      break;
    case 'originals-received':
      stop('originals');
      break;
    case 'refuse-acceptance':
      stopAll();
      reason = event.reason.trim();
      set('closingReason', reason);
      mark('closedAt');
      produce('refusal-to-accept-notice');
      break;
    case 'add-to-registry':
      stop('center-correction');
      if (event.registryId) details = { registryId: event.registryId };
      break;
    case 'dispatch':
      stop('center-forwarding');
      mark('dispatchedAt');
      break;
    case 'receive-at-district':
      start('completeness-check');
      break;
    case 'return-incomplete':
      stop('completeness-check');
      set(
        'missingDocuments',
        event.missingDocuments.map((d) => d.trim()),
      );
      set('returnCount', state.returnCount + 1);
      produce('missing-documents-notice');
      details = { missingDocuments: next.missingDocuments, note: event.note };
      break;
    case 'receive-returned':
      start('center-correction');
      break;
    case 'register':
      stop('completeness-check');
      // The district's own clock runs from its registration (docs/decisions.md); for a child benefit
      // filed at the district the service term itself starts here (3.9 A5).
      if (state.channel === 'center') start('district-term');
      else start('service-term');
      start('to-commission');
      mark('registeredAt');
      if (event.journalNumber) details = { journalNumber: event.journalNumber };
      break;
    case 'assign':
      if (event.assigneeUserId) set('assigneeUserId', event.assigneeUserId);
      break;
    case 'send-to-commission':
      stop('to-commission');
      start('commission');
      break;
    case 'record-survey-refusal':
      stop('commission');
      set('conclusion', 'survey-refused');
      produce('survey-refusal-protocol');
      break;
    case 'submit-conclusion':
      stop('commission');
      set('conclusion', event.conclusion);
      break;
    case 'return-draft':
      reason = event.reason.trim();
      break;
    case 'decide':
      set('decision', event.outcome);
      if (event.outcome === 'refused')
        set(
          'refusalGrounds',
          event.grounds?.map((g) => g.trim()),
        );
      if (event.amount !== undefined) set('amount', event.amount);
      if (event.periodMonths !== undefined) set('periodMonths', event.periodMonths);
      mark('decidedAt');
      start('notification');
      produce(event.outcome === 'approved' ? flow.approvedDocument : 'motivated-refusal');
      break;
    case 'sign-result':
      mark('signedAt');
      break;
    case 'send-result-to-center':
      stop('district-term');
      break;
    case 'issue':
      stop('service-term');
      stop('district-term');
      stop('notification');
      set('delivery', event.delivery);
      mark('deliveredAt');
      break;
    case 'issue-same-visit':
      stop('service-term');
      set('delivery', 'in-person');
      mark('deliveredAt');
      if (event.outcome !== 'consultation') {
        set('decision', event.outcome === 'issued' ? 'approved' : 'refused');
        if (event.outcome === 'refused')
          set(
            'refusalGrounds',
            event.grounds?.map((g) => g.trim()),
          );
        produce(event.outcome === 'issued' ? flow.approvedDocument : 'motivated-refusal');
      }
      break;
    case 'request-payment':
      produce('payment-request');
      break;
    case 'correct':
      reason = event.reason.trim();
      event.fields.forEach((f) => changed.add(`intake.${f.trim()}`));
      break;
    case 'withdraw':
    case 'cancel':
      stopAll();
      reason = event.reason.trim();
      set('closingReason', reason);
      mark('closedAt');
      break;
    default:
      break;
  }

  if (to !== state.status) {
    next.status = to;
    next.statusSince = now;
    changed.add('status');
  }
  next.updatedBy = ctx.actor.userId;
  next.revisions[rule.part] = state.revisions[rule.part] + 1;
  effects.push({ type: 'bump-revision', part: rule.part, revision: next.revisions[rule.part] });
  effects.push({
    type: 'audit',
    entry: {
      caseId: state.caseId,
      at: now,
      userId: ctx.actor.userId,
      roles: [...ctx.actor.roles],
      officeType: ctx.officeType,
      event: event.type,
      from: state.status,
      to,
      part: rule.part,
      revision: next.revisions[rule.part],
      changed: [...changed],
      ...(reason !== undefined ? { reason } : {}),
      ...(details !== undefined ? { details } : {}),
    },
  });
  return { ok: true, state: next, effects, warnings };
}
