/**
 * Starting the one worker module for a job (issue 12). The returned object looks like a Worker to
 * its caller, but wraps every message in the job's envelope. Null where Workers cannot run (unit
 * tests in Node) or the worker fails to start: the caller then does the work on this thread.
 */
import type { Job } from './jobs';

export interface JobWorker<In, Out> {
  postMessage(message: In, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Out>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export function startJobWorker<In, Out>(job: Job): JobWorker<In, Out> | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./heavyWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return {
    postMessage: (message, transfer) => worker.postMessage({ job, message }, transfer ?? []),
    terminate: () => worker.terminate(),
    get onmessage() {
      return worker.onmessage as ((event: MessageEvent<Out>) => void) | null;
    },
    set onmessage(handler) {
      worker.onmessage = handler as ((event: MessageEvent) => void) | null;
    },
    get onerror() {
      return worker.onerror as ((event: Event) => void) | null;
    },
    set onerror(handler) {
      worker.onerror = handler;
    },
  };
}
