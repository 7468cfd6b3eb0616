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
  /** Rows returned per query (the journal's first page at most). */
  rows: number[];
  examples: string[];
  /** Queries with more matches than the journal's first page. */
  truncated: number;
  /** The journal's page size the queries asked for. */
  page: number;
  /** Surname only: the same prefix walked on the index alone (primary keys, no rows read). */
  keysMs: number[];
  keysFound: number[];
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
  /** The progress phase the longest task started in ('' when the work reports none). */
  longestPhase: string;
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
  applyPhases: Record<string, number>;
  /** Web Workers started during the preview, and how many answered or failed (0 started: main thread). */
  previewWorker: { started: number; answered: number; failed: number };
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
