import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_KEYS, emptyFigures, finite, writeFigures } from '../../../scripts/bench/json';

describe('bench figures as JSON', () => {
  it('writes every key the issue names, null where nothing was measured', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bench-json-')), 'out', 'figures.json');
    const figures = { ...emptyFigures(), surnameP95Ms: finite(12.345), importRatio: finite(1.876, 2) };
    figures.sheetMs = finite(Number.NaN);
    writeFigures(path, figures);
    const read = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(read).sort()).toEqual(
      [
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
      ].sort(),
    );
    expect(FIGURE_KEYS).toHaveLength(11);
    expect(read).toMatchObject({ surnameP95Ms: 12.3, importRatio: 1.88, sheetMs: null, cases: null });
  });
});
