/** Where main-process modules report refusals; injected so tests can assert on what was logged. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const consoleLogger: Logger = {
  info: (message, details) => console.info(`[main] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[main] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[main] ${message}`, details ?? ''),
};
