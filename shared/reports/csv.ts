/**
 * CSV of a report table (RFC 4180): fields with the separator, a quote, CR or LF are quoted and
 * quotes doubled; lines end with CRLF. Excel in a Russian or Kazakh locale expects `;` between
 * fields and a decimal comma, and reads UTF-8 only after a byte-order mark.
 */
import type { Lang } from '../i18n/lang';

export type CellValue = string | number | null;

export interface ReportTable {
  title: string;
  columns: string[];
  rows: CellValue[][];
}

export interface CsvOptions {
  /** Default ','. */
  separator?: ',' | ';';
  /** Default '.'; ',' with the ';' separator for Excel. */
  decimal?: '.' | ',';
  /** Prefix U+FEFF so Excel reads UTF-8. Default true. */
  bom?: boolean;
  /** Text of a missing value (a share with nothing to divide). Default '' (an empty cell). */
  none?: string;
  /**
   * A text cell starting with = + - @ (or a tab / CR) is a formula to a spreadsheet: prefix it with
   * an apostrophe (OWASP "CSV injection"). Leading blanks and invisible characters are looked past
   * and full-width ＝ ＋ － ＠ count too, since spreadsheets skip or normalise them. Default true;
   * numbers are never touched.
   */
  guardFormulas?: boolean;
}

/** What Excel expects when it opens a file by double-click in a ru-KZ or kk-KZ Windows. */
export function excelCsvOptions(_lang: Lang): CsvOptions {
  return { separator: ';', decimal: ',', bom: true };
}

/** Blanks (NBSP, ideographic space, BOM …) and zero-width/bidi characters a spreadsheet may skip. */
const LEADING_IGNORABLE = /^[\s\p{Cf}\p{Cc}\u034F\u115F\u1160\u3164\uFFA0]*/u;
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

function looksLikeFormula(text: string): boolean {
  return /^[\t\r]/.test(text) || FORMULA_START.test(text.replace(LEADING_IGNORABLE, ''));
}

function numberText(n: number, decimal: '.' | ','): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number in a report: ${n}`);
  const text = String(n);
  if (/e/i.test(text)) throw new RangeError(`Number too large or small for a report cell: ${n}`);
  return decimal === ',' ? text.replace('.', ',') : text;
}

export function csvField(value: CellValue, opts: CsvOptions = {}): string {
  const separator = opts.separator ?? ',';
  let text: string;
  if (value === null) text = opts.none ?? '';
  else if (typeof value === 'number') text = numberText(value, opts.decimal ?? '.');
  else {
    text = value;
    if ((opts.guardFormulas ?? true) && looksLikeFormula(text)) text = `'${text}`;
  }
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Pick<ReportTable, 'columns' | 'rows'>, opts: CsvOptions = {}): string {
  const separator = opts.separator ?? ',';
  for (const row of table.rows) {
    if (row.length !== table.columns.length)
      throw new RangeError(`Row has ${row.length} cells, the table ${table.columns.length} columns`);
  }
  const lines = [table.columns, ...table.rows].map((row) =>
    row.map((v) => csvField(v, opts)).join(separator),
  );
  return `${opts.bom === false ? '' : '\uFEFF'}${lines.map((l) => `${l}\r\n`).join('')}`;
}

/** The CSV as UTF-8 bytes, ready for the Platform's save dialog. */
export function toCsvBytes(table: Pick<ReportTable, 'columns' | 'rows'>, opts: CsvOptions = {}): Uint8Array {
  return new TextEncoder().encode(toCsv(table, opts));
}
