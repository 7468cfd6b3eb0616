/**
 * Compiling and exporting a registry (issue 5, items 2-3): the ЦОН accumulation department sends
 * the accepted cases of one district office; an intake desk hands its accepted cases to its main
 * workstation. The lifecycle steps are computed first (pure), the file is built from the resulting
 * states (crypto), and only then one Dexie transaction records the registry, raises the pair's
 * sequence and stores the same steps with their audit entries (docs/architecture.md, traps).
 */
import { nextRegistrySequence } from '@shared/backup/registry-numbers';
import { lifecycleStepLimits } from '@shared/deadlines';
import { toAlmatyDate } from '@shared/time/almaty';
import { transition, type CaseEvent, type CaseState, type TransitionContext } from '@shared/lifecycle';
import {
  buildRegistryFile,
  kindToSend,
  sequencePairKey,
  type RegistryCase,
  type RegistryKind,
} from '@shared/registry';
import { activeCardOf, type UnwrappedKeys } from '@shared/registry/identity';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';
import { loadRules } from '../rules/rules';
import type { CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { applyCaseEvent } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';
import { loadTrustStore } from './identity';
import { ownedParts } from './parts';
import { runExclusive, yieldToUi, type Progress } from './progress';

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

export function pairKeyOf(office: OfficeConfig, recipientCode: string): string {
  const desk = office.workstation === 'desk';
  return sequencePairKey({
    sender: { officeCode: office.officeCode, ...(desk ? { deskCode: office.deskCode } : {}), keyId: '' },
    recipient: { officeCode: recipientCode, keyId: '' },
  });
}

const sequenceKey = (pairKey: string) => `registry:${pairKey}`;

/** The next number for a pair, inside the restore epoch's band so a restored backup never reissues one. */
export async function nextSequence(db: AppDatabase, pairKey: string): Promise<number> {
  const epoch = (await getSetting(db, 'caseNumberEpoch')) ?? 0;
  return nextRegistrySequence((await db.sequences.get(sequenceKey(pairKey)))?.last ?? 0, epoch);
}

export function registryNumberOf(office: OfficeConfig, recipientCode: string, sequence: number): string {
  const from = office.workstation === 'desk' ? `${office.officeCode}${office.deskCode}` : office.officeCode;
  return `${from}-${recipientCode}-${String(sequence).padStart(4, '0')}`;
}

export type ExportError =
  | 'busy'
  | 'no-cases'
  | 'no-recipient-card'
  | 'keys-locked'
  | 'not-allowed'
  | 'changed-meanwhile'
  | 'lifecycle-refused';

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
}

class Abort extends Error {
  constructor(
    readonly error: ExportError,
    readonly caseId?: string,
  ) {
    super(error);
  }
}

const CHUNK = 200;

/**
 * Builds and records one registry (or, on a desk, one hand-off). Never runs twice at once: a second
 * call while one is running returns 'busy'.
 */
export function exportRegistry(db: AppDatabase, input: ExportInput): Promise<ExportResult> {
  return runExclusive('export', () => doExport(db, input), { ok: false, error: 'busy' } as const);
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
  const { catalogue, calendar } = await loadRules(db);
  const transit = (await getSetting(db, 'transitAllowanceWorkingDays')) ?? 0;

  // 1. Read and step every case (pure), in chunks so the window stays responsive.
  const ids = [...new Set(input.caseIds)].sort();
  const rows = await db.cases.bulkGet(ids);
  const cases: RegistryCase[] = [];
  const expected = new Map<string, { updatedAt: number; state: CaseState }>();
  const total = ids.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) return { ok: false, error: 'changed-meanwhile', caseId: ids[i] };
    let state = row.state;
    if (isResults && (!RESULT_STATUSES.includes(row.status) || row.acceptingOfficeCode !== recipientCode)) {
      return { ok: false, error: 'changed-meanwhile', caseId: row.id };
    }
    if (ctx) {
      if (!SENDABLE.includes(row.status) || row.districtOfficeCode !== recipientCode) {
        return { ok: false, error: 'changed-meanwhile', caseId: row.id };
      }
      for (const event of EXPORT_STEPS) {
        const r = transition(state, event, {
          ...ctx,
          stepLimits: lifecycleStepLimits(catalogue, row.channel),
        });
        if (!r.ok) return { ok: false, error: 'lifecycle-refused', caseId: row.id };
        state = r.state;
      }
    }
    expected.set(row.id, { updatedAt: row.updatedAt, state });
    const parts = ownedParts({ id: row.id, intake: row.intake, state }, office.officeCode);
    if (parts.parts.length === 0) return { ok: false, error: 'not-allowed', caseId: row.id };
    cases.push(parts);
    if ((i + 1) % CHUNK === 0) {
      progress({ phase: 'compile', done: i + 1, total });
      await yieldToUi();
    }
  }
  progress({ phase: 'encrypt', done: total, total });
  await yieldToUi();

  // 2. Crypto, before any write.
  const pairKey = pairKeyOf(office, recipientCode);
  const sequence = await nextSequence(db, pairKey);
  const registryNumber = registryNumberOf(office, recipientCode, sequence);
  const bytes = await buildRegistryFile({
    kind,
    registryNumber,
    sequence,
    createdBy: input.user.id,
    cases,
    sender: {
      officeCode: office.officeCode,
      ...(isDesk ? { deskCode: office.deskCode } : {}),
      keyId: input.keys.keyId,
      signingKey: input.keys.signingKey,
    },
    recipientCard,
    now,
  });
  const fileId = Array.from(bytes.subarray(12, 28), (b) => b.toString(16).padStart(2, '0')).join('');
  const contentHash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice())), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  const fileName = `${registryNumber}.asreg`;
  const registry: RegistryRow = {
    id: `out-${fileId}`,
    direction: 'out',
    kind,
    registryNumber,
    sequence,
    pairKey,
    fileId,
    contentHash,
    fileName,
    caseIds: ids,
    senderOfficeCode: office.officeCode,
    recipientOfficeCode: recipientCode,
    createdAt: now.getTime(),
    createdBy: input.user.id,
    status: 'sent',
    bytes,
    report: {
      revisions: Object.fromEntries(
        cases.map((c) => {
          const revisions = expected.get(c.number)!.state.revisions;
          return [c.number, isResults ? revisions.processing : revisions.intake];
        }),
      ),
    },
  };
  progress({ phase: 'write', done: 0, total });
  await yieldToUi();

  // 3. One transaction: Dexie calls only.
  try {
    await db.transaction('rw', [db.cases, db.audit, db.registries, db.sequences], async () => {
      const seq = await db.sequences.get(sequenceKey(pairKey));
      if ((seq?.last ?? 0) >= sequence) throw new Abort('changed-meanwhile');
      for (const id of ids) {
        const row = await db.cases.get(id);
        const want = expected.get(id)!;
        if (!row || row.updatedAt !== want.updatedAt) throw new Abort('changed-meanwhile', id);
        if (!ctx) continue;
        for (const event of EXPORT_STEPS) {
          const r = await applyCaseEvent(db, id, event, ctx, {
            catalogue,
            calendar,
            transitAllowanceWorkingDays: transit,
          });
          if (!r.ok) throw new Abort('lifecycle-refused', id);
        }
        const stored = await db.cases.get(id);
        if (stored?.state.revisions.intake !== want.state.revisions.intake)
          throw new Abort('changed-meanwhile', id);
      }
      await db.sequences.put({ key: sequenceKey(pairKey), last: sequence });
      await db.registries.add(registry);
      await db.audit.add({
        at: now.getTime(),
        userId: input.user.id,
        action: 'registry.exported',
        details: {
          registryId: registry.id,
          kind,
          registryNumber,
          recipient: recipientCode,
          count: ids.length,
        },
      });
    });
  } catch (error) {
    if (error instanceof Abort)
      return { ok: false, error: error.error, ...(error.caseId ? { caseId: error.caseId } : {}) };
    throw error;
  }
  progress({ phase: 'done', done: total, total });
  return { ok: true, registry, fileName };
}
