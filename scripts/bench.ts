/**
 * `npm run bench` (issue 7, item 1): builds the renderer and the bench page, drives both in Debian
 * Chromium, prints a table of figures with their targets and (after a full-size run) rewrites
 * docs/performance.md. Targets are reported, never asserted.
 *
 * Environment: BENCH_CASES (default 100000) cases seeded for the journal; BENCH_REGISTRY (default
 * 5000) cases in the registry exchange; BENCH_QUERIES (default 200) searches of each kind;
 * BENCH_WRITE=1 writes docs/performance.md after a smaller run too; BENCH_SKIP_BUILD=1 reuses the last builds
 * (in $TMPDIR/almaty-social-services-bench, or BENCH_OUT); BENCH_JSON=<path> also writes the figures
 * as JSON (scripts/bench/json.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import type {} from './bench/api';
import { bundleSize, type BundleSize } from './bench/bundle';
import { emptyFigures, finite, writeFigures } from './bench/json';
import { currentLoad, machine, type Machine } from './bench/machine';
import { consoleTable, keptNotes, markdown, type Row } from './bench/report';
import { nodeBench } from './bench/node';
import { serveStatic } from './bench/server';
import { kb, mb, ms, percentile } from './bench/stats';

const ROOT = join(__dirname, '..');
// Outside the work tree: `eslint .` and `prettier --check .` would otherwise read the built bundles.
const OUT = process.env.BENCH_OUT ?? join(tmpdir(), 'almaty-social-services-bench');
const WEB_DIR = join(OUT, 'web');
const PAGE_DIR = join(OUT, 'page');
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};
const CASES = num('BENCH_CASES', 100_000);
const REGISTRY = num('BENCH_REGISTRY', 5000);
const QUERIES = num('BENCH_QUERIES', 200);
const RECEIPTS = num('BENCH_RECEIPTS', 40);
const SEED = 20260315;
const FULL = CASES >= 100_000 && REGISTRY >= 5000 && QUERIES >= 200;

const started = performance.now();
const log = (text: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

function build(config: string, outDir: string): number {
  const t0 = performance.now();
  execFileSync(
    VITE,
    ['build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return performance.now() - t0;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
];

async function firstScreen(browser: Browser, url: string, loads = 5): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Almaty' });
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .locator('[data-testid="setup-next"], [data-testid="sign-in-form"]')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    times.push(performance.now() - t0);
    await context.close();
  }
  return times;
}

/** Polls CDP's heap usage while the page works; the page samples performance.memory itself too. */
function heapPoller(cdp: CDPSession) {
  let peak = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    cdp
      .send('Runtime.getHeapUsage')
      .then((h) => (peak = Math.max(peak, h.usedSize)))
      .catch(() => {})
      .finally(() => (busy = false));
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

const longest = (t: { count: number; longest: number }) => (t.count === 0 ? 'none ≥ 50 ms' : ms(t.longest));

const phaseText = (phases: Record<string, number>) =>
  Object.entries(phases)
    .map(([phase, t]) => `${phase} ${ms(t)}`)
    .join(', ');

async function main() {
  const info = machine();
  log(
    `${info.cores} cores, ${info.memoryGiB} GiB, ${info.cpuModel}; load ${info.loadStart.join(' ')}; ` +
      `${CASES} cases, registry of ${REGISTRY}, ${QUERIES} queries per kind`,
  );

  let appBuildMs = Number.NaN;
  let pageBuildMs = Number.NaN;
  if (
    process.env.BENCH_SKIP_BUILD &&
    existsSync(join(WEB_DIR, 'index.html')) &&
    existsSync(join(PAGE_DIR, 'index.html'))
  ) {
    log(`reusing ${WEB_DIR} and ${PAGE_DIR}`);
  } else {
    log(`building the renderer (${WEB_DIR})`);
    appBuildMs = build('renderer/vite.config.mts', WEB_DIR);
    log(`renderer built in ${ms(appBuildMs)}; building the bench page (${PAGE_DIR})`);
    pageBuildMs = build('tests/bench/vite.bench.config.mts', PAGE_DIR);
    log(`bench page built in ${ms(pageBuildMs)}`);
  }
  const bundle: BundleSize = bundleSize(WEB_DIR);

  const web = await serveStatic(WEB_DIR);
  const benchSite = await serveStatic(PAGE_DIR);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
  const chromiumVersion = `Chromium ${browser.version()}`;
  const n = CASES.toLocaleString('en-US');
  const r = REGISTRY.toLocaleString('en-US');
  const chromiumPage = 'Chromium (bench page)';
  const rows: Row[] = [];
  const notes: string[] = [];
  const figures = emptyFigures();
  figures.cases = CASES;
  figures.entryJsGzipKB = finite(bundle.entryJsGzip / 1024);
  let failures = 0;
  /** Runs one phase; a failure becomes a row of the table and the other phases still run. */
  async function attempt(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      failures += 1;
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
      log(`${what} FAILED: ${message}`);
      rows.push({ what, figure: `failed: ${message}`, where: '—' });
    }
  }

  try {
    await attempt('navigation → first-run setup screen visible', async () => {
      log('first screen: 5 cold loads');
      const firstLoads = await firstScreen(browser, `${web.url}/`);
      const median = percentile(firstLoads, 50);
      rows.push({
        what: 'navigation → first-run setup screen visible (5 cold loads)',
        figure: `median ${ms(median)}, worst ${ms(Math.max(...firstLoads))}`,
        target: '≤ 1.5 s',
        met: median <= 1500,
        where: 'Chromium (built app)',
      });
      notes.push(`First-screen loads: ${firstLoads.map((t) => ms(t)).join(', ')}.`);
    });

    const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Almaty' });
    const page: Page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[page console] ${m.text()}`);
    });
    await page.goto(`${benchSite.url}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const poller = heapPoller(cdp);

    await attempt(`seed ${n} cases`, async () => {
      log(`seeding ${CASES} cases into IndexedDB`);
      const seeded = await page.evaluate(([c, s]) => window.bench.seed(c, s), [CASES, SEED] as const);
      log(
        `seeded ${seeded.stored} in ${ms(seeded.totalMs)} (write ${ms(seeded.writeMs)}, generate ${ms(seeded.generateMs)})`,
      );
      rows.push({
        what: `seed ${n} cases (bulkPut, chunks of ${seeded.chunk})`,
        figure: `${ms(seeded.writeMs)} write; ${ms(seeded.generateMs)} generation; ${ms(seeded.totalMs)} total`,
        where: chromiumPage,
      });
    });

    const label = { iin: 'IIN prefix', surname: 'surname prefix (folded)', number: 'case number' } as const;
    for (const [i, kind] of (['iin', 'surname', 'number'] as const).entries()) {
      await attempt(`journal search: ${label[kind]}`, async () => {
        const s = await page.evaluate(([k, q, sd]) => window.bench.search(k, q, sd), [
          kind,
          QUERIES,
          SEED + 10 + i,
        ] as const);
        const p95 = percentile(s.ms, 95);
        figures[`${kind}P95Ms`] = finite(p95);
        const target = kind === 'surname' ? 30 : 5;
        log(
          `search ${kind}: p50 ${ms(percentile(s.ms, 50))}, p95 ${ms(p95)} (e.g. ${s.examples.join(', ')})`,
        );
        rows.push({
          what: `journal search: ${label[kind]}, ${s.ms.length} queries at ${n}`,
          figure: `p50 ${ms(percentile(s.ms, 50))}, p95 ${ms(p95)} (median ${percentile(s.rows, 50)} rows returned)`,
          target: kind === 'surname' ? 'p95 ≤ 30 ms' : 'p95 < 5 ms',
          met: kind === 'surname' ? p95 <= target : p95 < target,
          where: chromiumPage,
        });
        notes.push(
          `Search ${kind}: e.g. «${s.examples.join('», «')}»; rows returned p50 ${percentile(s.rows, 50)}, max ${Math.max(...s.rows)}; ${s.truncated} of ${s.ms.length} queries had more matches than the journal's first page of ${s.page} rows (the rest is read as the list is scrolled).`,
        );
        if (s.keysMs.length > 0)
          notes.push(
            `The same surname prefixes walked on the index alone (primary keys, no rows read): p50 ${ms(percentile(s.keysMs, 50))}, p95 ${ms(percentile(s.keysMs, 95))}; matches per prefix p50 ${percentile(s.keysFound, 50)}, max ${Math.max(...s.keysFound)}.`,
          );
      });
    }

    await attempt('receipt PDF', async () => {
      log(`receipts: ${RECEIPTS} builds`);
      const receipts = await page.evaluate((c) => window.bench.receipts(c), RECEIPTS);
      log(`receipt p50 ${ms(percentile(receipts.ms, 50))}, first ${ms(receipts.firstMs)}`);
      rows.push({
        what: `receipt PDF (print kit, ${receipts.ms.length} builds ru/kk)`,
        figure: `p50 ${ms(percentile(receipts.ms, 50))}, p95 ${ms(percentile(receipts.ms, 95))}; first ${ms(receipts.firstMs)}; ${kb(receipts.bytes)}`,
        target: 'p50 ≤ 300 ms',
        met: percentile(receipts.ms, 50) <= 300,
        where: chromiumPage,
      });
    });

    await attempt(`registry exchange, ${r} cases`, async () => {
      log(`registry of ${REGISTRY} cases: export, import, raw bulkPut, sheet`);
      const reg = await page.evaluate(([c, s]) => window.bench.registry(c, s), [
        REGISTRY,
        SEED + 99,
      ] as const);
      log(
        `export ${ms(reg.exportMs)}, preview ${ms(reg.previewMs)}, apply ${ms(reg.applyMs)}, bulkPut ${ms(reg.bulkPutMs)}, sheet ${ms(reg.sheetMs)}`,
      );
      const importMs = reg.previewMs + reg.applyMs;
      const previewWhere =
        reg.previewWorker.answered > 0
          ? 'in a Web Worker'
          : reg.previewWorker.started > 0
            ? 'on the main thread after its worker failed'
            : 'on the main thread';
      const sheetInWorker = reg.sheetWorker.answered > 0 && reg.sheetWorker.failed === 0;
      const sheetWhere = sheetInWorker
        ? 'in a Web Worker'
        : reg.sheetWorker.started > 0
          ? 'on the main thread after its worker failed'
          : 'on the main thread';
      const ratio = importMs / reg.bulkPutMs;
      const importLongest = Math.max(reg.previewLongTasks.longest, reg.applyLongTasks.longest);
      figures.importRatio = finite(ratio, 2);
      figures.exportRatio = finite(reg.exportMs / reg.bulkPutMs, 2);
      figures.longestTaskImportMs = finite(importLongest);
      figures.longestTaskExportMs = finite(reg.exportLongTasks.longest);
      figures.sheetMs = finite(reg.sheetMs);
      rows.push(
        {
          what: `registry export, ${r} cases`,
          figure: `${ms(reg.exportMs)} (file ${mb(reg.fileBytes)}; longest task ${longest(reg.exportLongTasks)})`,
          where: chromiumPage,
        },
        {
          what: `registry import, ${r} cases (preview + apply)`,
          figure: `${ms(importMs)} (preview ${ms(reg.previewMs)} ${previewWhere}, apply ${ms(reg.applyMs)})`,
          where: chromiumPage,
        },
        {
          what: `raw Dexie bulkPut of the same ${r} rows`,
          figure: ms(reg.bulkPutMs),
          where: chromiumPage,
        },
        {
          what: 'import ÷ raw bulkPut',
          figure: `${ratio.toFixed(1)}× (apply alone ${(reg.applyMs / reg.bulkPutMs).toFixed(1)}×)`,
          target: '≤ 2×',
          met: ratio <= 2,
          where: chromiumPage,
        },
        {
          what: 'export ÷ raw bulkPut',
          figure: `${(reg.exportMs / reg.bulkPutMs).toFixed(1)}× (longest task ${longest(reg.exportLongTasks)})`,
          target: '≤ 3×, longest task ≤ 100 ms',
          met: reg.exportMs / reg.bulkPutMs <= 3 && reg.exportLongTasks.longest <= 100,
          where: chromiumPage,
        },
        {
          what: 'longest main-thread task during the import',
          figure:
            reg.previewLongTasks.count + reg.applyLongTasks.count === 0
              ? 'no task of 50 ms or more (preview and apply)'
              : `${ms(importLongest)} (preview: ${reg.previewLongTasks.count} long tasks, longest ${longest(reg.previewLongTasks)}; apply: ${reg.applyLongTasks.count}, longest ${longest(reg.applyLongTasks)})`,
          target: '≤ 100 ms',
          met: importLongest <= 100,
          where: chromiumPage,
        },
        {
          what: `registry sheet PDF, ${r} cases`,
          figure: `${ms(reg.sheetMs)} ${sheetWhere} (${reg.sheetPages} pages, ${mb(reg.sheetBytes)}; warm worker ${ms(reg.sheetWarmMs)}; longest main-thread task ${longest(reg.sheetLongTasks)})`,
          target: '≤ 1.5 s off the main thread, longest task ≤ 100 ms',
          met: reg.sheetMs <= 1500 && sheetInWorker && reg.sheetLongTasks.longest <= 100,
          where: chromiumPage,
        },
      );
      notes.push(
        `Phases (as the services report progress): export ${phaseText(reg.exportPhases)}; preview ${phaseText(reg.previewPhases)}; apply ${phaseText(reg.applyPhases)}.`,
        `Registry sheet: ${reg.sheetProgressReports} progress reports; main-thread long tasks ${reg.sheetLongTasks.count} (sum ${ms(reg.sheetLongTasks.total)}); ${reg.sheetWorker.started} worker(s) started for two builds.`,
        `Long tasks: export ${reg.exportLongTasks.count} (longest ${ms(reg.exportLongTasks.longest)} in ${reg.exportLongTasks.longestPhase || '-'}, sum ${ms(reg.exportLongTasks.total)}); preview ${reg.previewLongTasks.count} (longest in ${reg.previewLongTasks.longestPhase || '-'}, sum ${ms(reg.previewLongTasks.total)}); apply ${reg.applyLongTasks.count} (longest in ${reg.applyLongTasks.longestPhase || '-'}, sum ${ms(reg.applyLongTasks.total)}).`,
      );
    });

    await attempt(`registry file in Node, ${r} cases`, async () => {
      log(`registry file of ${REGISTRY} cases in Node: build and preview (shared/registry alone)`);
      const nr = await nodeBench(REGISTRY, SEED + 99);
      rows.push({
        what: `registry file alone, ${r} cases: build / preview`,
        figure: `${ms(nr.buildMs)} / ${ms(nr.previewMs)} (${mb(nr.fileBytes)})`,
        where: 'Node (shared/registry, no database)',
      });
    });

    const heapPage = await page.evaluate(() => window.bench.heap());
    const heapCdp = poller.stop();
    const heapPeak = Math.max(heapPage.peak, heapCdp);
    figures.peakHeapMB = finite(heapPeak / 1024 / 1024);
    await page.evaluate(() => window.bench.cleanup());
    await context.close();
    rows.push(
      {
        what: 'peak JS heap (bench page, whole run)',
        figure: `${mb(heapPeak)} (performance.memory ${mb(heapPage.peak)}, CDP ${mb(heapCdp)})`,
        target: '≤ 300 MB',
        met: heapPeak <= 300 * 1024 * 1024,
        where: chromiumPage,
      },
      {
        what: 'renderer bundle, gzipped (all files)',
        figure: `${kb(bundle.gzipTotal)} total; JS ${kb(bundle.jsGzip)}; entry JS ${kb(bundle.entryJsGzip)}; largest chunk ${bundle.largestJs.path} ${kb(bundle.largestJs.gzip)}`,
        target: 'entry JS ≤ 350 KB',
        met: bundle.entryJsGzip <= 350 * 1024,
        where: 'Node (zlib level 9)',
      },
    );
    // The first screen goes last in the table, as in the list.
    rows.push(...rows.splice(0, 1));
    const m: Machine = { ...info, chromium: chromiumVersion, loadEnd: currentLoad() };
    notes.push(
      `Bundle: ${bundle.files} files, ${kb(bundle.rawTotal)} before gzip; JavaScript ${kb(bundle.jsRaw)} before gzip.`,
      `Builds: renderer ${ms(appBuildMs)}, bench page ${ms(pageBuildMs)}; whole bench ${ms(performance.now() - started)}.`,
      m.loadStart[0]! > m.cores
        ? `The machine was shared while this ran (load average ${m.loadStart[0]} on ${m.cores} cores at the start): the times are pessimistic.`
        : `Load average ${m.loadStart[0]} on ${m.cores} cores at the start.`,
    );
    console.log('');
    console.log(consoleTable(rows));
    console.log('');
    for (const note of notes) console.log(`- ${note}`);
    if (process.env.BENCH_JSON) {
      writeFigures(process.env.BENCH_JSON, figures);
      log(`figures written to ${process.env.BENCH_JSON}`);
    }
    if (failures > 0) {
      log(`${failures} phase(s) failed: docs/performance.md left as it is`);
      process.exitCode = 1;
    } else if (FULL || process.env.BENCH_WRITE === '1') {
      const docPath = join(ROOT, 'docs', 'performance.md');
      const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
      const options = (await prettier.resolveConfig(docPath)) ?? {};
      const text = await prettier.format(markdown(rows, m, notes, keptNotes(previous)), {
        ...options,
        parser: 'markdown',
      });
      writeFileSync(docPath, text);
      log('docs/performance.md written');
    } else {
      log('smaller than a full run: docs/performance.md left as it is (BENCH_WRITE=1 writes it)');
    }
  } finally {
    await browser.close();
    await web.close();
    await benchSite.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
