import { expect } from 'vitest';
import type { Role } from '@shared/auth/roles';
import {
  openCase,
  transition,
  type CaseEvent,
  type CaseState,
  type Effect,
  type OfficeType,
  type OpenCaseInput,
  type TransitionContext,
} from '@shared/lifecycle';

export const DAY = 86_400_000;

export function ctx(role: Role, officeType: OfficeType, now: number): TransitionContext {
  return { actor: { userId: `u-${role}`, roles: [role] }, now, officeType };
}

/** Drives a case through steps, failing loudly on the first refusal, and keeps every effect. */
export function walk(
  input: OpenCaseInput,
  steps: [CaseEvent, Role, OfficeType][],
  start = Date.UTC(2026, 2, 2, 5),
): { state: CaseState; log: { event: string; effects: Effect[] }[] } {
  const opened = openCase(
    input,
    ctx(input.channel === 'center' ? 'center-inspector' : 'district-specialist', input.channel, start),
  );
  if (!opened.ok) throw new Error(`open: ${opened.error.code}`);
  let state = opened.state;
  const log = [{ event: 'accept', effects: opened.effects }];
  steps.forEach(([event, role, office], i) => {
    const r = transition(state, event, ctx(role, office, start + (i + 1) * DAY));
    expect(r.ok ? 'ok' : `${event.type}: ${r.error.code}`).toBe('ok');
    if (!r.ok) return;
    state = r.state;
    log.push({ event: event.type, effects: r.effects });
  });
  return { state, log };
}

export const clocks = (effects: Effect[]) =>
  effects.flatMap((e) =>
    e.type === 'start-step-clock'
      ? [`+${e.step} ${e.limit.value} ${e.limit.unit}`]
      : e.type === 'stop-step-clock'
        ? [`-${e.step}`]
        : [],
  );
export const documents = (effects: Effect[]) =>
  effects.flatMap((e) => (e.type === 'produce-document' ? [e.document] : []));
