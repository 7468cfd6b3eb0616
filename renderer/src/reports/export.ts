/**
 * Report texts and files: the names shared/reports' tables need (catalogue service names, lifecycle
 * status names, the `reports` header labels) and the two CSV files (summary, detailed counts). A
 * report holds counts only, no personal data, so its export asks nothing and records nothing.
 */
import type { i18n as I18n } from 'i18next';
import { defaultCatalogue, type Catalogue } from '@shared/catalogue';
import type { ServiceId } from '@shared/catalogue/ids';
import { formatNumber, monthName } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import {
  countsTable,
  excelCsvOptions,
  sharePercent,
  summaryTable,
  toCsvBytes,
  type MonthlyReport,
  type ReportLabels,
  type ReportNames,
  type YearMonth,
} from '@shared/reports';

let catalogue: Catalogue | undefined;
export function reportServiceName(id: ServiceId, lang: Lang): string {
  catalogue ??= defaultCatalogue();
  return catalogue.services[id]?.name[lang] ?? id;
}

export function reportNames(i18n: I18n, lang: Lang): ReportNames {
  const t = i18n.getFixedT(lang, 'lifecycle');
  return {
    labels: i18n.getResourceBundle(lang, 'reports') as ReportLabels,
    service: (id) => reportServiceName(id, lang),
    status: (s) => t(`statuses.${s}`, { defaultValue: s }),
  };
}

/** «ноябрь 2026» / «қараша 2026». */
export function monthTitle(m: YearMonth, lang: Lang): string {
  return `${monthName(Number(m.slice(5, 7)), lang)} ${m.slice(0, 4)}`;
}

/** «ноябрь 2026» or «сентябрь 2026 — ноябрь 2026». */
export function periodTitle(from: YearMonth, to: YearMonth, lang: Lang): string {
  return from === to ? monthTitle(from, lang) : `${monthTitle(from, lang)} — ${monthTitle(to, lang)}`;
}

/** A share for the screen: «87,5 %», and «—» when nothing is settled (never NaN). */
export function shareText(share: number | null, lang: Lang, none = '—'): string {
  const percent = sharePercent(share);
  return percent === null ? none : `${formatNumber(percent, lang, 1)}\u00a0%`;
}

export type ReportFileKind = 'summary' | 'counts';

export const REPORT_CSV_MIME = 'text/csv;charset=utf-8';

/** The CSV file of one of the report's tables, with its suggested name. */
export function reportCsv(
  report: MonthlyReport,
  kind: ReportFileKind,
  i18n: I18n,
  lang: Lang,
): { name: string; bytes: Uint8Array } {
  const names = reportNames(i18n, lang);
  const table = kind === 'summary' ? summaryTable(report, names) : countsTable(report, names);
  const t = i18n.getFixedT(lang, 'reports-ui');
  const first = report.months[0] ?? '';
  const last = report.months[report.months.length - 1] ?? '';
  const span = first === last ? first : `${first}_${last}`;
  const base = t(kind === 'summary' ? 'fileSummary' : 'fileCounts');
  return { name: `${base}-${span}.csv`, bytes: toCsvBytes(table, excelCsvOptions(lang)) };
}
