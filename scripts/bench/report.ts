/** The bench's figures as a console table and as docs/performance.md. */
import type { Machine } from './machine';
import { kb, mb, ms } from './stats';

export interface Row {
  what: string;
  figure: string;
  target?: string;
  /** undefined: no target for this figure. */
  met?: boolean;
  where: string;
}

export function targetCell(r: Row): string {
  if (r.target === undefined) return '';
  return `${r.target} — ${r.met ? 'met' : 'NOT met'}`;
}

export function consoleTable(rows: readonly Row[]): string {
  const cols = [
    rows.map((r) => r.what),
    rows.map((r) => r.figure),
    rows.map(targetCell),
    rows.map((r) => r.where),
  ];
  const head = ['figure', 'value', 'target', 'measured in'];
  const widths = cols.map((c, i) => Math.max(head[i]!.length, ...c.map((s) => s.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  return [
    line(head),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map((_, i) => line(cols.map((c) => c[i]!))),
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** Below this line docs/performance.md is written by hand; the bench keeps it when it rewrites the file. */
export const KEPT_MARKER = '<!-- Written by hand below this line: npm run bench keeps it. -->';

export function keptNotes(previous: string): string {
  const at = previous.indexOf(KEPT_MARKER);
  return at < 0 ? '' : previous.slice(at + KEPT_MARKER.length).trim();
}

export function markdown(rows: readonly Row[], m: Machine, notes: readonly string[], kept = ''): string {
  const table = [
    '| figure | value | target | measured in |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${cell(r.what)} | ${cell(r.figure)} | ${cell(targetCell(r))} | ${cell(r.where)} |`),
  ].join('\n');
  return `# Performance

Figures of \`npm run bench\` (issue 7, item 1). The bench rewrites this file after a full-size run
(100,000 cases); a smaller run (\`BENCH_CASES=5000 npm run bench\`) only prints its table unless
\`BENCH_WRITE=1\` is set. Targets are reported, never asserted: the bench is not part of \`npm test\`.

## Latest run

- Date: ${m.date}
- Machine: ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.cpuModel}
- Load average (1, 5, 15 min): ${m.loadStart.join(', ')} at the start, ${m.loadEnd.join(', ')} at the end
- Node ${m.node}, ${m.chromium} (headless, \`/usr/bin/chromium\`)

${table}

${notes.map((n) => `- ${n}`).join('\n')}

## How it is measured

- **Build.** \`scripts/bench.ts\` builds the renderer exactly as the app ships it
  (\`vite build --config renderer/vite.config.mts\`, into a folder under the system's temporary directory) and the bench page
  (\`tests/bench/page\`, built by \`tests/bench/vite.bench.config.mts\`), which imports
  the renderer's own services and \`shared/\` modules but is no part of the app bundle. Both are served
  by a small static server on 127.0.0.1 (\`scripts/bench/server.ts\`) and driven by Playwright in Debian
  Chromium with the e2e launch flags plus \`--enable-precise-memory-info\`.
- **Seed.** Generated cases (\`tests/bench/page/generate.ts\`, fixed seed): Russian and Kazakh names in
  male and female forms, valid IINs, all nine services on every channel the catalogue opens for them,
  statuses spread along each channel's path, acceptance dates from January 2025 to November 2026.
  Each row goes through the intake schema, \`openCase\`, the deadline rules and \`toCaseRow\`, and is
  written with \`bulkPut\` in chunks of 2,000 into the app's schema (\`AppDatabase\`) in the page's real
  IndexedDB. The table gives the write time; generation time is given apart.
- **Journal search.** \`queryJournal\` (renderer/src/journal/query.ts) as the journal calls it when a search is typed (its first page, \`JOURNAL_PAGE\` = 100 rows; the list reads further pages as it is scrolled, up to 500),
  terms taken from 1% of the seeded cases: an IIN prefix of 6 to 12 digits, a surname prefix of 4 to 6
  letters typed as on a Russian keyboard («Касым» finds «Қасымов» through the fold), a full case
  number with its dashes. Wall time of each query in the page (\`performance.now()\`), p50 and p95.
- **Receipt.** \`buildCaseDocument('receipt', …)\` through the renderer's print kit (lazy pdf-lib,
  fontkit, bwip-js, DejaVu fonts fetched once and cached), alternating Russian and Kazakh, on seeded
  ЦОН cases; the first build, which loads the kit and fonts, is reported apart.
- **Registry.** Two offices in the same page, each its own \`AppDatabase\` with first-run setup, wrapped
  keys and the partner's card trusted: the ЦОН (22) holds N accepted cases for district office 12.
  Export = \`exportRegistry\` (lifecycle steps, sign, encrypt, one write transaction). Import =
  \`previewRegistryFile\` (every check, decryption, validation, merge plan; writes nothing) +
  \`applyImport\` (one transaction, with the district's receipt step per case). The raw \`bulkPut\` writes
  the same case rows, as the import stored them, into an empty database of the same schema, in the
  same run. The registry sheet is \`startRegistrySheet\` (renderer/src/print/registrySheetJob.ts), as the
  registry screens print it: \`buildRegistrySheet\` (shared/print) in its Web Worker, which fetches the
  fonts itself, on the exported registry's cases. The figure is the first build (the worker starts,
  loads its bundle and the fonts), with the second build in the warm worker and the page's long tasks
  during the first beside it.
- **Registry file alone (Node).** \`buildRegistryFile\` and \`previewImport\` of shared/registry on the
  same generated cases in Node, with no database and no lifecycle steps: the cost of the file format
  and its cryptography by itself. The PDFs are measured in Chromium only (shared/print imports
  \`bwip-js/generic\`, which bwip-js exports to ES modules only, and tsx runs the project as CommonJS).
- **Long tasks.** A \`PerformanceObserver\` of type \`longtask\` in the page while each phase runs.
- **Peak JS heap.** The larger of \`performance.memory.usedJSHeapSize\` sampled in the page (every
  100 ms and after each chunk) and CDP \`Runtime.getHeapUsage\` polled from Node every 500 ms, over
  the whole page run (seed, searches, receipts, registry).
- **Bundle.** Every file of the app's build output gzipped with node:zlib at level 9 and summed; the
  JavaScript total, the largest chunk and the chunks \`index.html\` loads before any lazy import.
- **First screen.** Five cold loads, each in a fresh browser context (empty cache, empty database):
  from just before \`page.goto\` until the first-run setup's Next button (or the sign-in form) is
  visible. The figure is the median; all five are listed in the notes.

${KEPT_MARKER}

${kept}
`;
}

export { kb, mb, ms };
