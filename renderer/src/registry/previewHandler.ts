/**
 * The import preview's worker job (issues 5, 12; run by workers/heavyWorker.ts): signature check,
 * decryption, schema validation and hashing of a large file, so the window keeps painting. The
 * context comes in as structured-clone data (Maps, CryptoKeys); the part schemas are rebuilt here,
 * since zod schemas cannot be cloned. The answer goes back in chunks of cases, so the main thread
 * never deserialises thousands of them in one task; the worker's own merge plan stays here (the
 * main thread plans ownership itself). Nothing here touches the database.
 */
import { parseCaseNumber } from '@shared/case-number';
import { previewImport, type ImportContext, type ImportPreview } from '@shared/registry';
import { PART_SCHEMAS } from './parts';

export type WorkerContext = Omit<ImportContext, 'partSchemas' | 'isValidCaseNumber' | 'now'> & {
  now: number;
};

export interface PreviewRequest {
  bytes: Uint8Array;
  ctx: WorkerContext;
}

/** head (the preview without its cases), then cases in chunks, then end; or failed. */
export type PreviewMessage =
  | { type: 'head'; preview: ImportPreview }
  | { type: 'cases'; cases: Extract<ImportPreview, { status: 'ready' }>['cases'] }
  | { type: 'end' }
  | { type: 'failed' };

export const PREVIEW_CHUNK = 500;

function answer(preview: ImportPreview, post: (m: PreviewMessage) => void) {
  if (preview.status !== 'ready') {
    post({ type: 'head', preview });
    post({ type: 'end' });
    return;
  }
  const empty = { cases: [], counts: preview.plan.counts, hasChanges: false, hasConflicts: false };
  post({ type: 'head', preview: { ...preview, cases: [], plan: empty } });
  for (let i = 0; i < preview.cases.length; i += PREVIEW_CHUNK)
    post({ type: 'cases', cases: preview.cases.slice(i, i + PREVIEW_CHUNK) });
  post({ type: 'end' });
}

export function previewHandler() {
  return (request: PreviewRequest, post: (m: PreviewMessage) => void): Promise<void> =>
    previewImport(request.bytes, {
      ...request.ctx,
      now: new Date(request.ctx.now),
      partSchemas: PART_SCHEMAS,
      isValidCaseNumber: (digits) => parseCaseNumber(digits).ok,
    }).then(
      (preview) => answer(preview, post),
      () => post({ type: 'failed' }),
    );
}
