/** Report arithmetic and CSV (issue 6, item 8). Pure: cases, refusals and "today" come in. */
export * from './types';
export { almatyMonth, isYearMonth, monthRange, monthlyReport, shareOnTime, timeliness } from './monthly';
export type { ReportOptions } from './monthly';
export { csvField, excelCsvOptions, toCsv, toCsvBytes } from './csv';
export type { CellValue, CsvOptions, ReportTable } from './csv';
export { countsTable, sharePercent, summaryTable } from './table';
export type { ReportLabels, ReportNames } from './table';
