/** The machine a bench ran on: cores, memory, CPU model, load, Node and Chromium versions, date. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  date: string;
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  chromium: string;
  /** 1, 5 and 15 minute load averages at the start and at the end of the run. */
  loadStart: number[];
  loadEnd: number[];
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch {
    // not Linux: fall back to Node's view
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machine(): Omit<Machine, 'chromium' | 'loadEnd'> {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: cpuModel(),
    node: process.version,
    loadStart: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

export const currentLoad = (): number[] => loadavg().map((v) => Math.round(v * 100) / 100);
