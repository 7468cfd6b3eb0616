import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '@shared/catalogue/ids';

// Issue 14, defect 2: a rule about one service belongs to the catalogue (shared/catalogue) or the
// lifecycle's service flows, where an administrator's override can reach it, never to a component.
const root = join(__dirname, '..', '..');
const rendererSrc = join(root, 'renderer', 'src');

/**
 * Files allowed to name a service id, with the reason. Empty: every former literal now reads the
 * catalogue or SERVICE_FLOWS. Add an entry only when no data can say it, and say why here.
 */
const ALLOWED: Record<string, string> = {};

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

// A service id as a string literal in any quote style, e.g. 'housing-assistance' or `child-benefit-under-18`.
const literal = new RegExp(`(['"\`])(${SERVICE_IDS.join('|')})\\1`, 'g');

export function serviceIdLiterals(text: string): string[] {
  return [...text.matchAll(literal)].map((m) => m[2]!);
}

describe('no service id literals in renderer code', () => {
  it('the check finds a literal (it can fail)', () => {
    expect(serviceIdLiterals(`if (row.serviceId === 'housing-assistance') {}`)).toEqual([
      'housing-assistance',
    ]);
    expect(serviceIdLiterals('const s = "asp-recipient-certificate";')).toEqual([
      'asp-recipient-certificate',
    ]);
    expect(serviceIdLiterals('// housing-assistance in prose is fine')).toEqual([]);
  });

  it('renderer/src names no service id outside the allow-list', () => {
    const sources = files(rendererSrc).filter((f) => /\.(ts|tsx)$/.test(f));
    expect(sources.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of sources) {
      const rel = relative(root, file);
      if (ALLOWED[rel]) continue;
      for (const id of serviceIdLiterals(readFileSync(file, 'utf8'))) found.push(`${rel}: '${id}'`);
    }
    expect(found).toEqual([]);
  });
});
