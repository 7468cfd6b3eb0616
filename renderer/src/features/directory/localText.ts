import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang, type LocalText } from '@shared/i18n/lang';

/** The interface language as a Lang; i18next may report a region variant ("kk-KZ") or none yet. */
export function useLang(): Lang {
  const { i18n } = useTranslation('directory');
  const raw = (i18n.resolvedLanguage ?? i18n.language ?? DEFAULT_LANG).slice(0, 2);
  return isLang(raw) ? raw : DEFAULT_LANG;
}

/** Data texts carry both languages; an empty Kazakh text falls back to Russian rather than blank. */
export function pick(text: LocalText, lang: Lang): string {
  return text[lang] || text.ru;
}

/** Whether to mark the shown text as an unverified translation. */
export function needsReview(text: LocalText, lang: Lang): boolean {
  return lang === 'kk' && text.kkReview === true;
}
