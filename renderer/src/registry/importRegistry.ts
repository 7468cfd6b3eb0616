/**
 * Importing a registry file (issue 5, item 4; issue 10). `previewRegistryFile` reads the trust store
 * and the import history, runs `previewImport` (every check, decryption and hash; no case is read
 * before the signature holds), then reads the local copies of the verified cases and makes the
 * ownership plan (`planImport`, shared/registry/plan.ts). It writes nothing. `applyImport` is a thin
 * writer of that plan in ONE Dexie transaction with nothing but Dexie calls inside: the merged cases,
 * the part snapshots, the file and the report, audit entries; cases arriving at a district office are
 * received there (lifecycle). Conflicts and refused parts are listed and never written.
 */
import { parseCaseNumber } from '@shared/case-number';
import type { CaseState } from '@shared/lifecycle';
import {
  historyEntryOf,
  planImport,
  previewImport,
  type ImportHistory,
  type ImportPlan,
  type ImportPreview,
  type LocalCase,
} from '@shared/registry';
import type { OwnDecryptionKey } from '@shared/registry/import';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';
import { loadRules } from '../rules/rules';
import type { CasePartRow, CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { toCaseRow } from '../cases/caseRow';
import { applyCaseEvent, recomputeDeadlines } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';
import type { Role } from '@shared/auth/roles';
import { loadTrustStore, sessionKeySets } from './identity';
import { localCaseState, PART_SCHEMAS } from './parts';
import { runExclusive, type Progress } from './progress';
import type { PreviewRequest, WorkerContext } from './previewWorker';

const RESULT_STEPS: Partial<Record<CaseState['status'], 'import-result' | 'receive-returned'>> = {
  'result-sent-to-center': 'import-result',
  'returned-incomplete': 'receive-returned',
};

/** A preview ready to apply: its plan is the ownership plan over the local copies. */
export type ReadyPreview = Omit<Extract<ImportPreview, { status: 'ready' }>, 'plan'> & { plan: ImportPlan };
export type RegistryPreview = Exclude<ImportPreview, { status: 'ready' }> | ReadyPreview;

export async function importHistory(db: AppDatabase): Promise<ImportHistory> {
  const rows = await db.registries.where('direction').equals('in').toArray();
  const files = new Map<string, string>();
  const lastSequence = new Map<string, number>();
  for (const r of rows) {
    files.set(r.fileId, r.contentHash);
    lastSequence.set(r.pairKey, Math.max(lastSequence.get(r.pairKey) ?? 0, r.sequence));
  }
  return { files, lastSequence };
}

/** Local copies of the cases a verified file names; never called before the signature holds. */
async function localCases(db: AppDatabase, numbers: readonly string[], officeCode: string) {
  const map = new Map<string, LocalCase>();
  const rows = await db.cases.bulkGet([...numbers]);
  for (const row of rows) {
    if (!row) continue;
    const snapshots = await db.caseParts.where('caseId').equals(row.id).toArray();
    map.set(row.id, {
      intake: row.intake,
      state: row.state,
      parts: localCaseState(row, snapshots, officeCode).parts,
      version: row.updatedAt,
    });
  }
  return map;
}

/** The ownership plan turns a verified preview into one ready to apply, or refuses the whole file. */
async function withPlan(
  db: AppDatabase,
  preview: ImportPreview,
  office: OfficeConfig,
): Promise<RegistryPreview> {
  if (preview.status !== 'ready') return preview;
  const local = await localCases(
    db,
    preview.cases.map((c) => c.number),
    office.officeCode,
  );
  const planned = planImport({
    manifest: preview.manifest,
    cases: preview.cases,
    local,
    self: office.officeCode,
  });
  if (!planned.ok) {
    return {
      status: 'refused',
      alreadyImported: false,
      checks: [...preview.checks, { id: 'ownership', ok: false, code: planned.refusal.code }],
      warnings: preview.warnings,
      fileId: preview.fileId,
      contentHash: preview.contentHash,
      manifest: preview.manifest,
      refusal: planned.refusal,
    };
  }
  return { ...preview, checks: [...preview.checks, { id: 'ownership', ok: true }], plan: planned.plan };
}

function previewHere(bytes: Uint8Array, ctx: WorkerContext): Promise<ImportPreview> {
  return previewImport(bytes, {
    ...ctx,
    now: new Date(ctx.now),
    partSchemas: PART_SCHEMAS,
    isValidCaseNumber: (digits) => parseCaseNumber(digits).ok,
  });
}

/**
 * Runs the preview in a Web Worker where there is one (the app); null where there is none (unit
 * tests in Node) or it failed to start, and the caller runs it here instead.
 */
function previewInWorker(bytes: Uint8Array, ctx: WorkerContext): Promise<ImportPreview | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const done = (result: ImportPreview | null) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<{ ok: boolean; preview?: ImportPreview }>) =>
      done(event.data.ok && event.data.preview ? event.data.preview : null);
    worker.onerror = () => done(null);
    const request: PreviewRequest = { bytes, ctx };
    worker.postMessage(request);
  });
}

export type PreviewOutcome = RegistryPreview | { status: 'busy' } | { status: 'keys-locked' };

/** Every check before anything is written; never runs twice at once. */
export function previewRegistryFile(
  db: AppDatabase,
  bytes: Uint8Array,
  office: OfficeConfig,
  now: Date,
  onProgress?: (p: Progress) => void,
): Promise<PreviewOutcome> {
  return runExclusive(
    'import',
    async (): Promise<PreviewOutcome> => {
      const keys: OwnDecryptionKey[] = sessionKeySets().flatMap((k) =>
        k.decryptionKey ? [{ keyId: k.keyId, decryptionKey: k.decryptionKey }] : [],
      );
      if (keys.length === 0) return { status: 'keys-locked' };
      onProgress?.({ phase: 'read', done: 0, total: 1 });
      // Only what verification needs; the cases an unsigned manifest names are read after it holds.
      const [trust, history] = await Promise.all([loadTrustStore(db), importHistory(db)]);
      onProgress?.({ phase: 'verify', done: 0, total: 1 });
      const ctx: WorkerContext = {
        trust,
        self: { officeCode: office.officeCode, keys },
        history,
        now: now.getTime(),
      };
      const verified = (await previewInWorker(bytes, ctx)) ?? (await previewHere(bytes, ctx));
      const preview = await withPlan(db, verified, office);
      onProgress?.({ phase: 'done', done: 1, total: 1 });
      return preview;
    },
    { status: 'busy' },
  );
}

export interface ImportReport {
  registryNumber: string;
  kind: string;
  sender: string;
  checks: ImportPreview['checks'];
  warnings: ImportPreview['warnings'];
  counts: ReadyPreview['plan']['counts'];
  conflicts: { caseNumber: string; part: string; action: string; reason?: string }[];
  inserted: string[];
  updated: string[];
  received: string[];
  notReceived: string[];
}

export type ApplyImportResult =
  | { ok: true; registry: RegistryRow; report: ImportReport }
  | { ok: false; error: 'busy' | 'already-imported' | 'changed-meanwhile' | 'deadlines' };

export interface ApplyImportInput {
  preview: ReadyPreview;
  bytes: Uint8Array;
  fileName: string;
  office: OfficeConfig;
  user: { id: string; roles: readonly Role[] };
  now: Date;
  /**
   * Called between cases inside the write transaction (a plain state setter: synchronous, it ends
   * nothing); the browser paints between IndexedDB requests.
   */
  onProgress?: (p: Progress) => void;
}

class Abort extends Error {
  constructor(readonly error: 'already-imported' | 'changed-meanwhile' | 'deadlines') {
    super(error);
  }
}

/** Writes a ready preview in one transaction; the same file again changes nothing. */
export function applyImport(db: AppDatabase, input: ApplyImportInput): Promise<ApplyImportResult> {
  return runExclusive('apply', () => doApply(db, input), { ok: false, error: 'busy' } as const);
}

async function doApply(db: AppDatabase, input: ApplyImportInput): Promise<ApplyImportResult> {
  const { preview, office, now } = input;
  const at = now.getTime();
  // The rules in force: cases from other offices may carry versions this office has no overrides for.
  const { catalogue, calendar } = await loadRules(db);
  const transit = (await getSetting(db, 'transitAllowanceWorkingDays')) ?? 0;
  const ctx = workflowContext({ id: input.user.id, roles: [...input.user.roles] }, office, at);
  const history = historyEntryOf(preview);
  const registryId = `in-${preview.fileId}`;
  const isDistrictReceipt = preview.manifest.kind === 'registry';
  const report: ImportReport = {
    registryNumber: preview.manifest.registryNumber,
    kind: preview.manifest.kind,
    sender: history.pairKey,
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
  };

  try {
    await db.transaction('rw', [db.cases, db.audit, db.registries, db.caseParts], async () => {
      if (await db.registries.where('fileId').equals(preview.fileId).first())
        throw new Abort('already-imported');
      const total = preview.plan.cases.length;
      let done = 0;
      for (const plan of preview.plan.cases) {
        if (done++ % 50 === 0) input.onProgress?.({ phase: 'apply', done, total });
        const write = plan.write;
        if (!write) continue;
        const writable = plan.parts.filter((p) => p.action === 'insert' || p.action === 'apply');
        const row = await db.cases.get(plan.number);
        // The plan was made against the local copy read before; it must not have changed since.
        if (plan.isNew !== !row || (row && row.updatedAt !== plan.localVersion))
          throw new Abort('changed-meanwhile');
        const { intake, state } = write;
        const snapshots: CasePartRow[] = writable.map((p) => ({
          caseId: plan.number,
          part: p.part,
          owner: p.incoming.owner,
          revision: p.incoming.revision,
          hash: p.incoming.hash,
          importedAt: at,
          registryId,
        }));
        const deadlines =
          recomputeDeadlines(catalogue, calendar, { intake }, state, [], transit) ?? row?.deadlines;
        if (!deadlines) throw new Abort('deadlines');
        // The row is stored under the signed manifest number, never under an id from the payload.
        await db.cases.put(toCaseRow(intake, state, deadlines, at, plan.number));
        await db.caseParts.bulkPut(snapshots);
        (row ? report.updated : report.inserted).push(plan.number);
        await db.audit.add({
          at,
          userId: input.user.id,
          action: 'registry.imported',
          caseId: plan.number,
          details: {
            registryId,
            registryNumber: registry.registryNumber,
            parts: writable.map((p) => `${p.part}:${p.action}`),
          },
        });
        // A package from the ЦОН arrives at the district office (3.1 B3): received, or left in
        // transit for a district specialist when the importing account may not take that step.
        if (isDistrictReceipt && state.status === 'in-transit') {
          const r = ctx
            ? await applyCaseEvent(db, plan.number, { type: 'receive-at-district' }, ctx, {
                catalogue,
                calendar,
                transitAllowanceWorkingDays: transit,
              })
            : null;
          (r?.ok ? report.received : report.notReceived).push(plan.number);
        }
        // Results back at the ЦОН (3.1 B8; 3.9 B5): the result waits for issue, a returned
        // package goes to correction.
        const back = preview.manifest.kind === 'results' ? RESULT_STEPS[state.status] : undefined;
        if (back) {
          const r = ctx
            ? await applyCaseEvent(db, plan.number, { type: back }, ctx, {
                catalogue,
                calendar,
                transitAllowanceWorkingDays: transit,
              })
            : null;
          (r?.ok ? report.received : report.notReceived).push(plan.number);
        }
      }
      registry.report = report as unknown as Record<string, unknown>;
      await db.registries.add(registry);
      await db.audit.add({
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
    });
  } catch (error) {
    if (error instanceof Abort) return { ok: false, error: error.error };
    throw error;
  }
  return { ok: true, registry, report };
}

/** Stored cases of a registry, for lists and custody. */
export async function registryCases(
  db: AppDatabase,
  registry: RegistryRow,
): Promise<(CaseRow | undefined)[]> {
  return db.cases.bulkGet(registry.caseIds);
}
