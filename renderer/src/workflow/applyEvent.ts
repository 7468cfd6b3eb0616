/**
 * The district workflow's write path (issue 6, items 1-2): one lifecycle event on a stored case in
 * ONE Dexie transaction — read the row and its clock records, `transition`, recompute the deadlines
 * (pure: catalogue + calendar, synchronous), write the row and one audit entry per audit effect.
 * The documents the step produces are returned so the screen can offer printing; nothing that is
 * not a Dexie call is awaited inside the transaction (ARCHITECTURE traps).
 */
import type { WorkingCalendar } from '@shared/calendar';
import type { Catalogue } from '@shared/catalogue';
import { caseDeadlines, lifecycleStepLimits, type CaseDeadlines } from '@shared/deadlines';
import {
  transition,
  type AuditEntry as LifecycleAuditEntry,
  type CaseEvent,
  type CaseState,
  type DocumentKind,
  type TransitionContext,
  type TransitionError,
  type TransitionWarning,
} from '@shared/lifecycle';
import { toCaseRow } from '../cases/caseRow';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';
import { catalogueFor, loadRules } from '../rules/rules';
import type { AuditEvent, CaseRow } from '../db/types';
import { caseAuditAction } from '../journal/actions';
import { clockRecords, recordsFromAudit, stepsDoneAt, type ClockRecord } from './clocks';

export interface ApplyOptions {
  catalogue?: Catalogue;
  calendar?: WorkingCalendar;
  /** Read from settings before the transaction when absent. */
  transitAllowanceWorkingDays?: number;
  /**
   * Facts a form records beside the event that the lifecycle does not model (the survey act's
   * date, the protocol number): kept in the audit entry's details.
   */
  auditExtra?: Record<string, unknown>;
}

/** Not a refusal: the step is stored, but a person should look. */
export type ApplyWarning = TransitionWarning | 'deadlines-kept';

export type ApplyResult =
  | {
      ok: true;
      row: CaseRow;
      /** Documents to offer for printing now (produce-document effects), in order. */
      documents: DocumentKind[];
      clocks: ClockRecord[];
      warnings: ApplyWarning[];
    }
  | { ok: false; error: TransitionError }
  | { ok: false; error: { code: 'not-found'; messageKey: 'errors.not-found' } };

/** The audit event of a lifecycle step, in the shape the journal's case history reads. */
export function workflowAudit(
  entry: LifecycleAuditEntry,
  clocks: readonly ClockRecord[],
  documents: readonly DocumentKind[],
  extra?: Record<string, unknown>,
): AuditEvent {
  const { caseId, at, userId, event, ...rest } = entry;
  const details: Record<string, unknown> = { ...rest, ...extra };
  if (clocks.length > 0) details.clocks = clocks;
  if (documents.length > 0) details.documents = documents;
  return { at, userId, action: caseAuditAction(event), caseId, details };
}

/**
 * Deadlines after a step: the registration instant and the completed steps fed back into
 * `caseDeadlines`. Returns null when they cannot be computed (a clock set back before acceptance,
 * a date beyond the calendar): the caller keeps the previous ones and says so.
 */
export function recomputeDeadlines(
  catalogue: Catalogue,
  calendar: WorkingCalendar,
  row: Pick<CaseRow, 'intake'>,
  state: CaseState,
  records: readonly ClockRecord[],
  transitAllowanceWorkingDays: number,
): CaseDeadlines | null {
  try {
    return caseDeadlines(catalogue, calendar, {
      serviceId: row.intake.serviceId,
      channel: row.intake.channel,
      acceptedAt: row.intake.acceptedAt,
      registeredAt: state.milestones.registeredAt,
      stepsDoneAt: stepsDoneAt(catalogue, row.intake.serviceId, row.intake.channel, records),
      settings: { transitAllowanceWorkingDays },
    });
  } catch {
    return null;
  }
}

/**
 * The rules for a step: the caller's, else the case's own catalogue (the rules version it was
 * accepted under; the current rules when that version is unknown here) and the calendar in force.
 * Reads settings only when something is missing, so callers inside a transaction pass both.
 */
async function rulesOf(
  db: AppDatabase,
  caseId: string,
  options: ApplyOptions,
): Promise<{ catalogue: Catalogue; calendar: WorkingCalendar }> {
  if (options.catalogue && options.calendar)
    return { catalogue: options.catalogue, calendar: options.calendar };
  const current = await loadRules(db);
  const accepted = options.catalogue ? undefined : await db.cases.get(caseId);
  const own = accepted ? await catalogueFor(db, accepted.intake.rulesVersion) : null;
  return {
    catalogue: options.catalogue ?? own ?? current.catalogue,
    calendar: options.calendar ?? current.calendar,
  };
}

export async function applyCaseEvent(
  db: AppDatabase,
  caseId: string,
  event: CaseEvent,
  ctx: TransitionContext,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const { catalogue, calendar } = await rulesOf(db, caseId, options);
  const transit =
    options.transitAllowanceWorkingDays ?? (await getSetting(db, 'transitAllowanceWorkingDays')) ?? 0;

  return db.transaction('rw', db.cases, db.audit, async (): Promise<ApplyResult> => {
    const row = await db.cases.get(caseId);
    if (!row) return { ok: false, error: { code: 'not-found', messageKey: 'errors.not-found' } };
    const full: TransitionContext = {
      ...ctx,
      stepLimits: ctx.stepLimits ?? lifecycleStepLimits(catalogue, row.channel),
    };
    const result = transition(row.state, event, full);
    if (!result.ok) return result;

    const clocks = clockRecords(result.effects);
    const documents = result.effects.flatMap((e) => (e.type === 'produce-document' ? [e.document] : []));
    const warnings: ApplyWarning[] = [...result.warnings];
    let deadlines = row.deadlines;
    if (clocks.length > 0 || result.state.milestones.registeredAt !== row.state.milestones.registeredAt) {
      const history = await db.audit.where('caseId').equals(caseId).toArray();
      const records = [...recordsFromAudit(history), ...clocks];
      const next = recomputeDeadlines(catalogue, calendar, row, result.state, records, transit);
      if (next) deadlines = next;
      else warnings.push('deadlines-kept');
    }

    const stored = toCaseRow(row.intake, result.state, deadlines, ctx.now);
    await db.cases.put(stored);
    for (const effect of result.effects) {
      if (effect.type === 'audit')
        await db.audit.add(workflowAudit(effect.entry, clocks, documents, options.auditExtra));
    }
    return { ok: true, row: stored, documents, clocks, warnings };
  });
}
