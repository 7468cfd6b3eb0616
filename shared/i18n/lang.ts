/** Interface and document languages. Russian is the default. */
export const LANGS = ['ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ru';

/** A text carried in data (catalogue, directory) rather than in locales/. */
export interface LocalText {
  ru: string;
  kk: string;
  /** Set when the Kazakh text was not verified against an official source. */
  kkReview?: boolean;
}

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'kk';
}
