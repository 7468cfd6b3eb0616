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
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type {} from './bench/api';
import { firstScreen, heapPoller, LAUNCH_ARGS } from './bench/browser';
import { bundleSize, type BundleSize } from './bench/bundle';
import { emptyFigures, finite } from './bench/json';
import { currentLoad, machine, type Machine } from './bench/machine';
import { nodeBench } from './bench/node';
import { publish } from './bench/publish';
import { registrySection } from './bench/registry-rows';
import type { Row } from './bench/report';
import {
  closingNotes,
  firstScreenSection,
  heapAndBundleRows,
  nodeRow,
  receiptRow,
  SEARCH_LABEL,
  searchSection,
  seedRow,
  type Section,
} from './bench/rows';
import { serveStatic } from './bench/server';
import { ms, percentile } from './bench/stats';

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
  const rows: Row[] = [];
  const notes: string[] = [];
  const add = (section: Section) => {
    rows.push(...section.rows);
    notes.push(...section.notes);
  };
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
      add(firstScreenSection(await firstScreen(browser, `${web.url}/`)));
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
      rows.push(seedRow(seeded, n));
    });

    for (const [i, kind] of (['iin', 'surname', 'number'] as const).entries()) {
      await attempt(`journal search: ${SEARCH_LABEL[kind]}`, async () => {
        const s = await page.evaluate(([k, q, sd]) => window.bench.search(k, q, sd), [
          kind,
          QUERIES,
          SEED + 10 + i,
        ] as const);
        log(
          `search ${kind}: p50 ${ms(percentile(s.ms, 50))}, p95 ${ms(percentile(s.ms, 95))} (e.g. ${s.examples.join(', ')})`,
        );
        add(searchSection(kind, s, n, figures));
      });
    }

    await attempt('receipt PDF', async () => {
      log(`receipts: ${RECEIPTS} builds`);
      const receipts = await page.evaluate((c) => window.bench.receipts(c), RECEIPTS);
      log(`receipt p50 ${ms(percentile(receipts.ms, 50))}, first ${ms(receipts.firstMs)}`);
      rows.push(receiptRow(receipts));
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
      add(registrySection(reg, r, figures));
    });

    await attempt(`registry file in Node, ${r} cases`, async () => {
      log(`registry file of ${REGISTRY} cases in Node: build and preview (shared/registry alone)`);
      rows.push(nodeRow(await nodeBench(REGISTRY, SEED + 99), r));
    });

    const heapPage = await page.evaluate(() => window.bench.heap());
    const heapCdp = poller.stop();
    rows.push(...heapAndBundleRows(heapPage, heapCdp, bundle, figures));
    await page.evaluate(() => window.bench.cleanup());
    await context.close();
    // The first screen goes last in the table, as in the list.
    rows.push(...rows.splice(0, 1));
    const m: Machine = { ...info, chromium: chromiumVersion, loadEnd: currentLoad() };
    notes.push(
      ...closingNotes(bundle, m, {
        appMs: appBuildMs,
        pageMs: pageBuildMs,
        wholeMs: performance.now() - started,
      }),
    );
    const writeDoc = FULL || process.env.BENCH_WRITE === '1';
    await publish(ROOT, { rows, notes, figures, machine: m, failures, writeDoc }, log);
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
