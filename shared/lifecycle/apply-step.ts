/**
 * Applies an accepted step: the next state, its effects (step clocks, documents, revision, audit
 * line) and warnings. Called by `transition` once every guard and the payload have held.
 */
import type { CaseState, Milestone } from './case-state';
import type { TransitionContext, TransitionResult, TransitionWarning } from './context';
import type { Effect } from './effects';
import type { CaseEvent } from './events';
import type { TransitionRule } from './rules';
import { SERVICE_FLOWS, type DocumentKind } from './service-flows';
import { STEP_CLOCKS, stepLimit, type StepClock } from './step-clocks';
import type { CaseStatus } from './statuses';

export function applyStep(
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
