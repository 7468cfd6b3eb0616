import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Every user-facing key exists and is non-empty in both languages. Plural keys follow CLDR:
// Russian one/few/many/other, Kazakh one/other (docs/calendar-kz.md, language).
const root = join(__dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const REQUIRED_PLURALS = { ru: ['one', 'few', 'many', 'other'], kk: ['one', 'other'] } as const;

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
function load(lang: string, file: string) {
  return flatten(JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Tree);
}
/** Base keys (plural suffix removed) → set of plural categories present. */
function shape(keys: Map<string, string>) {
  const out = new Map<string, Set<string>>();
  for (const key of keys.keys()) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, -m[0].length) : key;
    const set = out.get(base) ?? new Set<string>();
    if (m?.[1]) set.add(m[1]);
    out.set(base, set);
  }
  return out;
}

const ruFiles = readdirSync(join(root, 'ru'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const kkFiles = readdirSync(join(root, 'kk'))
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('locales', () => {
  it('have the same namespaces in ru and kk', () => {
    expect(ruFiles.length).toBeGreaterThan(0);
    expect(kkFiles).toEqual(ruFiles);
  });
  for (const file of ruFiles) {
    it(`${file}: same keys, none empty, plural forms complete`, () => {
      const ru = load('ru', file);
      const kk = load('kk', file);
      for (const [lang, map] of [
        ['ru', ru],
        ['kk', kk],
      ] as const) {
        for (const [key, value] of map) expect(value.trim(), `${lang}/${file}: ${key} is empty`).not.toBe('');
      }
      const ruShape = shape(ru);
      const kkShape = shape(kk);
      expect([...kkShape.keys()].sort(), `${file}: key sets differ`).toEqual([...ruShape.keys()].sort());
      for (const [base, forms] of ruShape) {
        if (forms.size === 0 && (kkShape.get(base)?.size ?? 0) === 0) continue;
        for (const f of REQUIRED_PLURALS.ru)
          expect(forms.has(f), `ru/${file}: ${base}_${f} missing`).toBe(true);
        for (const f of REQUIRED_PLURALS.kk)
          expect(kkShape.get(base)?.has(f), `kk/${file}: ${base}_${f} missing`).toBe(true);
      }
    });
  }
});
