import kk from '../../locales/kk/menu.json';
import ru from '../../locales/ru/menu.json';
import type { Lang } from '@shared/i18n/lang';

// The menu's words live with the UI's translations so translators see one set of files;
// Kazakh must have exactly Russian's shape (the locales parity test checks the keys).
export type MenuLabels = typeof ru;
const LABELS: Record<Lang, MenuLabels> = { ru, kk };

export function menuLabels(lang: Lang): MenuLabels {
  return LABELS[lang];
}

/** `{{name}}` placeholders, as in i18next, for the few labels that carry a value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => values[key] ?? m);
}
