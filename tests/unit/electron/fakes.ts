import { vi } from 'vitest';
import type { Logger } from '../../../electron/logger';

/** A logger that remembers what it was told, so tests can check refusals were logged. */
export function recordingLogger() {
  const entries: { level: 'info' | 'warn' | 'error'; message: string; details?: Record<string, unknown> }[] =
    [];
  const logger: Logger = {
    info: (message, details) => entries.push({ level: 'info', message, details }),
    warn: (message, details) => entries.push({ level: 'warn', message, details }),
    error: (message, details) => entries.push({ level: 'error', message, details }),
  };
  return { logger, entries };
}

type Listener = (event: unknown, ...args: unknown[]) => unknown;

/** ipcMain with only `handle`, plus a way to invoke a channel as a given frame would. */
export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    channels: () => [...handlers.keys()].sort(),
    invoke(channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) {
      const h = handlers.get(channel);
      if (!h) throw new Error(`no handler for ${channel}`);
      return Promise.resolve().then(() => h({ senderFrame: frame }, ...args));
    },
  };
}

export const APP_FRAME = { url: 'app://bundle/index.html', parent: null };

/** A minimal valid PDF header plus a body; the content does not matter to main. */
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%test\n');
