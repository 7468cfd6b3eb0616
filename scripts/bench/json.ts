/**
 * The bench's figures for machines (issue 12): `BENCH_JSON=<path> npm run bench` writes them as one
 * JSON object. A figure the run did not measure (its phase failed or was not run) is null; every
 * key is always present. docs/performance.md explains each.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const FIGURE_KEYS = [
  'importRatio',
  'exportRatio',
  'longestTaskImportMs',
  'longestTaskExportMs',
  'surnameP95Ms',
  'iinP95Ms',
  'numberP95Ms',
  'sheetMs',
  'entryJsGzipKB',
  'peakHeapMB',
  'cases',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number | null>;

export function emptyFigures(): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;
}

/** Rounded to 0.1 (a ratio to 0.01); NaN or ±Infinity become null. */
export function finite(value: number, digits = 1): number | null {
  if (!Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function writeFigures(path: string, figures: Figures): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`);
}
