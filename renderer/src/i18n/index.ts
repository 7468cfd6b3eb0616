/**
 * i18next with every namespace file of locales/ru and locales/kk bundled, for unit tests and the
 * bench page; the application loads most namespaces on demand (./app). A team adding a namespace
 * only adds JSON. Plurals come from Intl.PluralRules (ru: one/few/many/other,
 * kk: one/other).
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '@shared/i18n/lang';

const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** `{ ru: { common: {...}, setup: {...} }, kk: {...} }` from the bundled files. */
export function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m || !isLang(m[1])) continue;
    const lang = m[1];
    resources[lang] ??= {};
    resources[lang][m[2]!] = content;
  }
  return resources;
}

export function createI18n(lang: Lang = DEFAULT_LANG): I18n {
  const resources = bundledResources();
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: [...LANGS],
    ns: Object.keys(resources[DEFAULT_LANG] ?? { common: {} }),
    defaultNS: 'common',
    // Resources are bundled: initialise synchronously so the first render is already translated.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export { currentLang } from './app';
