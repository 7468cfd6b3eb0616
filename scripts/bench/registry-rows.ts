/** The registry exchange's figures (export, import, raw bulkPut, sheet) as rows and notes. */
import type { LongTaskWindow, RegistryResult } from './api';
import { finite, type Figures } from './json';
import { CHROMIUM_PAGE, type Section } from './rows';
import { mb, ms } from './stats';

const longest = (t: LongTaskWindow) => (t.count === 0 ? 'none ≥ 50 ms' : ms(t.longest));

const phaseText = (phases: Record<string, number>) =>
  Object.entries(phases)
    .map(([phase, t]) => `${phase} ${ms(t)}`)
    .join(', ');

const whereRan = (worker: { started: number }, inWorker: boolean) =>
  inWorker
    ? 'in a Web Worker'
    : worker.started > 0
      ? 'on the main thread after its worker failed'
      : 'on the main thread';

/** The exchange of `r` cases; its ratios, longest tasks and sheet time go into `figures`. */
export function registrySection(reg: RegistryResult, r: string, figures: Figures): Section {
  const where = CHROMIUM_PAGE;
  const importMs = reg.previewMs + reg.applyMs;
  const previewWhere = whereRan(reg.previewWorker, reg.previewWorker.answered > 0);
  const sheetInWorker = reg.sheetWorker.answered > 0 && reg.sheetWorker.failed === 0;
  const sheetWhere = whereRan(reg.sheetWorker, sheetInWorker);
  const ratio = importMs / reg.bulkPutMs;
  const importLongest = Math.max(reg.previewLongTasks.longest, reg.applyLongTasks.longest);
  figures.importRatio = finite(ratio, 2);
  figures.exportRatio = finite(reg.exportMs / reg.bulkPutMs, 2);
  figures.longestTaskImportMs = finite(importLongest);
  figures.longestTaskExportMs = finite(reg.exportLongTasks.longest);
  figures.sheetMs = finite(reg.sheetMs);
  const rows = [
    {
      what: `registry export, ${r} cases`,
      figure: `${ms(reg.exportMs)} (file ${mb(reg.fileBytes)}; longest task ${longest(reg.exportLongTasks)})`,
      where,
    },
    {
      what: `registry import, ${r} cases (preview + apply)`,
      figure: `${ms(importMs)} (preview ${ms(reg.previewMs)} ${previewWhere}, apply ${ms(reg.applyMs)})`,
      where,
    },
    { what: `raw Dexie bulkPut of the same ${r} rows`, figure: ms(reg.bulkPutMs), where },
    {
      what: 'import ÷ raw bulkPut',
      figure: `${ratio.toFixed(1)}× (apply alone ${(reg.applyMs / reg.bulkPutMs).toFixed(1)}×)`,
      target: '≤ 2×',
      met: ratio <= 2,
      where,
    },
    {
      what: 'export ÷ raw bulkPut',
      figure: `${(reg.exportMs / reg.bulkPutMs).toFixed(1)}× (longest task ${longest(reg.exportLongTasks)})`,
      target: '≤ 3×, longest task ≤ 100 ms',
      met: reg.exportMs / reg.bulkPutMs <= 3 && reg.exportLongTasks.longest <= 100,
      where,
    },
    {
      what: 'longest main-thread task during the import',
      figure:
        reg.previewLongTasks.count + reg.applyLongTasks.count === 0
          ? 'no task of 50 ms or more (preview and apply)'
          : `${ms(importLongest)} (preview: ${reg.previewLongTasks.count} long tasks, longest ${longest(reg.previewLongTasks)}; apply: ${reg.applyLongTasks.count}, longest ${longest(reg.applyLongTasks)})`,
      target: '≤ 100 ms',
      met: importLongest <= 100,
      where,
    },
    {
      what: `registry sheet PDF, ${r} cases`,
      figure: `${ms(reg.sheetMs)} ${sheetWhere} (${reg.sheetPages} pages, ${mb(reg.sheetBytes)}; warm worker ${ms(reg.sheetWarmMs)}; longest main-thread task ${longest(reg.sheetLongTasks)})`,
      target: '≤ 1.5 s off the main thread, longest task ≤ 100 ms',
      met: reg.sheetMs <= 1500 && sheetInWorker && reg.sheetLongTasks.longest <= 100,
      where,
    },
  ];
  const notes = [
    `Phases (as the services report progress): export ${phaseText(reg.exportPhases)}; preview ${phaseText(reg.previewPhases)}; apply ${phaseText(reg.applyPhases)}.`,
    `Registry sheet: ${reg.sheetProgressReports} progress reports; main-thread long tasks ${reg.sheetLongTasks.count} (sum ${ms(reg.sheetLongTasks.total)}); ${reg.sheetWorker.started} worker(s) started for two builds.`,
    `Long tasks: export ${reg.exportLongTasks.count} (longest ${ms(reg.exportLongTasks.longest)} in ${reg.exportLongTasks.longestPhase || '-'}, sum ${ms(reg.exportLongTasks.total)}); preview ${reg.previewLongTasks.count} (longest in ${reg.previewLongTasks.longestPhase || '-'}, sum ${ms(reg.previewLongTasks.total)}); apply ${reg.applyLongTasks.count} (longest in ${reg.applyLongTasks.longestPhase || '-'}, sum ${ms(reg.applyLongTasks.total)}).`,
  ];
  return { rows, notes };
}
