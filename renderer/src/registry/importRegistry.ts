/**
 * Importing a registry file (issue 5, item 4; issue 10). `previewRegistryFile` reads the trust store
 * and the import history, runs `previewImport` (every check, decryption and hash; no case is read
 * before the signature holds), then reads the local copies of the verified cases and makes the
 * ownership plan (`planImport`, shared/registry/plan.ts). It writes nothing. `applyImport`
 * (applyImport.ts) writes that plan in bulk, in ONE transaction. Conflicts and refused parts are
 * listed and never written.
 */
import { parseCaseNumber } from '@shared/case-number';
import { previewImport, type ImportHistory, type ImportPreview, type LocalCase } from '@shared/registry';
import type { OwnDecryptionKey } from '@shared/registry/import';
import { planImportInChunks } from '@shared/registry/plan';
import type { AppDatabase } from '../db/database';
import { getInChunks } from '../db/bulkRead';
import type { CasePartRow, CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { loadTrustStore, sessionKeySets } from './identity';
import { localCaseState, PART_SCHEMAS } from './parts';
import { runExclusive, yieldToUi, type Progress } from './progress';
import type { PreviewMessage, PreviewRequest, WorkerContext } from './previewHandler';
import { startJobWorker } from '../workers/client';

import type { RegistryPreview } from './previewTypes';

export type { ReadyPreview, RegistryPreview } from './previewTypes';

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
  const rows = (await getInChunks(db.cases, numbers)).filter((r): r is CaseRow => r !== undefined);
  const snapshots = new Map<string, CasePartRow[]>();
  if (rows.length > 0) {
    for (const s of await db.caseParts
      .where('caseId')
      .anyOf(rows.map((r) => r.id))
      .toArray())
      snapshots.set(s.caseId, [...(snapshots.get(s.caseId) ?? []), s]);
  }
  for (const row of rows) {
    map.set(row.id, {
      intake: row.intake,
      state: row.state,
      parts: localCaseState(row, snapshots.get(row.id) ?? [], officeCode).parts,
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
  const planned = await planImportInChunks(
    { manifest: preview.manifest, cases: preview.cases, local, self: office.officeCode },
    yieldToUi,
  );
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
  const worker = startJobWorker<PreviewRequest, PreviewMessage>('preview');
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (result: ImportPreview | null) => {
      worker.terminate();
      resolve(result);
    };
    let head: ImportPreview | null = null;
    const cases: Extract<ImportPreview, { status: 'ready' }>['cases'] = [];
    worker.onmessage = (event) => {
      const m = event.data;
      if (m.type === 'head') head = m.preview;
      else if (m.type === 'cases') cases.push(...m.cases);
      else if (m.type === 'failed' || !head) done(null);
      else done(head.status === 'ready' ? { ...head, cases } : head);
    };
    worker.onerror = () => done(null);
    worker.postMessage({ bytes, ctx });
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

export { applyImport, type ApplyImportInput, type ApplyImportResult, type ImportReport } from './applyImport';

/** Stored cases of a registry, for lists and custody. */
export async function registryCases(
  db: AppDatabase,
  registry: RegistryRow,
): Promise<(CaseRow | undefined)[]> {
  return getInChunks(db.cases, registry.caseIds);
}
