/**
 * The one Web Worker module (issue 12) for the heavy work of registries: opening and checking a
 * file (`preview`), building a signed, encrypted file (`build`) and laying out the registry sheet
 * PDF (`sheet`). Each job's code is loaded on its first message, so a preview does not load pdf-lib;
 * messages of one job are handled in the order they came.
 */
import type { Job, JobEnvelope, JobHandler, Post } from './jobs';

interface WorkerScope {
  onmessage: ((event: MessageEvent<JobEnvelope>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const post: Post = (reply, transfer) => scope.postMessage(reply, transfer ?? []);

const loaders: Record<Job, () => Promise<JobHandler>> = {
  preview: async () => (await import('../registry/previewHandler')).previewHandler() as JobHandler,
  build: async () => (await import('../registry/buildHandler')).buildHandler() as JobHandler,
  sheet: async () => (await import('../print/registrySheetHandler')).sheetHandler() as JobHandler,
};
const handlers = new Map<Job, Promise<JobHandler>>();

scope.onmessage = (event) => {
  const { job, message } = event.data;
  let handler = handlers.get(job);
  if (!handler) {
    handler = loaders[job]();
    handlers.set(job, handler);
  }
  void handler.then((handle) => handle(message as never, post));
};
