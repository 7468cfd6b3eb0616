import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/i18n/lang';
import { currentLang } from './app';

/** The interface language, re-rendering on change. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return currentLang(i18n);
}
