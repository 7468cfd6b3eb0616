import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_STATUSES, EVENT_TYPES, STEP_CLOCKS, TRANSITION_ERROR_CODES } from '@shared/lifecycle';

// Everything the machine can show a user has a name in both languages (ru/kk parity of keys is
// checked by tests/unit/locales-parity.test.ts; this checks the machine's side).
const load = (lang: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../locales', lang, 'lifecycle.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;

describe.each(['ru', 'kk'])('locales/%s/lifecycle.json', (lang) => {
  const t = load(lang);
  const groups: [string, readonly string[]][] = [
    ['statuses', CASE_STATUSES],
    ['events', [...EVENT_TYPES, 'accept']],
    ['errors', TRANSITION_ERROR_CODES],
    ['warnings', ['clock-before-last-change']],
    ['deliveries', ['in-person', 'post', 'center']],
    ['clocks', STEP_CLOCKS],
  ];
  it.each(groups)('%s: one non-empty text per value, no extras', (group, values) => {
    expect(Object.keys(t[group] ?? {}).sort()).toEqual([...values].sort());
    for (const v of values) expect(t[group]?.[v]?.trim(), `${group}.${v}`).toBeTruthy();
  });
  it('Kazakh uses the glossary terms (ХҚКО, тізілім), never the Russian abbreviation', () => {
    const all = Object.values(t)
      .flatMap((g) => Object.values(g))
      .join('\n');
    if (lang === 'kk') {
      expect(all).not.toMatch(/ЦОН|реестр/);
      expect(all).toMatch(/ХҚКО/);
      expect(all).toMatch(/тізілім/i);
    } else expect(all).toMatch(/ЦОН/);
  });
});
