/**
 * The bench's figures as table rows and notes, one function per phase (the registry exchange in
 * registry-rows.ts). Each returns what it adds; bench.ts runs the phases and collects the result.
 */
import type { BundleSize } from './bundle';
import type { ReceiptResult, SearchKind, SearchResult, SeedResult } from './api';
import { finite, type Figures } from './json';
import type { Machine } from './machine';
import type { NodeResult } from './node';
import type { Row } from './report';
import { kb, mb, ms, percentile } from './stats';

export interface Section {
  rows: Row[];
  notes: string[];
}

export const CHROMIUM_PAGE = 'Chromium (bench page)';

export function firstScreenSection(firstLoads: readonly number[]): Section {
  const median = percentile(firstLoads, 50);
  return {
    rows: [
      {
        what: 'navigation → first-run setup screen visible (5 cold loads)',
        figure: `median ${ms(median)}, worst ${ms(Math.max(...firstLoads))}`,
        target: '≤ 1.5 s',
        met: median <= 1500,
        where: 'Chromium (built app)',
      },
    ],
    notes: [`First-screen loads: ${firstLoads.map((t) => ms(t)).join(', ')}.`],
  };
}

export const seedRow = (seeded: SeedResult, n: string): Row => ({
  what: `seed ${n} cases (bulkPut, chunks of ${seeded.chunk})`,
  figure: `${ms(seeded.writeMs)} write; ${ms(seeded.generateMs)} generation; ${ms(seeded.totalMs)} total`,
  where: CHROMIUM_PAGE,
});

export const SEARCH_LABEL = {
  iin: 'IIN prefix',
  surname: 'surname prefix (folded)',
  number: 'case number',
} as const;

/** One kind of journal search; its p95 goes into `figures`. */
export function searchSection(kind: SearchKind, s: SearchResult, n: string, figures: Figures): Section {
  const p95 = percentile(s.ms, 95);
  figures[`${kind}P95Ms`] = finite(p95);
  const target = kind === 'surname' ? 30 : 5;
  const notes = [
    `Search ${kind}: e.g. «${s.examples.join('», «')}»; rows returned p50 ${percentile(s.rows, 50)}, max ${Math.max(...s.rows)}; ${s.truncated} of ${s.ms.length} queries had more matches than the journal's first page of ${s.page} rows (the rest is read as the list is scrolled).`,
  ];
  if (s.keysMs.length > 0)
    notes.push(
      `The same surname prefixes walked on the index alone (primary keys, no rows read): p50 ${ms(percentile(s.keysMs, 50))}, p95 ${ms(percentile(s.keysMs, 95))}; matches per prefix p50 ${percentile(s.keysFound, 50)}, max ${Math.max(...s.keysFound)}.`,
    );
  return {
    rows: [
      {
        what: `journal search: ${SEARCH_LABEL[kind]}, ${s.ms.length} queries at ${n}`,
        figure: `p50 ${ms(percentile(s.ms, 50))}, p95 ${ms(p95)} (median ${percentile(s.rows, 50)} rows returned)`,
        target: kind === 'surname' ? 'p95 ≤ 30 ms' : 'p95 < 5 ms',
        met: kind === 'surname' ? p95 <= target : p95 < target,
        where: CHROMIUM_PAGE,
      },
    ],
    notes,
  };
}

export const receiptRow = (receipts: ReceiptResult): Row => ({
  what: `receipt PDF (print kit, ${receipts.ms.length} builds ru/kk)`,
  figure: `p50 ${ms(percentile(receipts.ms, 50))}, p95 ${ms(percentile(receipts.ms, 95))}; first ${ms(receipts.firstMs)}; ${kb(receipts.bytes)}`,
  target: 'p50 ≤ 300 ms',
  met: percentile(receipts.ms, 50) <= 300,
  where: CHROMIUM_PAGE,
});

export const nodeRow = (nr: NodeResult, r: string): Row => ({
  what: `registry file alone, ${r} cases: build / preview`,
  figure: `${ms(nr.buildMs)} / ${ms(nr.previewMs)} (${mb(nr.fileBytes)})`,
  where: 'Node (shared/registry, no database)',
});

/** Peak heap (page and CDP) and the bundle size; the peak goes into `figures`. */
export function heapAndBundleRows(
  heapPage: { peak: number },
  heapCdp: number,
  bundle: BundleSize,
  figures: Figures,
): Row[] {
  const heapPeak = Math.max(heapPage.peak, heapCdp);
  figures.peakHeapMB = finite(heapPeak / 1024 / 1024);
  return [
    {
      what: 'peak JS heap (bench page, whole run)',
      figure: `${mb(heapPeak)} (performance.memory ${mb(heapPage.peak)}, CDP ${mb(heapCdp)})`,
      target: '≤ 300 MB',
      met: heapPeak <= 300 * 1024 * 1024,
      where: CHROMIUM_PAGE,
    },
    {
      what: 'renderer bundle, gzipped (all files)',
      figure: `${kb(bundle.gzipTotal)} total; JS ${kb(bundle.jsGzip)}; entry JS ${kb(bundle.entryJsGzip)}; largest chunk ${bundle.largestJs.path} ${kb(bundle.largestJs.gzip)}`,
      target: 'entry JS ≤ 350 KB',
      met: bundle.entryJsGzip <= 350 * 1024,
      where: 'Node (zlib level 9)',
    },
  ];
}

/** Bundle, build times and the machine's load: the notes that close the run. */
export function closingNotes(
  bundle: BundleSize,
  m: Machine,
  builds: { appMs: number; pageMs: number; wholeMs: number },
): string[] {
  return [
    `Bundle: ${bundle.files} files, ${kb(bundle.rawTotal)} before gzip; JavaScript ${kb(bundle.jsRaw)} before gzip.`,
    `Builds: renderer ${ms(builds.appMs)}, bench page ${ms(builds.pageMs)}; whole bench ${ms(builds.wholeMs)}.`,
    m.loadStart[0]! > m.cores
      ? `The machine was shared while this ran (load average ${m.loadStart[0]} on ${m.cores} cores at the start): the times are pessimistic.`
      : `Load average ${m.loadStart[0]} on ${m.cores} cores at the start.`,
  ];
}
