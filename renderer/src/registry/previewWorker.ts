/**
 * The import preview off the main thread (issue 5, item 6): signature check, decryption, schema
 * validation and hashing of a large file run here, so the window keeps painting. The context comes
 * in as structured-clone data (Maps, CryptoKeys); the part schemas are rebuilt here, since zod
 * schemas cannot be cloned. Nothing here touches the database.
 */
import { parseCaseNumber } from '@shared/case-number';
import { previewImport, type ImportContext } from '@shared/registry';
import { PART_SCHEMAS } from './parts';

export type WorkerContext = Omit<ImportContext, 'partSchemas' | 'isValidCaseNumber' | 'now'> & {
  now: number;
};

export interface PreviewRequest {
  bytes: Uint8Array;
  ctx: WorkerContext;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { bytes, ctx } = event.data;
  void previewImport(bytes, {
    ...ctx,
    now: new Date(ctx.now),
    partSchemas: PART_SCHEMAS,
    isValidCaseNumber: (digits) => parseCaseNumber(digits).ok,
  }).then(
    (preview) => scope.postMessage({ ok: true, preview }),
    (error: unknown) => scope.postMessage({ ok: false, error: String(error) }),
  );
};
