/**
 * The application's i18next (issue 12). The namespaces the first screens use (setup, sign-in, lock,
 * storage errors) are bundled in the entry; every other namespace is a chunk of its own, loaded for
 * the language in use when the signed-in shell opens (`loadAllNamespaces`), and again on a language
 * switch (i18next loads every namespace it knows for the new language before switching).
 * `createI18n` (./index) still bundles everything, for unit tests and the bench page.
 */
import i18next, { type BackendModule, type i18n as I18n, type Resource, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '@shared/i18n/lang';

/** Keep in step with the two globs below (a unit test checks). */
export const FIRST_SCREEN_NAMESPACES = ['auth', 'backup', 'common', 'setup', 'shell'] as const;

const firstScreen = import.meta.glob<Record<string, unknown>>(
  '../../../locales/*/{auth,backup,common,setup,shell}.json',
  { eager: true, import: 'default' },
);
const onDemand = import.meta.glob<Record<string, unknown>>(
  ['../../../locales/*/*.json', '!../../../locales/*/{auth,backup,common,setup,shell}.json'],
  { import: 'default' },
);

const PATH = /\/locales\/([^/]+)\/([^/]+)\.json$/;

/** The namespaces loaded on demand. */
export const ON_DEMAND_NAMESPACES: readonly string[] = [
  ...new Set(Object.keys(onDemand).map((path) => PATH.exec(path)?.[2] ?? '')),
]
  .filter(Boolean)
  .sort();

function firstScreenResources(): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(firstScreen)) {
    const m = PATH.exec(path);
    if (!m || !isLang(m[1])) continue;
    (resources[m[1]] ??= {})[m[2]!] = content;
  }
  return resources;
}

const chunkBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => {},
  read(language, namespace, callback) {
    const load = onDemand[`../../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function createAppI18n(lang: Lang = DEFAULT_LANG): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      resources: firstScreenResources(),
      partialBundledLanguages: true,
      lng: lang,
      fallbackLng: DEFAULT_LANG,
      supportedLngs: [...LANGS],
      ns: [...FIRST_SCREEN_NAMESPACES],
      defaultNS: 'common',
      // The first screens' texts are bundled: the first render is already translated.
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}

/** Loads every other namespace for the language in use (and the fallback). */
export async function loadAllNamespaces(instance: I18n): Promise<void> {
  await instance.loadNamespaces([...ON_DEMAND_NAMESPACES]);
}

/** A `t` of one namespace and language, for services outside React (print titles). */
export async function fixedT(lang: Lang, ns: string): Promise<TFunction> {
  const instance = createAppI18n(lang);
  await instance.loadNamespaces(ns);
  return instance.getFixedT(lang, ns);
}

/** The i18next language as a Lang (i18next may report a region variant or fallback). */
export function currentLang(instance: I18n): Lang {
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}
