/**
 * The bench page (issue 7, item 1): the app's own services and shared modules on the real
 * IndexedDB of Debian Chromium, driven by scripts/bench.ts through `window.bench`. Not part of the
 * app bundle: tests/bench/vite.bench.config.mts builds it on its own.
 *
 * Every function returns plain figures (milliseconds from performance.now()); the driver computes
 * percentiles and prints the table.
 */
import { Dexie } from 'dexie';
import { PDFDocument } from 'pdf-lib';
import { AppDatabase } from '@renderer/db/database';
import { openDataKey } from '@renderer/db/atRest/session';
import { generateRawDataKey } from '@shared/at-rest';
import { getSetting } from '@renderer/db/settings';
import type { CaseRow, OfficeConfig } from '@renderer/db/types';
import { JOURNAL_PAGE, queryJournal } from '@renderer/journal/query';
import { completeSetup } from '@renderer/store/setup';
import {
  createOfficeIdentity,
  forgetSessionKeys,
  previewCard,
  trustCard,
  unlockKeys,
} from '@renderer/registry/identity';
import { exportRegistry, sendableCases } from '@renderer/registry/exportRegistry';
import { applyImport, previewRegistryFile, type ReadyPreview } from '@renderer/registry/importRegistry';
import { buildCaseDocument, printOffice } from '@renderer/print/caseDocuments';
import type { Progress } from '@renderer/registry/progress';
// The app's own i18n (namespaces on demand), as the app builds receipts.
import { fixedT } from '@renderer/i18n/app';
import type { RegistrySheetData } from '@shared/print/documents/registry-sheet';
import { startRegistrySheet } from '@renderer/print/registrySheetJob';
import { formatCaseNumber } from '@shared/case-number';
import { surnameWithInitials } from '@shared/case/intake';
import { defaultCatalogue, getService } from '@shared/catalogue';
import { officeByCode } from '@shared/directory/offices';
import { foldSurname } from '@shared/case/search';
import type { Role } from '@shared/auth/roles';
import type {
  BenchApi,
  LongTaskWindow,
  ReceiptResult,
  RegistryResult,
  SearchKind,
  SearchResult,
  SeedResult,
  SheetResult,
} from '../../../scripts/bench/api';
import { caseGenerator, randomStream } from './generate';

const JOURNAL_DB = 'bench-journal';
const TODAY = '2026-11-26';
const NOW = new Date(Date.UTC(2026, 10, 26, 5, 0));

// ---------- heap and long tasks ----------

interface MemoryInfo {
  usedJSHeapSize: number;
}
const memory = (): number => (performance as unknown as { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? 0;
let heapPeak = 0;
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, memory());
};
setInterval(sampleHeap, 100);

/** Observes long tasks (≥ 50 ms, Chromium's definition) while `work` runs. */
async function withLongTasks<T>(
  work: () => Promise<T>,
  clock?: { phaseAt: (t: number) => string },
): Promise<{ result: T; tasks: LongTaskWindow }> {
  const tasks: LongTaskWindow = { count: 0, longest: 0, total: 0, longestPhase: '' };
  let longestStart = 0;
  const count = (e: PerformanceEntry) => {
    tasks.count += 1;
    tasks.total += e.duration;
    if (e.duration > tasks.longest) longestStart = e.startTime;
    tasks.longest = Math.max(tasks.longest, e.duration);
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) count(e);
  });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    const result = await work();
    // Entries are delivered after the task ends: give the observer a turn.
    await new Promise((r) => setTimeout(r, 50));
    for (const e of observer.takeRecords()) count(e);
    if (clock && tasks.count > 0) tasks.longestPhase = clock.phaseAt(longestStart);
    return { result, tasks };
  } finally {
    observer.disconnect();
  }
}

/** Milliseconds spent in each progress phase the service reports (first report of a phase → next phase). */
function phaseClock() {
  const marks: { phase: string; at: number }[] = [];
  const t0 = performance.now();
  return {
    onProgress: (p: Progress) => {
      if (marks.at(-1)?.phase !== p.phase) marks.push({ phase: p.phase, at: performance.now() });
    },
    /** The phase that was running at `t` (performance.now time). */
    phaseAt: (t: number): string => [...marks].reverse().find((m) => m.at <= t)?.phase ?? 'start',
    phases: (): Record<string, number> => {
      const out: Record<string, number> = {};
      let prev = { phase: 'start', at: t0 };
      for (const m of marks) {
        out[prev.phase] = (out[prev.phase] ?? 0) + m.at - prev.at;
        prev = m;
      }
      return out;
    },
  };
}

/** Counts Web Workers the services start, and which of them answered: did the preview leave the main thread? */
const workers = { started: 0, answered: 0, failed: 0 };
class CountingWorker extends Worker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workers.started += 1;
    // Workers answer { ok }, end a reply sent in chunks with { type: 'end' } (the import preview),
    // or finish with { type: 'done' } after progress (the registry sheet).
    this.addEventListener('message', (e: MessageEvent<{ ok?: boolean; type?: string }>) => {
      if (e.data?.ok || e.data?.type === 'end' || e.data?.type === 'done') workers.answered += 1;
    });
    this.addEventListener('error', () => (workers.failed += 1));
  }
}
window.Worker = CountingWorker;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const t0 = performance.now();
  const result = await work();
  return { result, ms: performance.now() - t0 };
}

// ---------- journal ----------

let journal: AppDatabase | undefined;
let samples: CaseRow[] = [];

/** Fresh database, then `count` generated cases written with bulkPut in chunks. */
async function seed(count: number, seedValue: number, chunk = 2000): Promise<SeedResult> {
  journal?.close();
  await Dexie.delete(JOURNAL_DB);
  journal = new AppDatabase(JOURNAL_DB);
  // Encryption at rest on, as in the app (issue 13): an installation's data key in memory.
  journal.atRest.set(generateRawDataKey());
  await journal.open();
  const gen = caseGenerator(seedValue);
  const keep = randomStream(seedValue + 1);
  samples = [];
  let generateMs = 0;
  let writeMs = 0;
  const t0 = performance.now();
  for (let done = 0; done < count; done += chunk) {
    const n = Math.min(chunk, count - done);
    const g0 = performance.now();
    const rows: CaseRow[] = new Array(n);
    for (let i = 0; i < n; i++) rows[i] = gen.next();
    const g1 = performance.now();
    await journal.cases.bulkPut(rows);
    writeMs += performance.now() - g1;
    generateMs += g1 - g0;
    for (const r of rows) if (keep() < 0.01) samples.push(r);
    sampleHeap();
  }
  const totalMs = performance.now() - t0;
  return { count, generateMs, writeMs, totalMs, chunk, stored: await journal.cases.count() };
}

/** `queries` searches of one kind through queryJournal, terms taken from seeded cases. */
async function search(kind: SearchKind, queries: number, seedValue: number): Promise<SearchResult> {
  if (!journal) throw new Error('seed first');
  const rnd = randomStream(seedValue);
  const ms: number[] = [];
  const rows: number[] = [];
  const examples: string[] = [];
  const keysMs: number[] = [];
  const keysFound: number[] = [];
  let truncated = 0;
  for (let q = 0; q < queries; q++) {
    const row = samples[Math.floor(rnd() * samples.length)]!;
    let text: string;
    if (kind === 'iin') text = row.iin.slice(0, 6 + Math.floor(rnd() * 7));
    else if (kind === 'number') text = formatCaseNumber(row.id);
    else {
      // As typed on a Russian keyboard: «Касым» for «Қасымов»; the fold makes it match.
      const fold = foldSurname(row.intake.applicant.surname);
      text = fold.slice(0, Math.min(fold.length, 4 + Math.floor(rnd() * 3)));
      text = text[0]!.toUpperCase() + text.slice(1);
    }
    if (examples.length < 4) examples.push(text);
    const t0 = performance.now();
    // As the journal asks when a search is typed: its first page (issue 12).
    const result = await queryJournal(journal, { search: text, today: TODAY, limit: JOURNAL_PAGE });
    ms.push(performance.now() - t0);
    rows.push(result.rows.length);
    if (result.truncated) truncated += 1;
    if (kind === 'surname') {
      // The same prefix walked on the index alone (keys, no rows): what an index-only search costs.
      const k0 = performance.now();
      const keys = await journal.cases.where('surnameFold').startsWith(foldSurname(text)).primaryKeys();
      keysMs.push(performance.now() - k0);
      keysFound.push(keys.length);
    }
    if (result.rows.length === 0) throw new Error(`search ${kind} "${text}" found nothing`);
  }
  sampleHeap();
  return { kind, ms, rows, examples, truncated, page: JOURNAL_PAGE, keysMs, keysFound };
}

// ---------- receipt ----------

/** Receipt PDFs of seeded ЦОН cases through the print kit (fonts fetched once, then cached). */
async function receipts(count: number): Promise<ReceiptResult> {
  const rows = samples.filter((r) => r.channel === 'center');
  if (rows.length === 0) throw new Error('no ЦОН case among the samples');
  const t = await fixedT('ru', 'intake');
  const first = await timed(() => buildCaseDocument('receipt', rows[0]!, 'ru', t));
  // Kazakh labels load on first use too: warm them outside the measured builds.
  await buildCaseDocument('receipt', rows[0]!, 'kk', await fixedT('kk', 'intake'));
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const row = rows[i % rows.length]!;
    const lang = i % 2 === 0 ? 'ru' : 'kk';
    const tl = await fixedT(lang, 'intake');
    const r = await timed(() => buildCaseDocument('receipt', row, lang, tl));
    ms.push(r.ms);
    bytes = r.result.bytes.length;
    sampleHeap();
  }
  return { firstMs: first.ms, ms, bytes };
}

// ---------- registry exchange ----------

const PASS = 'bench passphrase 2026';

interface Office {
  db: AppDatabase;
  office: OfficeConfig;
  user: { id: string; roles: Role[] };
}

async function office(name: string, officeCode: string, roles: Role[]): Promise<Office> {
  await Dexie.delete(name);
  const db = new AppDatabase(name);
  const setup = await completeSetup(
    db,
    {
      lang: 'ru',
      officeCode,
      workstation: 'main',
      deskCode: '',
      admin: { login: 'admin', fullName: 'Сейтова Айгуль Маратовна', password: PASS, passwordRepeat: PASS },
      iterations: 1000,
    },
    NOW.getTime() - 86_400_000,
  );
  if (!setup.ok) throw new Error(`setup ${officeCode}: ${JSON.stringify(setup.errors)}`);
  // Signed in: the data key unwrapped from the administrator's password, as at sign-in.
  const opened = await openDataKey(db, setup.adminId, PASS, NOW.getTime());
  if (opened === 'no-key') throw new Error(`data key ${officeCode}: no wrap`);
  const config = (await getSetting(db, 'office'))!;
  const made = await createOfficeIdentity(db, {
    office: config,
    passphrase: PASS,
    passphraseRepeat: PASS,
    userId: setup.adminId,
    now: NOW,
    iterations: 1000,
  });
  if (!made.ok) throw new Error(`keys ${officeCode}: ${made.code}`);
  return { db, office: config, user: { id: setup.adminId, roles: ['admin', ...roles] } };
}

async function trust(to: Office, from: Office): Promise<void> {
  const card = (await from.db.officeKeys.toArray())[0]!.card;
  const preview = await previewCard(to.db, JSON.parse(JSON.stringify(card)), to.office, NOW);
  if (!preview.ok) throw new Error(`trust: ${preview.code}`);
  await trustCard(to.db, preview, to.user.id, NOW);
}

/**
 * The registry sheet as the registry screens print it (issue 12): `startRegistrySheet` builds it in
 * the sheet's Web Worker (fonts fetched there), reporting progress. Timed twice: the first build
 * starts the worker (its bundle and the fonts), the second reuses the warm worker. Long tasks are
 * those of this page's main thread while the first build runs (in the full run the receipts have
 * loaded the print kit on the main thread before; a quick `sheet()` run in a fresh page has not).
 */
async function sheetRun(data: RegistrySheetData): Promise<SheetResult> {
  // Nothing of the print kit is loaded here first: the screens hand the sheet to the worker, which
  // loads pdf-lib and the fonts itself; the main thread only reads the labels.
  const before = { ...workers };
  let progressReports = 0;
  const first = await withLongTasks(() =>
    timed(() => startRegistrySheet(data, 'ru', { onProgress: () => (progressReports += 1) }).promise),
  );
  const warm = await timed(() => startRegistrySheet(data, 'ru').promise);
  const bytes = first.result.result;
  return {
    sheetMs: first.result.ms,
    sheetWarmMs: warm.ms,
    sheetBytes: bytes.length,
    sheetPages: (await PDFDocument.load(bytes)).getPageCount(),
    sheetLongTasks: first.tasks,
    sheetProgressReports: progressReports,
    sheetWorker: {
      started: workers.started - before.started,
      answered: workers.answered - before.answered,
      failed: workers.failed - before.failed,
    },
  };
}

/** The sheet alone on `count` generated cases, without the registry exchange (for quick runs). */
async function sheet(count: number, seedValue: number): Promise<SheetResult> {
  const gen = caseGenerator(seedValue);
  const catalogue = defaultCatalogue();
  const rows = Array.from({ length: count }, () =>
    gen.next({ channel: 'center', acceptingOfficeCode: '22', districtOfficeCode: '12', openOnly: true }),
  );
  return sheetRun({
    registryNumber: '22-12-000001',
    sender: printOffice(officeByCode('22')!),
    recipient: printOffice(officeByCode('12')!),
    createdAt: NOW.getTime(),
    createdBy: 'Сейтова Айгуль Маратовна',
    rows: rows.map((r) => ({
      caseNumber: { digits: r.id, display: formatCaseNumber(r.id) },
      serviceName: getService(catalogue, r.serviceId).name,
      applicantShort: surnameWithInitials(r.intake.applicant),
      documentsCount: r.intake.documents.length,
    })),
  });
}

/**
 * A ЦОН (22) sends `count` accepted cases to a district office (12): export (steps, sign, encrypt,
 * one write transaction), then the district's preview (every check) and apply (one transaction),
 * then a raw Dexie bulkPut of the same case rows into a fresh database of the same schema, and the
 * registry sheet PDF of the registry.
 */
async function registry(count: number, seedValue: number): Promise<RegistryResult> {
  forgetSessionKeys();
  const center = await office('bench-center', '22', ['accumulation-inspector']);
  const district = await office('bench-district', '12', ['district-specialist']);
  await trust(center, district);
  await trust(district, center);
  const gen = caseGenerator(seedValue);
  const rows: CaseRow[] = [];
  for (let i = 0; i < count; i++)
    rows.push(
      gen.next({
        channel: 'center',
        acceptingOfficeCode: '22',
        districtOfficeCode: '12',
        openOnly: true,
        from: Date.UTC(2026, 10, 2, 3),
        to: Date.UTC(2026, 10, 24, 12),
      }),
    );
  await center.db.cases.bulkPut(rows);
  sampleHeap();

  const sendable = await sendableCases(center.db, center.office, '12');
  if (sendable.length !== count) throw new Error(`sendable ${sendable.length} of ${count}`);
  const centerKeys = await unlockKeys(center.db, PASS);
  if (!centerKeys.ok) throw new Error(`unlock center: ${centerKeys.code}`);
  const exportPhases = phaseClock();
  const exported = await withLongTasks(
    () =>
      timed(() =>
        exportRegistry(center.db, {
          office: center.office,
          user: center.user,
          recipientCode: '12',
          caseIds: sendable.map((c) => c.id),
          keys: centerKeys.keys[0]!,
          now: NOW,
          onProgress: exportPhases.onProgress,
        }),
      ),
    exportPhases,
  );
  const out = exported.result.result;
  if (!out.ok) throw new Error(`export: ${out.error} ${out.caseId ?? ''}`);
  forgetSessionKeys();
  sampleHeap();

  const districtKeys = await unlockKeys(district.db, PASS);
  if (!districtKeys.ok) throw new Error(`unlock district: ${districtKeys.code}`);
  const bytes = out.registry.bytes;
  const previewPhases = phaseClock();
  const workersBefore = { ...workers };
  const previewed = await withLongTasks(
    () =>
      timed(() => previewRegistryFile(district.db, bytes, district.office, NOW, previewPhases.onProgress)),
    previewPhases,
  );
  const preview = previewed.result.result;
  if (preview.status !== 'ready') throw new Error(`preview: ${JSON.stringify(preview).slice(0, 300)}`);
  sampleHeap();
  const applyPhases = phaseClock();
  const applied = await withLongTasks(
    () =>
      timed(() =>
        applyImport(district.db, {
          preview: preview as ReadyPreview,
          bytes,
          fileName: out.fileName,
          office: district.office,
          user: district.user,
          now: NOW,
          onProgress: applyPhases.onProgress,
        }),
      ),
    applyPhases,
  );
  if (!applied.result.result.ok) throw new Error(`apply: ${applied.result.result.error}`);
  forgetSessionKeys();
  sampleHeap();

  // The same records, as the import stored them, written raw into an empty database of the same schema.
  const stored = (await district.db.cases.bulkGet(out.registry.caseIds)).filter((r): r is CaseRow => !!r);
  if (stored.length !== count) throw new Error(`imported ${stored.length} of ${count}`);
  await Dexie.delete('bench-raw');
  const raw = new AppDatabase('bench-raw');
  // The same sealed rows the import writes: the baseline pays the same encryption.
  raw.atRest.set(generateRawDataKey());
  await raw.open();
  const put = await timed(() => raw.cases.bulkPut(stored));
  raw.close();
  await Dexie.delete('bench-raw');

  // Registry sheet of the exported registry, from the ЦОН's stored cases.
  const catalogue = defaultCatalogue();
  const registryRow = out.registry;
  const centerRows = await center.db.cases.bulkGet(registryRow.caseIds);
  const sheet = await sheetRun({
    registryNumber: registryRow.registryNumber,
    sender: printOffice(officeByCode('22')!),
    recipient: printOffice(officeByCode('12')!),
    createdAt: registryRow.createdAt,
    createdBy: 'Сейтова Айгуль Маратовна',
    rows: centerRows.map((r) => ({
      caseNumber: { digits: r!.id, display: formatCaseNumber(r!.id) },
      serviceName: getService(catalogue, r!.serviceId).name,
      applicantShort: surnameWithInitials(r!.intake.applicant),
      documentsCount: r!.intake.documents.length,
    })),
  });
  sampleHeap();
  center.db.close();
  district.db.close();
  return {
    cases: count,
    fileBytes: bytes.length,
    exportMs: exported.result.ms,
    exportLongTasks: exported.tasks,
    exportPhases: exportPhases.phases(),
    previewMs: previewed.result.ms,
    previewLongTasks: previewed.tasks,
    previewPhases: previewPhases.phases(),
    applyPhases: applyPhases.phases(),
    previewWorker: {
      started: workers.started - workersBefore.started,
      answered: workers.answered - workersBefore.answered,
      failed: workers.failed - workersBefore.failed,
    },
    applyMs: applied.result.ms,
    applyLongTasks: applied.tasks,
    bulkPutMs: put.ms,
    ...sheet,
  };
}

async function cleanup(): Promise<void> {
  journal?.close();
  journal = undefined;
  for (const name of [JOURNAL_DB, 'bench-center', 'bench-district', 'bench-raw']) await Dexie.delete(name);
}

window.bench = {
  seed,
  search,
  receipts,
  registry,
  sheet,
  cleanup,
  heap: () => ({ peak: heapPeak, now: memory() }),
} satisfies BenchApi;
document.body.dataset.ready = 'true';
