/**
 * i18next for the renderer. Every namespace file in locales/ru and locales/kk is bundled, so a team
 * adding a namespace only adds JSON. Plurals come from Intl.PluralRules (ru: one/few/many/other,
 * kk: one/other).
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../../../shared/i18n/lang';

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

/** The i18next language as a Lang (i18next may report a region variant or fallback). */
export function currentLang(instance: I18n): Lang {
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}
