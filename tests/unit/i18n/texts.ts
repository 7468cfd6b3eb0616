/**
 * Every user-facing text in one list, for the language tests: the locale values of both languages
 * and the ru/kk fields of the shipped catalogue and directory (what the screens and printed forms
 * show). `where` names the place so a failure points at the string to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalogue } from '@shared/catalogue';
import { OFFICES } from '@shared/directory/offices';
import { CITY_DISTRICT_LIST, DISTRICT_NAMES } from '@shared/directory/districts';
import { hoursSummary } from '@shared/directory/hours';
import type { Lang } from '@shared/i18n/lang';

export interface Text {
  lang: Lang;
  where: string;
  value: string;
}

const root = join(__dirname, '../../../locales');

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix: string, lang: Lang, out: Text[]) {
  for (const [k, v] of Object.entries(tree)) {
    const key = `${prefix}.${k}`;
    if (typeof v === 'string') out.push({ lang, where: key, value: v });
    else flatten(v, key, lang, out);
  }
}

export function localeTexts(): Text[] {
  const out: Text[] = [];
  for (const lang of ['ru', 'kk'] as const) {
    for (const file of readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const tree = JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Tree;
      flatten(tree, `locales/${lang}/${file}`, lang, out);
    }
  }
  return out;
}

/** Any object with string `ru` and `kk` fields is a LocalText, wherever it sits in the data. */
function walk(node: unknown, path: string, out: Text[]) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => walk(n, `${path}[${i}]`, out));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o.ru === 'string' && typeof o.kk === 'string') {
    out.push({ lang: 'ru', where: path, value: o.ru }, { lang: 'kk', where: path, value: o.kk });
    return;
  }
  for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`, out);
}

export function dataTexts(): Text[] {
  const out: Text[] = [];
  walk(defaultCatalogue().services, 'catalogue', out);
  walk(OFFICES, 'directory/offices', out);
  walk(DISTRICT_NAMES, 'directory/districts', out);
  walk(CITY_DISTRICT_LIST, 'directory/district-list', out);
  for (const o of OFFICES) walk(hoursSummary(o.hours), `directory/hours(${o.code})`, out);
  return out;
}

export function allTexts(): Text[] {
  return [...localeTexts(), ...dataTexts()];
}

/** The text without i18next placeholders ({{name}}), nesting ($t(...)) and HTML-ish tags. */
export function withoutPlaceholders(value: string): string {
  return value
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .replace(/<\/?\w+>/g, ' ');
}
