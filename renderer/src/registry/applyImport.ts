/**
 * Writing a verified registry import (issues 10, 12): the ownership plan of the preview
 * (shared/registry/plan.ts) is applied in bulk. Everything is computed first, in memory and in
 * chunks that let the window paint — the merged rows, the part snapshots, the audit lines and the
 * step a case takes on arrival (received at the district, a result back at the ЦОН), planned by the
 * one step planner — and then ONE transaction checks that nothing changed meanwhile and writes it
 * all with bulkPut/bulkAdd. All of it is written, or nothing.
 */
import type { Role } from '@shared/auth/roles';
import type { CaseEvent, CaseState } from '@shared/lifecycle';
import { historyEntryOf } from '@shared/registry';
import { planSteps, recomputeDeadlines } from '@shared/workflow/step';
import { toCaseRow } from '../cases/caseRow';
import type { AppDatabase } from '../db/database';
import { getInChunks } from '../db/bulkRead';
import type { AuditEvent, CasePartRow, CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { clockHistories, currentStepRules, writeStepRows } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';
import { Abort, caughtAbort } from './abort';
import type { ReadyPreview } from './previewTypes';
import { runExclusive, yieldToUi, type Progress } from './progress';

/** The step a case takes when it arrives here, by file kind and the status it arrives in. */
function arrivalStep(kind: string, status: CaseState['status']): CaseEvent | undefined {
  // A package from the ЦОН arrives at the district office (3.1 B3).
  if (kind === 'registry' && status === 'in-transit') return { type: 'receive-at-district' };
  // Results back at the ЦОН (3.1 B8; 3.9 B5): the result waits for issue, a return goes to correction.
  if (kind === 'results' && status === 'result-sent-to-center') return { type: 'import-result' };
  if (kind === 'results' && status === 'returned-incomplete') return { type: 'receive-returned' };
  return undefined;
}

export interface ImportReport {
  registryNumber: string;
  kind: string;
  sender: string;
  checks: ReadyPreview['checks'];
  warnings: ReadyPreview['warnings'];
  counts: ReadyPreview['plan']['counts'];
  conflicts: { caseNumber: string; part: string; action: string; reason?: string }[];
  inserted: string[];
  updated: string[];
  /** Cases that took their arrival step; `notReceived` wait for a person who may take it. */
  received: string[];
  notReceived: string[];
}

type ApplyError = 'already-imported' | 'changed-meanwhile' | 'deadlines';

export type ApplyImportResult =
  { ok: true; registry: RegistryRow; report: ImportReport } | { ok: false; error: 'busy' | ApplyError };

export interface ApplyImportInput {
  preview: ReadyPreview;
  bytes: Uint8Array;
  fileName: string;
  office: OfficeConfig;
  user: { id: string; roles: readonly Role[] };
  now: Date;
  /** A plain state setter (synchronous): called between chunks of the work. */
  onProgress?: (p: Progress) => void;
}

/** Cases computed per chunk before the window may paint again. */
const CHUNK = 100;

/** Writes a ready preview in one transaction; the same file again changes nothing. */
export function applyImport(db: AppDatabase, input: ApplyImportInput): Promise<ApplyImportResult> {
  return runExclusive('apply', () => caughtAbort<ApplyError, ApplyImportResult>(() => doApply(db, input)), {
    ok: false,
    error: 'busy',
  } as const);
}

function reportOf(preview: ReadyPreview, sender: string): ImportReport {
  return {
    registryNumber: preview.manifest.registryNumber,
    kind: preview.manifest.kind,
    sender,
    checks: preview.checks,
    warnings: preview.warnings,
    counts: preview.plan.counts,
    conflicts: preview.plan.cases.flatMap((c) =>
      c.parts
        .filter((p) => p.action === 'conflict' || p.action === 'not-owner')
        .map((p) => ({
          caseNumber: p.caseNumber,
          part: p.part,
          action: p.action,
          ...(p.reason ? { reason: p.reason } : {}),
        })),
    ),
    inserted: [],
    updated: [],
    received: [],
    notReceived: [],
  };
}

async function doApply(db: AppDatabase, input: ApplyImportInput): Promise<ApplyImportResult> {
  const { preview, office, now } = input;
  const at = now.getTime();
  const progress = input.onProgress ?? (() => {});
  // The rules in force: cases from other offices may carry versions this office has no overrides for.
  const rules = await currentStepRules(db);
  const ctx = workflowContext({ id: input.user.id, roles: [...input.user.roles] }, office, at);
  const history = historyEntryOf(preview);
  const registryId = `in-${preview.fileId}`;
  const report = reportOf(preview, history.pairKey);

  // 1. Compute every write, outside the transaction (the file is checked again inside it).
  if (await db.registries.where('fileId').equals(preview.fileId).first()) throw new Abort('already-imported');
  const planned = preview.plan.cases.filter((c) => c.write);
  const numbers = planned.map((c) => c.number);
  const local = await getInChunks(db.cases, numbers);
  const clocks = await clockHistories(
    db,
    numbers.filter((_, i) => local[i]),
  );
  const rows: CaseRow[] = [];
  const parts: CasePartRow[] = [];
  const audit: AuditEvent[] = [];
  const expected: (number | undefined)[] = [];
  for (let i = 0; i < planned.length; i++) {
    const plan = planned[i]!;
    const row = local[i];
    // The plan was made against the local copy the preview read; it must not have changed since.
    if (plan.isNew !== !row || (row && row.updatedAt !== plan.localVersion))
      throw new Abort('changed-meanwhile');
    expected.push(row?.updatedAt);
    const { intake, state } = plan.write!;
    const writable = plan.parts.filter((p) => p.action === 'insert' || p.action === 'apply');
    for (const p of writable) {
      parts.push({
        caseId: plan.number,
        part: p.part,
        owner: p.incoming.owner,
        revision: p.incoming.revision,
        hash: p.incoming.hash,
        importedAt: at,
        registryId,
      });
    }
    const deadlines = recomputeDeadlines(rules, intake, state, []) ?? row?.deadlines;
    if (!deadlines) throw new Abort('deadlines');
    // The row is stored under the signed manifest number, never under an id from the payload.
    let stored = toCaseRow(intake, state, deadlines, at, plan.number);
    (row ? report.updated : report.inserted).push(plan.number);
    const imported = {
      registryId,
      registryNumber: preview.manifest.registryNumber,
      parts: writable.map((p) => `${p.part}:${p.action}`),
    };
    // A case that takes its arrival step records the file in that step's audit line: one line per
    // case, not two (an audit row costs as much to write as half a case row).
    const step = arrivalStep(preview.manifest.kind, state.status);
    const taken =
      step && ctx
        ? planSteps(stored, [step], ctx, rules, clocks.get(plan.number) ?? [], { auditExtra: imported })
        : null;
    if (taken?.ok) {
      stored = toCaseRow(taken.intake, taken.state, taken.deadlines, at, plan.number);
      audit.push(...taken.audit);
    } else {
      audit.push({
        at,
        userId: input.user.id,
        action: 'registry.imported',
        caseId: plan.number,
        details: imported,
      });
    }
    // Left waiting when the importing account may not take the step (a district specialist will).
    if (step) (taken?.ok ? report.received : report.notReceived).push(plan.number);
    rows.push(stored);
    if ((i + 1) % CHUNK === 0) {
      progress({ phase: 'apply', done: i + 1, total: planned.length });
      await yieldToUi();
    }
  }
  const registry: RegistryRow = {
    id: registryId,
    direction: 'in',
    kind: preview.manifest.kind,
    registryNumber: preview.manifest.registryNumber,
    sequence: preview.manifest.sequence,
    pairKey: history.pairKey,
    fileId: preview.fileId,
    contentHash: preview.contentHash,
    fileName: input.fileName,
    caseIds: preview.manifest.cases.map((c) => c.number),
    senderOfficeCode: preview.manifest.sender.officeCode,
    recipientOfficeCode: preview.manifest.recipient.officeCode,
    createdAt: at,
    createdBy: input.user.id,
    status: 'imported',
    bytes: input.bytes,
    report: report as unknown as Record<string, unknown>,
  };
  audit.push({
    at,
    userId: input.user.id,
    action: 'registry.imported',
    details: {
      registryId,
      registryNumber: registry.registryNumber,
      kind: registry.kind,
      sender: history.pairKey,
      sequence: history.sequence,
      counts: preview.plan.counts,
      warnings: preview.warnings.map((w) => w.code),
    },
  });
  progress({ phase: 'write', done: 0, total: planned.length });
  await yieldToUi();

  // 2. One transaction, Dexie calls only: nothing changed meanwhile, then every write in bulk.
  await db.transaction('rw', [db.cases, db.audit, db.registries, db.caseParts], async () => {
    if (await db.registries.where('fileId').equals(preview.fileId).first())
      throw new Abort('already-imported');
    const now = await getInChunks(db.cases, numbers);
    if (now.some((row, i) => row?.updatedAt !== expected[i])) throw new Abort('changed-meanwhile');
    await writeStepRows(db, rows, []);
    for (let i = 0; i < parts.length; i += 1000) await db.caseParts.bulkPut(parts.slice(i, i + 1000));
    await db.registries.add(registry);
    await writeStepRows(db, [], audit);
  });
  progress({ phase: 'done', done: planned.length, total: planned.length });
  return { ok: true, registry, report };
}
