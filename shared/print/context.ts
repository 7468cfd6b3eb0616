import type { Lang, LocalText } from '../i18n/lang';
import type { PrintLabels } from './labels';

/** Font files as bytes (DejaVu Sans: it covers Russian, every Kazakh letter and ₸). */
export interface PrintFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** What every builder needs besides its data: the language, its labels and the fonts. */
export interface PrintContext {
  lang: Lang;
  labels: PrintLabels;
  fonts: PrintFonts;
}

export function local(text: LocalText | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}
