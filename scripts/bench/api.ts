/**
 * What the bench page (tests/bench/page/bench.ts) exposes as `window.bench`, and what each call
 * returns: plain numbers, so Playwright can carry them out of the page.
 */
export interface SeedResult {
  count: number;
  generateMs: number;
  writeMs: number;
  totalMs: number;
  chunk: number;
  stored: number;
}

export type SearchKind = 'iin' | 'surname' | 'number';

export interface SearchResult {
  kind: SearchKind;
  ms: number[];
  rows: number[];
  examples: string[];
}

export interface ReceiptResult {
  firstMs: number;
  ms: number[];
  bytes: number;
}

export interface LongTaskWindow {
  count: number;
  longest: number;
  total: number;
}

export interface RegistryResult {
  cases: number;
  fileBytes: number;
  exportMs: number;
  exportLongTasks: LongTaskWindow;
  /** Time per progress phase the service reported ('start' = before its first report). */
  exportPhases: Record<string, number>;
  previewMs: number;
  previewLongTasks: LongTaskWindow;
  previewPhases: Record<string, number>;
  applyMs: number;
  applyLongTasks: LongTaskWindow;
  bulkPutMs: number;
  sheetMs: number;
  sheetBytes: number;
  sheetPages: number;
}

export interface BenchApi {
  seed(count: number, seed: number, chunk?: number): Promise<SeedResult>;
  search(kind: SearchKind, queries: number, seed: number): Promise<SearchResult>;
  receipts(count: number): Promise<ReceiptResult>;
  registry(count: number, seed: number): Promise<RegistryResult>;
  cleanup(): Promise<void>;
  heap(): { peak: number; now: number };
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
