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

export interface RegistryExchange {
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
}

/** The registry sheet through its Web Worker (issue 12). */
export interface SheetResult {
  /** First build: starts the worker, which loads its bundle and the fonts. */
  sheetMs: number;
  /** Second build in the warm worker. */
  sheetWarmMs: number;
  sheetBytes: number;
  sheetPages: number;
  /** Long tasks of the page's main thread during the first build. */
  sheetLongTasks: LongTaskWindow;
  sheetProgressReports: number;
  /** Workers started during both builds and how many answered (0 started: main thread). */
  sheetWorker: { started: number; answered: number; failed: number };
}

export type RegistryResult = RegistryExchange & SheetResult;

export interface BenchApi {
  seed(count: number, seed: number, chunk?: number): Promise<SeedResult>;
  search(kind: SearchKind, queries: number, seed: number): Promise<SearchResult>;
  receipts(count: number): Promise<ReceiptResult>;
  registry(count: number, seed: number): Promise<RegistryResult>;
  /** The registry sheet alone on generated cases (no database): a quick run of its figure. */
  sheet(count: number, seed: number): Promise<SheetResult>;
  cleanup(): Promise<void>;
  heap(): { peak: number; now: number };
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
