/**
 * The one step writer (issue 11): every lifecycle step on a stored case is planned by the pure
 * `planSteps` (shared/workflow/step.ts) and stored here — the case row and its audit entries — in
 * ONE Dexie transaction with nothing but Dexie calls inside. `applyCaseEvent` takes one event on
 * one case; `writeStepRows` is the bulk tail that registry import and export use for thousands of
 * cases (bulkPut/bulkAdd, in chunks so the window paints between them).
 */
import type { WorkingCalendar } from '@shared/calendar';
import type { Catalogue } from '@shared/catalogue';
import type { CaseEvent, TransitionContext, TransitionError } from '@shared/lifecycle';
import { recordsFromAudit, type ClockRecord } from '@shared/workflow/clocks';
import {
  planSteps,
  type StepOptions,
  type StepPlan,
  type StepRules,
  type StepWarning,
} from '@shared/workflow/step';
import { toCaseRow } from '../cases/caseRow';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';
import { catalogueFor, loadRules } from '../rules/rules';
import type { AuditEvent, CaseRow } from '../db/types';

export interface ApplyOptions extends StepOptions {
  catalogue?: Catalogue;
  calendar?: WorkingCalendar;
  /** Read from settings before the transaction when absent. */
  transitAllowanceWorkingDays?: number;
}

/** Not a refusal: the step is stored, but a person should look. */
export type ApplyWarning = StepWarning;

export type ApplyResult =
  | {
      ok: true;
      row: CaseRow;
      /** Documents to offer for printing now (produce-document effects), in order. */
      documents: Extract<StepPlan, { ok: true }>['documents'];
      clocks: ClockRecord[];
      warnings: ApplyWarning[];
    }
  | { ok: false; error: TransitionError }
  | { ok: false; error: { code: 'not-found'; messageKey: 'errors.not-found' } };

/** Rows a bulk write puts at once: each row is sealed (AES-GCM, blind tags) in the calling task, so
 * a hundred keeps a task well under 100 ms and the requests still few. */
const WRITE_CHUNK = 100;

/**
 * Stores planned steps: case rows, then audit entries in the order given (their ids keep that
 * order). Call inside a transaction over `cases` and `audit`.
 */
export async function writeStepRows(
  db: AppDatabase,
  rows: readonly CaseRow[],
  audit: readonly AuditEvent[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) await db.cases.bulkPut(rows.slice(i, i + WRITE_CHUNK));
  for (let i = 0; i < audit.length; i += WRITE_CHUNK) await db.audit.bulkAdd(audit.slice(i, i + WRITE_CHUNK));
}

/** Clock records already stored for each case, in one indexed read. */
export async function clockHistories(
  db: AppDatabase,
  caseIds: readonly string[],
): Promise<Map<string, ClockRecord[]>> {
  const byCase = new Map<string, AuditEvent[]>();
  if (caseIds.length === 0) return new Map();
  const events = await db.audit
    .where('caseId')
    .anyOf([...caseIds])
    .toArray();
  for (const e of events) {
    if (!e.caseId || !Array.isArray(e.details?.clocks)) continue;
    const list = byCase.get(e.caseId) ?? [];
    list.push(e);
    byCase.set(e.caseId, list);
  }
  return new Map([...byCase].map(([id, list]) => [id, recordsFromAudit(list)]));
}

/** The rules in force here: catalogue and calendar as stored, the transit allowance from settings. */
export async function currentStepRules(db: AppDatabase): Promise<StepRules> {
  const { catalogue, calendar } = await loadRules(db);
  const transit = (await getSetting(db, 'transitAllowanceWorkingDays')) ?? 0;
  return { catalogue, calendar, transitAllowanceWorkingDays: transit };
}

/**
 * The rules for a step: the caller's, else the case's own catalogue (the rules version it was
 * accepted under; the current rules when that version is unknown here) and the calendar in force.
 */
async function rulesOf(db: AppDatabase, caseId: string, options: ApplyOptions): Promise<StepRules> {
  const transit =
    options.transitAllowanceWorkingDays ?? (await getSetting(db, 'transitAllowanceWorkingDays')) ?? 0;
  if (options.catalogue && options.calendar)
    return { catalogue: options.catalogue, calendar: options.calendar, transitAllowanceWorkingDays: transit };
  const current = await loadRules(db);
  const accepted = options.catalogue ? undefined : await db.cases.get(caseId);
  const own = accepted ? await catalogueFor(db, accepted.intake.rulesVersion) : null;
  return {
    catalogue: options.catalogue ?? own ?? current.catalogue,
    calendar: options.calendar ?? current.calendar,
    transitAllowanceWorkingDays: transit,
  };
}

/** What a caller decides from the stored row: the event(s) to take, or its own refusal. */
export type StepDecision<R> = { events: readonly CaseEvent[]; options?: StepOptions } | { refuse: R };

/**
 * Reads the row, lets `decide` choose the step (it runs inside the transaction and must be
 * synchronous), plans it and stores it. Everything that is not a Dexie call happens before.
 */
export async function commitStep<R = never>(
  db: AppDatabase,
  caseId: string,
  decide: (row: CaseRow) => StepDecision<R>,
  ctx: TransitionContext,
  options: ApplyOptions = {},
): Promise<ApplyResult | R> {
  const rules = await rulesOf(db, caseId, options);
  return db.transaction('rw', db.cases, db.audit, async (): Promise<ApplyResult | R> => {
    const row = await db.cases.get(caseId);
    if (!row) return { ok: false, error: { code: 'not-found', messageKey: 'errors.not-found' } };
    const decision = decide(row);
    if ('refuse' in decision) return decision.refuse;
    const history = (await clockHistories(db, [caseId])).get(caseId) ?? [];
    const plan = planSteps(row, decision.events, ctx, rules, history, {
      ...(options.auditExtra ? { auditExtra: options.auditExtra } : {}),
      ...decision.options,
    });
    if (!plan.ok) return plan;
    const stored = toCaseRow(plan.intake, plan.state, plan.deadlines, ctx.now);
    await writeStepRows(db, [stored], plan.audit);
    return { ok: true, row: stored, documents: plan.documents, clocks: plan.clocks, warnings: plan.warnings };
  });
}

/** One lifecycle event on a stored case. */
export function applyCaseEvent(
  db: AppDatabase,
  caseId: string,
  event: CaseEvent,
  ctx: TransitionContext,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  return commitStep(db, caseId, () => ({ events: [event] }), ctx, options);
}
