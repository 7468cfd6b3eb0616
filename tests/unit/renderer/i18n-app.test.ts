/** The application's i18next (issue 12): first screens bundled, every other namespace on demand. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_NAMESPACES,
  ON_DEMAND_NAMESPACES,
  createAppI18n,
  fixedT,
  loadAllNamespaces,
} from '@renderer/i18n/app';

const localeNames = (lang: string) =>
  readdirSync(join(__dirname, '../../../locales', lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

describe('application i18n', () => {
  it('splits the namespaces of locales/ between the entry and on-demand chunks, none lost', () => {
    for (const lang of ['ru', 'kk']) {
      expect([...FIRST_SCREEN_NAMESPACES, ...ON_DEMAND_NAMESPACES].sort()).toEqual(localeNames(lang));
    }
    expect(ON_DEMAND_NAMESPACES).not.toContain('setup');
    expect(ON_DEMAND_NAMESPACES).toContain('journal');
  });

  it('translates the first screens at once and loads the rest for the language in use', async () => {
    const i18n = createAppI18n('kk');
    expect(i18n.t('setup:title')).not.toBe('setup:title');
    expect(i18n.hasLoadedNamespace('journal')).toBe(false);
    expect(i18n.t('journal:search.label')).toBe('search.label');
    await loadAllNamespaces(i18n);
    expect(i18n.t('journal:search.label')).toBe('Іздеу');
    // A language switch loads every namespace known for the new language before it applies.
    await i18n.changeLanguage('ru');
    expect(i18n.t('journal:search.label')).toBe('Поиск');
  });

  it('gives services outside React a loaded t of one namespace', async () => {
    const t = await fixedT('kk', 'journal');
    expect(t('search.label')).toBe('Іздеу');
  });
});
