/**
 * The one "send a registry" pipeline (issues 11, 12) for every kind an office sends: a ЦОН registry,
 * a desk hand-off, a district's results, a payment request. The caller says which cases go and
 * which step each takes; this module plans the steps (pure, in chunks), builds the signed and
 * encrypted file in a Web Worker, and only then records everything in ONE transaction: the cases
 * must be as read, the pair's sequence is raised, the steps are stored in bulk, the file and its
 * audit line are added. A refusal anywhere writes nothing.
 */
import type { CaseEvent, TransitionContext } from '@shared/lifecycle';
import type { OfficeCard } from '@shared/registry/identity';
import {
  buildRegistryFile,
  type BuildRegistryInput,
  type RegistryCase,
  type RegistryKind,
} from '@shared/registry';
import type { UnwrappedKeys } from '@shared/registry/identity';
import { planSteps, type StepRules } from '@shared/workflow/step';
import { toCaseRow } from '../cases/caseRow';
import type { AppDatabase } from '../db/database';
import { getInChunks } from '../db/bulkRead';
import type { AuditEvent, CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { clockHistories, writeStepRows } from '../workflow/applyEvent';
import { Abort } from './abort';
import type { BuildMessage, BuildReply } from './buildHandler';
import { startJobWorker } from '../workers/client';
import { nextSequence, pairKeyOf, registryNumberOf, sequenceKey } from './numbers';
import { yieldToUi, type Progress } from './progress';

/** A case that goes in the file: the row as read, and the row to store after its step (if any). */
export interface SentCase {
  read: CaseRow;
  stored?: CaseRow;
  audit: AuditEvent[];
}

const CHUNK = 100;

/**
 * Plans `events` on each row (the same events for every case; `auditExtra` per case). A refused
 * step refuses the whole send with that case's number.
 */
export async function planSendSteps(
  db: AppDatabase,
  rows: readonly CaseRow[],
  events: readonly CaseEvent[],
  ctx: TransitionContext,
  rules: StepRules,
  progress: (p: Progress) => void,
  auditExtra?: (row: CaseRow) => Record<string, unknown>,
  signal?: AbortSignal,
): Promise<SentCase[]> {
  const clocks = await clockHistories(
    db,
    rows.map((r) => r.id),
  );
  const out: SentCase[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const extra = auditExtra?.(row);
    const plan = planSteps(
      row,
      events,
      ctx,
      rules,
      clocks.get(row.id) ?? [],
      extra ? { auditExtra: extra } : {},
    );
    if (!plan.ok) throw new Abort('lifecycle-refused', row.id);
    out.push({
      read: row,
      stored: toCaseRow(plan.intake, plan.state, plan.deadlines, ctx.now),
      audit: plan.audit,
    });
    if ((i + 1) % CHUNK === 0) {
      progress({ phase: 'compile', done: i + 1, total: rows.length });
      await yieldToUi();
      if (signal?.aborted) throw new Abort('cancelled');
    }
  }
  return out;
}

/** Builds the file in the worker (workers/) where there is one; here where there is none (unit tests). */
function buildOffThread(input: BuildRegistryInput, signal?: AbortSignal): Promise<Uint8Array> {
  const worker = startJobWorker<BuildMessage, BuildReply>('build');
  if (!worker) return buildRegistryFile(input);
  return new Promise((resolve, reject) => {
    const cancel = () => {
      worker.terminate();
      reject(new Abort('cancelled'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    const done = (bytes: Uint8Array | null) => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      // A worker that failed leaves the work, and its error, to this thread.
      resolve(bytes ?? buildRegistryFile(input));
    };
    worker.onmessage = (event) => done(event.data.ok ? event.data.bytes : null);
    worker.onerror = () => done(null);
    const { cases, ...rest } = input;
    for (let i = 0; i < cases.length; i += CHUNK)
      worker.postMessage({ type: 'cases', cases: cases.slice(i, i + CHUNK) });
    worker.postMessage({ type: 'build', input: rest });
  });
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export interface SendInput {
  kind: RegistryKind;
  office: OfficeConfig;
  user: { id: string };
  recipientCode: string;
  recipientCard: OfficeCard;
  keys: UnwrappedKeys;
  now: Date;
  cases: readonly SentCase[];
  /** The owned parts of each case as they travel (after its step). */
  parts: readonly RegistryCase[];
  /** Kept on the registry row beside the file (revisions sent, amounts…). */
  report: (registry: Pick<RegistryRow, 'id' | 'registryNumber'>) => Record<string, unknown>;
  /** Facts added to each case's step audit lines once the file is numbered. */
  caseAudit?: (registry: Pick<RegistryRow, 'id' | 'registryNumber'>, row: CaseRow) => Record<string, unknown>;
  /** Extra facts of the `registry.exported` audit line. */
  auditDetails?: Record<string, unknown>;
  progress: (p: Progress) => void;
  /** Cancels until the write transaction starts (nothing is written then). */
  signal?: AbortSignal;
}

/** Builds, then records, one registry file. Throws `Abort` with the reason when it must not be sent. */
export async function sendRegistry(
  db: AppDatabase,
  input: SendInput,
): Promise<{ registry: RegistryRow; fileName: string }> {
  const { office, recipientCode, now, kind } = input;
  const total = input.cases.length;
  input.progress({ phase: 'encrypt', done: total, total });
  await yieldToUi();
  if (input.signal?.aborted) throw new Abort('cancelled');
  const isDesk = office.workstation === 'desk';
  const pairKey = pairKeyOf(office, recipientCode);
  const sequence = await nextSequence(db, pairKey);
  const registryNumber = registryNumberOf(office, recipientCode, sequence);
  const bytes = await buildOffThread(
    {
      kind,
      registryNumber,
      sequence,
      createdBy: input.user.id,
      cases: [...input.parts],
      sender: {
        officeCode: office.officeCode,
        ...(isDesk ? { deskCode: office.deskCode } : {}),
        keyId: input.keys.keyId,
        signingKey: input.keys.signingKey,
      },
      recipientCard: input.recipientCard,
      now,
    },
    input.signal,
  );
  const fileId = hex(bytes.subarray(12, 28));
  const contentHash = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice())));
  const fileName = `${registryNumber}.asreg`;
  const id = `out-${fileId}`;
  const ids = input.cases.map((c) => c.read.id);
  const registry: RegistryRow = {
    id,
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
    report: input.report({ id, registryNumber }),
  };
  const rows = input.cases.flatMap((c) => (c.stored ? [c.stored] : []));
  const stamp = input.caseAudit;
  const audit: AuditEvent[] = input.cases.flatMap((c) =>
    stamp ? c.audit.map((a) => ({ ...a, details: { ...a.details, ...stamp(registry, c.read) } })) : c.audit,
  );
  audit.push({
    at: now.getTime(),
    userId: input.user.id,
    action: 'registry.exported',
    details: {
      registryId: id,
      kind,
      registryNumber,
      recipient: recipientCode,
      count: ids.length,
      ...input.auditDetails,
    },
  });
  input.progress({ phase: 'write', done: 0, total });
  await yieldToUi();
  // The last moment to cancel: from here on the one transaction runs to its end.
  if (input.signal?.aborted) throw new Abort('cancelled');

  await db.transaction('rw', [db.cases, db.audit, db.registries, db.sequences], async () => {
    const seq = await db.sequences.get(sequenceKey(pairKey));
    if ((seq?.last ?? 0) >= sequence) throw new Abort('changed-meanwhile');
    const current = await getInChunks(db.cases, ids);
    const moved = current.findIndex((row, i) => row?.updatedAt !== input.cases[i]!.read.updatedAt);
    if (moved >= 0) throw new Abort('changed-meanwhile', ids[moved]);
    await db.sequences.put({ key: sequenceKey(pairKey), last: sequence });
    await db.registries.add(registry);
    await writeStepRows(db, rows, audit);
  });
  input.progress({ phase: 'done', done: total, total });
  return { registry, fileName };
}
