import { isServiceId, type Channel, type ServiceId } from '../catalogue/ids';
import type { CaseState } from './case-state';
import type { TransitionContext, TransitionResult } from './context';
import type { Effect } from './effects';
import { transitionError } from './errors';
import { SERVICE_FLOWS } from './service-flows';
import { validContext } from './guards';
import { stepLimit, type StepClock } from './step-clocks';

export interface OpenCaseInput {
  caseId: string;
  serviceId: ServiceId;
  subType?: string;
  channel: Channel;
}

export interface OpenCaseOptions {
  /** Channels the catalogue (with the administrator's overrides) opens for this service. */
  channels?: readonly Channel[];
}

/**
 * Acceptance creates the case: before it there is a draft or a refusal at the counter, neither of
 * which is a case. The accepting front desk is the ЦОН inspector or the district specialist
 * (3.1 A1/B1, 3.9 A1/B2; for every service step 1).
 */
export function openCase(
  input: OpenCaseInput,
  ctx: TransitionContext,
  options: OpenCaseOptions = {},
): TransitionResult {
  const fail = (
    code: Parameters<typeof transitionError>[0],
    expected?: Parameters<typeof transitionError>[3],
  ) => ({ ok: false, error: transitionError(code, 'accept', 'accepted', expected) }) as const;
  if (!validContext(ctx)) return fail('invalid-context');
  if (typeof input.caseId !== 'string' || input.caseId.trim() === '' || !isServiceId(input.serviceId))
    return fail('invalid-case');
  const flow = SERVICE_FLOWS[input.serviceId];
  const channels = options.channels ?? flow.channels;
  // A same-visit service cannot travel: its term is minutes (3.3 §4, digest 2), whatever the config.
  const open = flow.sameVisit ? channels.filter((c) => c === 'district') : channels;
  if (!open.includes(input.channel)) return fail('wrong-channel', { channels: open });
  if (ctx.officeType !== input.channel) return fail('wrong-office', { offices: [input.channel] });
  const role = input.channel === 'center' ? 'center-inspector' : 'district-specialist';
  if (!ctx.actor.roles.includes(role)) return fail('forbidden-role', { roles: [role] });

  const effects: Effect[] = [];
  const running: StepClock[] = [];
  const start = (clock: StepClock) => {
    const limit = stepLimit(clock, input.serviceId, ctx.stepLimits);
    if (!limit) return;
    running.push(clock);
    effects.push({ type: 'start-step-clock', step: clock, limit, startedAt: ctx.now });
  };
  // A child benefit filed at the district counts from registration (3.9 A5), everything else from
  // acceptance; at a ЦОН this is the receipt's promise (docs/decisions.md).
  if (!(flow.originalsCheck && input.channel === 'district')) start('service-term');
  if (input.channel === 'center') start('center-forwarding');

  const state: CaseState = {
    caseId: input.caseId,
    serviceId: input.serviceId,
    ...(input.subType !== undefined ? { subType: input.subType } : {}),
    channel: input.channel,
    status: 'accepted',
    revisions: { intake: 1, processing: 0, payment: 0 },
    statusSince: ctx.now,
    updatedBy: ctx.actor.userId,
    milestones: { acceptedAt: ctx.now },
    runningClocks: running,
    returnCount: 0,
  };
  effects.push({ type: 'bump-revision', part: 'intake', revision: 1 });
  effects.push({
    type: 'audit',
    entry: {
      caseId: state.caseId,
      at: ctx.now,
      userId: ctx.actor.userId,
      roles: [...ctx.actor.roles],
      officeType: ctx.officeType,
      event: 'accept',
      from: null,
      to: 'accepted',
      part: 'intake',
      revision: 1,
      changed: ['status'],
    },
  });
  return { ok: true, state, effects, warnings: [] };
}
