/**
 * The end of a run: the table and notes on the console, the figures as JSON when asked, and
 * docs/performance.md rewritten after a full run (or BENCH_WRITE=1) with no failed phase.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { writeFigures, type Figures } from './json';
import type { Machine } from './machine';
import { consoleTable, keptNotes, markdown, type Row } from './report';

export interface RunOutcome {
  rows: Row[];
  notes: string[];
  figures: Figures;
  machine: Machine;
  failures: number;
  /** Full-size run or BENCH_WRITE=1: docs/performance.md may be rewritten. */
  writeDoc: boolean;
}

export async function publish(root: string, run: RunOutcome, log: (text: string) => void): Promise<void> {
  console.log('');
  console.log(consoleTable(run.rows));
  console.log('');
  for (const note of run.notes) console.log(`- ${note}`);
  if (process.env.BENCH_JSON) {
    writeFigures(process.env.BENCH_JSON, run.figures);
    log(`figures written to ${process.env.BENCH_JSON}`);
  }
  if (run.failures > 0) {
    log(`${run.failures} phase(s) failed: docs/performance.md left as it is`);
    process.exitCode = 1;
  } else if (run.writeDoc) {
    const docPath = join(root, 'docs', 'performance.md');
    const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    const options = (await prettier.resolveConfig(docPath)) ?? {};
    const text = await prettier.format(markdown(run.rows, run.machine, run.notes, keptNotes(previous)), {
      ...options,
      parser: 'markdown',
    });
    writeFileSync(docPath, text);
    log('docs/performance.md written');
  } else {
    log('smaller than a full run: docs/performance.md left as it is (BENCH_WRITE=1 writes it)');
  }
}
