/**
 * One lifecycle step on a stored case, planned without storage (issue 11: one way to write a step).
 * Every writer — the case page, the district workflow, registry import and export, payment
 * requests — plans here and stores the result through the renderer's one step writer, so the new
 * state, the deadlines and the audit entries are shaped the same way whoever takes the step.
 */
import type { WorkingCalendar } from '../calendar';
import type { Catalogue } from '../catalogue';
import type { Intake } from '../case/intake';
import { caseDeadlines, lifecycleStepLimits, type CaseDeadlines } from '../deadlines';
import {
  transition,
  type AuditEntry,
  type CaseEvent,
  type CaseState,
  type DocumentKind,
  type TransitionContext,
  type TransitionError,
  type TransitionWarning,
} from '../lifecycle';
import { clockRecords, stepsDoneAt, type ClockRecord } from './clocks';

/** The rules a step is planned under: the case's catalogue, the calendar, the transit allowance. */
export interface StepRules {
  catalogue: Catalogue;
  calendar: WorkingCalendar;
  transitAllowanceWorkingDays: number;
}

/** What a step reads of a stored case. */
export interface StepCase {
  intake: Intake;
  state: CaseState;
  deadlines: CaseDeadlines;
}

export interface StepOptions {
  /** A corrected intake stored with the step (the `correct` event). */
  intake?: Intake;
  /** Facts a form records beside the event (a protocol number, a registry): kept in the audit details. */
  auditExtra?: Record<string, unknown>;
}

/** Not a refusal: the step is stored, but a person should look. */
export type StepWarning = TransitionWarning | 'deadlines-kept';

/** An audit line of a step, in the shape the case history reads (`case.<event>`). */
export interface StepAuditEntry {
  at: number;
  userId: string;
  action: `case.${string}`;
  caseId: string;
  details: Record<string, unknown>;
}

export type StepPlan =
  | {
      ok: true;
      intake: Intake;
      state: CaseState;
      deadlines: CaseDeadlines;
      /** In order; each carries the clocks and documents of its own event. */
      audit: StepAuditEntry[];
      clocks: ClockRecord[];
      /** Documents to offer for printing now (produce-document effects), in order. */
      documents: DocumentKind[];
      warnings: StepWarning[];
    }
  | { ok: false; error: TransitionError };

/** Audit action of a case step: `case.<event>` (`case.withdraw`, `case.correct` …). */
export function caseAuditAction(event: string): `case.${string}` {
  return `case.${event}`;
}

function auditOf(
  entry: AuditEntry,
  clocks: readonly ClockRecord[],
  documents: readonly DocumentKind[],
  extra: Record<string, unknown> | undefined,
): StepAuditEntry {
  const { caseId, at, userId, event, ...rest } = entry;
  const details: Record<string, unknown> = { ...rest, ...extra };
  if (clocks.length > 0) details.clocks = clocks;
  if (documents.length > 0) details.documents = documents;
  return { at, userId, action: caseAuditAction(event), caseId, details };
}

/**
 * Deadlines after a step: the registration instant and the completed steps fed back into
 * `caseDeadlines`. Null when they cannot be computed (a clock set back before acceptance, a date
 * beyond the calendar): the caller keeps the previous ones and says so.
 */
export function recomputeDeadlines(
  rules: StepRules,
  intake: Intake,
  state: CaseState,
  records: readonly ClockRecord[],
): CaseDeadlines | null {
  try {
    return caseDeadlines(rules.catalogue, rules.calendar, {
      serviceId: intake.serviceId,
      channel: intake.channel,
      acceptedAt: intake.acceptedAt,
      registeredAt: state.milestones.registeredAt,
      stepsDoneAt: stepsDoneAt(rules.catalogue, intake.serviceId, intake.channel, records),
      settings: { transitAllowanceWorkingDays: rules.transitAllowanceWorkingDays },
    });
  } catch {
    return null;
  }
}

/**
 * Plans `events` in order on one case. `history` is the clock records already stored for the case
 * (read from its audit entries); the deadlines are recomputed once, at the end, when a clock moved
 * or the registration instant changed, else kept. The first refused event refuses the whole plan.
 */
export function planSteps(
  stored: StepCase,
  events: readonly CaseEvent[],
  ctx: TransitionContext,
  rules: StepRules,
  history: readonly ClockRecord[],
  options: StepOptions = {},
): StepPlan {
  const intake = options.intake ?? stored.intake;
  const full: TransitionContext = {
    ...ctx,
    stepLimits: ctx.stepLimits ?? lifecycleStepLimits(rules.catalogue, intake.channel),
  };
  let state = stored.state;
  const audit: StepAuditEntry[] = [];
  const allClocks: ClockRecord[] = [];
  const allDocuments: DocumentKind[] = [];
  const warnings: StepWarning[] = [];
  for (const event of events) {
    const result = transition(state, event, full);
    if (!result.ok) return result;
    const clocks = clockRecords(result.effects);
    const documents = result.effects.flatMap((e) => (e.type === 'produce-document' ? [e.document] : []));
    for (const effect of result.effects) {
      if (effect.type === 'audit') audit.push(auditOf(effect.entry, clocks, documents, options.auditExtra));
    }
    allClocks.push(...clocks);
    allDocuments.push(...documents);
    warnings.push(...result.warnings);
    state = result.state;
  }
  let deadlines = stored.deadlines;
  if (allClocks.length > 0 || state.milestones.registeredAt !== stored.state.milestones.registeredAt) {
    const next = recomputeDeadlines(rules, intake, state, [...history, ...allClocks]);
    if (next) deadlines = next;
    else warnings.push('deadlines-kept');
  }
  return { ok: true, intake, state, deadlines, audit, clocks: allClocks, documents: allDocuments, warnings };
}
