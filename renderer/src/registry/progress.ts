/**
 * Long registry work (issue 5, item 6): progress reports, a yield to the event loop between chunks
 * so the window keeps painting, and a guard so the same work cannot start twice at once.
 */
export interface Progress {
  phase: 'compile' | 'encrypt' | 'write' | 'read' | 'verify' | 'apply' | 'done';
  done: number;
  total: number;
}

/** Lets the browser paint and handle input before the next chunk. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const running = new Set<string>();

export function isRunning(name: string): boolean {
  return running.has(name);
}

/** Runs `work` unless work of the same name is already running; then returns `busy` at once. */
export async function runExclusive<T>(name: string, work: () => Promise<T>, busy: T): Promise<T> {
  if (running.has(name)) return busy;
  running.add(name);
  try {
    return await work();
  } finally {
    running.delete(name);
  }
}
