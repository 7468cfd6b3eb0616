/**
 * Builds a registry sheet PDF in the Web Worker (workers/, job `sheet`) with progress and cancel
 * (issue 12). Where there is no Worker (unit tests in Node) or it fails to start, the sheet is
 * built here on the main thread through the print kit, with the same progress reports; cancel then
 * only drops the result. One worker is kept warm between sheets (its bundle and fonts loaded);
 * cancelling terminates it.
 */
import type { Lang } from '@shared/i18n/lang';
import type { RegistrySheetData } from '@shared/print/documents/registry-sheet';
import { loadPrintKit, loadPrintLabels, printFontUrls } from './printKit';
import type { SheetReply, SheetRequest, WarmRequest } from './registrySheetHandler';
import { startJobWorker } from '../workers/client';

export class SheetCancelled extends Error {
  constructor() {
    super('The registry sheet was cancelled');
    this.name = 'SheetCancelled';
  }
}

/** What the job needs of a Worker; tests pass one that calls the handler directly. */
export interface SheetWorker {
  postMessage(message: SheetRequest | WarmRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SheetReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface SheetJob {
  promise: Promise<Uint8Array>;
  /** Stops the build: the worker is terminated and `promise` rejects with SheetCancelled. */
  cancel(): void;
}

export interface SheetJobOptions {
  onProgress?: (done: number, total: number) => void;
  /** Null where no worker can run; defaults to the module worker of this folder. */
  createWorker?: () => SheetWorker | null;
}

function defaultWorker(): SheetWorker | null {
  return startJobWorker<SheetRequest | WarmRequest, SheetReply>('sheet');
}

let warm: SheetWorker | undefined;
let nextId = 1;

/**
 * Starts the sheet worker ahead of a print (the registry screens call it when they show a registry
 * that has a sheet): its bundle, the fonts and a one-row sheet are done by the time the user prints.
 */
export function warmRegistrySheet(lang: Lang): void {
  if (warm) return;
  const worker = defaultWorker();
  if (!worker) return;
  warm = worker;
  worker.onerror = () => {
    worker.terminate();
    if (warm === worker) warm = undefined;
  };
  void loadPrintLabels(lang).then((labels) =>
    worker.postMessage({ type: 'warm', id: 0, lang, labels, fontUrls: printFontUrls() }),
  );
}

export function startRegistrySheet(
  data: RegistrySheetData,
  lang: Lang,
  options: SheetJobOptions = {},
): SheetJob {
  let cancelled = false;
  let worker: SheetWorker | null = null;
  const progress = (done: number, total: number) => {
    if (!cancelled) options.onProgress?.(done, total);
  };

  const onMainThread = async (): Promise<Uint8Array> => {
    const kit = await loadPrintKit(lang);
    if (cancelled) throw new SheetCancelled();
    const bytes = await kit.print.buildRegistrySheet(data, kit.ctx, { onProgress: progress });
    if (cancelled) throw new SheetCancelled();
    return bytes;
  };

  const inWorker = (w: SheetWorker, labels: SheetRequest['labels']): Promise<Uint8Array> =>
    new Promise<Uint8Array>((resolve, reject) => {
      const id = nextId++;
      let answered = false;
      w.onmessage = (event) => {
        const reply = event.data;
        // Job ids start at 1: the warm-up's `ready` (id 0) is not for a job.
        if (reply.id !== id || reply.type === 'ready' || cancelled) return;
        answered = true;
        if (reply.type === 'progress') progress(reply.done, reply.total);
        else {
          w.onmessage = null;
          w.onerror = null;
          if (options.createWorker || warm) w.terminate();
          else warm = w;
          if (reply.type === 'done') resolve(reply.bytes);
          else reject(new Error(reply.message));
        }
      };
      // A worker that cannot start (blocked script, old host) answers nothing: build here instead.
      w.onerror = () => {
        w.terminate();
        if (answered) reject(new Error('The registry sheet worker stopped'));
        else onMainThread().then(resolve, reject);
      };
      w.postMessage({ type: 'build', id, data, lang, labels, fontUrls: printFontUrls() });
    });

  const run = async (): Promise<Uint8Array> => {
    if (options.createWorker) worker = options.createWorker();
    else {
      worker = warm ?? defaultWorker();
      warm = undefined;
    }
    if (!worker) return onMainThread();
    const labels = await loadPrintLabels(lang);
    if (cancelled) throw new SheetCancelled();
    return inWorker(worker, labels);
  };

  let rejectJob: (error: Error) => void = () => {};
  const promise = new Promise<Uint8Array>((resolve, reject) => {
    rejectJob = reject;
    run().then(resolve, reject);
  });
  return {
    promise,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      worker?.terminate();
      rejectJob(new SheetCancelled());
    },
  };
}
