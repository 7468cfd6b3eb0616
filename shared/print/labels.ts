/**
 * Printed labels come from locales/{ru,kk}/print.json. The renderer loads the file for the chosen
 * language and passes it in; shared/ never touches i18next. The Russian file is the shape.
 */
import type ruPrint from '../../locales/ru/print.json';

export type PrintLabels = typeof ruPrint;

/** Fills `{{name}}` placeholders (the i18next syntax, so translators see one convention). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`Missing value for {{${key}}} in "${template}"`);
    return String(value);
  });
}
