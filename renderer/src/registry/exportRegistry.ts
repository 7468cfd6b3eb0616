/**
 * Compiling and exporting a registry (issue 5, items 2-3): the ЦОН accumulation department sends
 * the accepted cases of one district office; an intake desk hands its accepted cases to its main
 * workstation. Which cases may go and the steps they take are decided here; planning, the file and
 * the one transaction are the send pipeline's (sendRegistry.ts), shared with payment requests.
 */
import { toAlmatyDate } from '@shared/time/almaty';
import type { CaseEvent, TransitionContext } from '@shared/lifecycle';
import { kindToSend, type RegistryCase, type RegistryKind } from '@shared/registry';
import { activeCardOf, type UnwrappedKeys } from '@shared/registry/identity';
import type { AppDatabase } from '../db/database';
import { getInChunks } from '../db/bulkRead';
import type { CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { currentStepRules } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';
import { loadTrustStore } from './identity';
import { ownedParts } from './parts';
import { caughtAbort } from './abort';
import { runExclusive, yieldToUi, type Progress } from './progress';
import { planSendSteps, sendRegistry, type SentCase } from './sendRegistry';

/** A ЦОН sends a case when it is accepted, or corrected after a return as incomplete. */
const SENDABLE: readonly string[] = ['accepted', 'center-correcting'];
/** Steps a registry export takes at the ЦОН: into the registry (it closes on export), then dispatched. */
const EXPORT_STEPS: readonly CaseEvent[] = [{ type: 'add-to-registry' }, { type: 'dispatch' }];

export interface CaseFilter {
  /** Local dates 'YYYY-MM-DD' (Asia/Almaty), inclusive. */
  from?: string;
  to?: string;
  deskCode?: string;
}

function matches(row: CaseRow, filter: CaseFilter): boolean {
  const day = toAlmatyDate(row.acceptedAt);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  if (filter.deskCode && row.intake.deskCode !== filter.deskCode) return false;
  return true;
}

/** Cases a ЦОН main workstation may put in a registry for `districtCode`. */
export async function sendableCases(
  db: AppDatabase,
  office: OfficeConfig,
  districtCode: string,
  filter: CaseFilter = {},
): Promise<CaseRow[]> {
  const rows = await db.cases.where('districtOfficeCode').equals(districtCode).toArray();
  return rows
    .filter(
      (r) =>
        r.channel === 'center' &&
        r.acceptingOfficeCode === office.officeCode &&
        SENDABLE.includes(r.status) &&
        matches(r, filter),
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Results a district office sends back to the ЦОН that accepted the cases (decisions, returns). */
const RESULT_STATUSES: readonly string[] = ['result-sent-to-center', 'returned-incomplete'];

/** Cases a district office may put in a results registry for the ЦОН `centerCode`. */
export async function resultCases(
  db: AppDatabase,
  office: OfficeConfig,
  centerCode: string,
): Promise<CaseRow[]> {
  const sent = await sentRevisions(db, 'results');
  const rows = await db.cases.where('districtOfficeCode').equals(office.officeCode).toArray();
  return rows
    .filter(
      (r) =>
        r.channel === 'center' &&
        r.acceptingOfficeCode === centerCode &&
        RESULT_STATUSES.includes(r.status) &&
        (sent.get(r.id) ?? 0) < r.state.revisions.processing,
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Highest revision of the sender's part already sent per case, in registries of `kind`. */
async function sentRevisions(db: AppDatabase, kind: RegistryKind): Promise<Map<string, number>> {
  const sent = new Map<string, number>();
  const outs = await db.registries.where('direction').equals('out').toArray();
  for (const r of outs) {
    if (r.kind !== kind) continue;
    const revs = (r.report?.revisions ?? {}) as Record<string, number>;
    for (const id of r.caseIds) sent.set(id, Math.max(sent.get(id) ?? 0, revs[id] ?? 0));
  }
  return sent;
}

/** Cases a desk has accepted and not yet handed off at their current revision. */
export async function handoffCases(db: AppDatabase, office: OfficeConfig): Promise<CaseRow[]> {
  const sent = await sentRevisions(db, 'desk-handoff');
  const rows = await db.cases.toArray();
  return rows
    .filter(
      (r) =>
        r.acceptingOfficeCode === office.officeCode &&
        r.intake.deskCode === office.deskCode &&
        (sent.get(r.id) ?? 0) < r.state.revisions.intake,
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

export { nextSequence, pairKeyOf, registryNumberOf } from './numbers';

export type ExportError =
  | 'busy'
  | 'no-cases'
  | 'no-recipient-card'
  | 'keys-locked'
  | 'not-allowed'
  | 'changed-meanwhile'
  | 'lifecycle-refused'
  | 'cancelled';

export type ExportResult =
  { ok: true; registry: RegistryRow; fileName: string } | { ok: false; error: ExportError; caseId?: string };

export interface ExportInput {
  office: OfficeConfig;
  user: { id: string; roles: TransitionContext['actor']['roles'] };
  recipientCode: string;
  caseIds: readonly string[];
  /** The unlocked active key set (signing). */
  keys: UnwrappedKeys;
  now: Date;
  onProgress?: (p: Progress) => void;
  /** Cancels the export until its write transaction starts; then it completes. */
  signal?: AbortSignal;
}

const CHUNK = 250;

/**
 * Builds and records one registry (or, on a desk, one hand-off). Never runs twice at once: a second
 * call while one is running returns 'busy'.
 */
export function exportRegistry(db: AppDatabase, input: ExportInput): Promise<ExportResult> {
  return runExclusive('export', () => caughtAbort<ExportError, ExportResult>(() => doExport(db, input)), {
    ok: false,
    error: 'busy',
  } as const);
}

async function doExport(db: AppDatabase, input: ExportInput): Promise<ExportResult> {
  const { office, now } = input;
  const progress = input.onProgress ?? (() => {});
  const isDesk = office.workstation === 'desk';
  const recipientCode = isDesk ? office.officeCode : input.recipientCode;
  // The ownership model says what this office may send there (a payment request has its own flow).
  const kind = kindToSend({ officeCode: office.officeCode, desk: isDesk }, recipientCode);
  if (kind !== 'registry' && kind !== 'results' && kind !== 'desk-handoff')
    return { ok: false, error: 'not-allowed' };
  const isResults = kind === 'results';
  if (input.caseIds.length === 0) return { ok: false, error: 'no-cases' };
  const recipientCard = activeCardOf(await loadTrustStore(db), recipientCode);
  if (!recipientCard) return { ok: false, error: 'no-recipient-card' };
  if (input.keys.card.officeCode !== office.officeCode) return { ok: false, error: 'keys-locked' };

  // Only a ЦОН's registry takes lifecycle steps on export; a desk hands over as is, and a district
  // office has already recorded the decision or the return before sending the results back.
  const ctx = isDesk || isResults ? null : workflowContext(input.user, office, now.getTime());
  if (!isDesk && !isResults && !ctx) return { ok: false, error: 'not-allowed' };
  // The rules in force: cases from other offices may carry versions this office has no overrides for.
  const rules = await currentStepRules(db);

  // 1. Read every case and check it may go; plan the export steps (pure, in chunks).
  const ids = [...new Set(input.caseIds)].sort();
  const rows = await getInChunks(db.cases, ids);
  const read: CaseRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) return { ok: false, error: 'changed-meanwhile', caseId: ids[i] };
    const fits = isResults
      ? RESULT_STATUSES.includes(row.status) && row.acceptingOfficeCode === recipientCode
      : !ctx || (SENDABLE.includes(row.status) && row.districtOfficeCode === recipientCode);
    if (!fits) return { ok: false, error: 'changed-meanwhile', caseId: row.id };
    read.push(row);
  }
  const sent: SentCase[] = ctx
    ? await planSendSteps(db, read, EXPORT_STEPS, ctx, rules, progress, undefined, input.signal)
    : read.map((row) => ({ read: row, audit: [] }));
  const parts: RegistryCase[] = [];
  for (let i = 0; i < sent.length; i++) {
    const c = sent[i]!;
    const state = (c.stored ?? c.read).state;
    const owned = ownedParts({ id: c.read.id, intake: c.read.intake, state }, office.officeCode);
    if (owned.parts.length === 0) return { ok: false, error: 'not-allowed', caseId: c.read.id };
    parts.push(owned);
    if ((i + 1) % CHUNK === 0) await yieldToUi();
  }

  // 2. The file (in a worker), then one transaction.
  const { registry, fileName } = await sendRegistry(db, {
    kind,
    office,
    user: input.user,
    recipientCode,
    recipientCard,
    keys: input.keys,
    now,
    cases: sent,
    parts,
    report: () => ({
      revisions: Object.fromEntries(
        sent.map((c) => {
          const revisions = (c.stored ?? c.read).state.revisions;
          return [c.read.id, isResults ? revisions.processing : revisions.intake];
        }),
      ),
    }),
    progress,
    ...(input.signal ? { signal: input.signal } : {}),
  });
  return { ok: true, registry, fileName };
}
