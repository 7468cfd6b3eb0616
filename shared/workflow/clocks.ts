/**
 * Step clocks as recorded: the lifecycle returns start/stop effects, the workflow writes them into
 * the audit entry of the step (`details.clocks`), and these pure helpers read them back to feed
 * `caseDeadlines` (stepsDoneAt) and to date the running step clocks. No storage, no clock.
 */
import { dueDate, type WorkingCalendar } from '@shared/calendar';
import type { Catalogue, Channel, ServiceId } from '@shared/catalogue';
import { CLOCK_STEPS } from '@shared/deadlines';
import type { Effect, StepClock, StepLimit } from '@shared/lifecycle';
import { toAlmatyDate, type LocalDate } from '@shared/time/almaty';

/** One start or stop of a step clock, as kept in the audit entry of the step that caused it. */
export type ClockRecord =
  | { clock: StepClock; action: 'start'; at: number; limit: StepLimit }
  | { clock: StepClock; action: 'stop'; at: number };

/** The clock effects of a transition as records. */
export function clockRecords(effects: readonly Effect[]): ClockRecord[] {
  const out: ClockRecord[] = [];
  for (const e of effects) {
    if (e.type === 'start-step-clock')
      out.push({ clock: e.step, action: 'start', at: e.startedAt, limit: { ...e.limit } });
    else if (e.type === 'stop-step-clock') out.push({ clock: e.step, action: 'stop', at: e.stoppedAt });
  }
  return out;
}

/** Reads `details.clocks` of stored audit events, ignoring anything malformed. */
export function recordsFromAudit(events: readonly { details?: Record<string, unknown> }[]): ClockRecord[] {
  const out: ClockRecord[] = [];
  for (const ev of events) {
    const clocks = ev.details?.clocks;
    if (!Array.isArray(clocks)) continue;
    for (const c of clocks as Partial<ClockRecord>[]) {
      if (!c || typeof c.clock !== 'string' || !Number.isFinite(c.at)) continue;
      if (c.action === 'stop') out.push({ clock: c.clock, action: 'stop', at: c.at as number });
      else if (c.action === 'start' && c.limit)
        out.push({ clock: c.clock, action: 'start', at: c.at as number, limit: c.limit });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Completion instants of catalogue steps, for limits counted "after step X" (shared/deadlines).
 * A stopped clock means its step is done; a started clock means the step its limit is counted
 * after is done (the notification clock starts with the decision). A real stop wins over an
 * inferred one; the latest of each wins (a package returned twice).
 */
export function stepsDoneAt(
  catalogue: Catalogue,
  serviceId: ServiceId,
  channel: Channel,
  records: readonly ClockRecord[],
): Record<string, number> {
  const steps = catalogue.services[serviceId]?.channels[channel]?.steps ?? [];
  const inferred: Record<string, number> = {};
  const done: Record<string, number> = {};
  for (const r of [...records].sort((a, b) => a.at - b.at)) {
    const stepId = CLOCK_STEPS[r.clock]?.[serviceId]?.[channel];
    if (!stepId) continue;
    if (r.action === 'stop') {
      done[stepId] = r.at;
      continue;
    }
    const anchor = steps.find((s) => s.id === stepId)?.limit?.anchor;
    if (anchor?.from === 'afterStep') inferred[anchor.step] = r.at;
  }
  return { ...inferred, ...done };
}

/** A running step clock with its due date (working calendar) or end instant (minute limits). */
export interface RunningClock {
  clock: StepClock;
  startedAt: number;
  limit: StepLimit;
  /** Null for minute limits. */
  due: LocalDate | null;
  dueAt?: number;
}

/**
 * The running clocks of a case dated from their last recorded start. A clock started before the
 * workflow recorded starts (at acceptance, by the intake) falls back to `fallbackStart` and the
 * given limit lookup.
 */
export function runningClocks(
  cal: WorkingCalendar,
  running: readonly StepClock[],
  records: readonly ClockRecord[],
  fallbackStart: number,
  limitOf: (clock: StepClock) => StepLimit | undefined,
): RunningClock[] {
  const out: RunningClock[] = [];
  for (const clock of running) {
    const start = [...records].reverse().find((r) => r.clock === clock && r.action === 'start');
    const startedAt = start?.at ?? fallbackStart;
    const limit = start && start.action === 'start' ? start.limit : limitOf(clock);
    if (!limit) continue;
    if (limit.unit === 'minutes') {
      out.push({ clock, startedAt, limit, due: null, dueAt: startedAt + limit.value * 60_000 });
      continue;
    }
    let due: LocalDate | null;
    try {
      due = dueDate(cal, toAlmatyDate(startedAt), limit);
    } catch {
      due = null; // beyond the calendar's years: shown without a date rather than guessed
    }
    out.push({ clock, startedAt, limit, due });
  }
  return out;
}
