/**
 * The report as tables with localised headers: one row per month × service with totals, and the
 * detailed counts per month × service × channel × status. Display names of services and statuses
 * come from the caller (catalogue and lifecycle locale), headers from locales/<lang>/reports.json.
 */
import type { Channel, ServiceId } from '../catalogue/ids';
import type { CaseStatus } from '../lifecycle/statuses';
import type ruReports from '../../locales/ru/reports.json';
import type { CellValue, ReportTable } from './csv';
import type { MonthlyReport, Tally } from './types';

export type ReportLabels = typeof ruReports;

export interface ReportNames {
  labels: ReportLabels;
  service: (id: ServiceId) => string;
  status: (status: CaseStatus) => string;
}

/** A share as a percentage with one decimal (87.5), or null when there is nothing to divide. */
export function sharePercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

function tallyCells(t: Tally): CellValue[] {
  return [
    t.accepted,
    t.byChannel.district,
    t.byChannel.center,
    t.onTime,
    t.late,
    t.overdueOpen,
    t.pending,
    t.noTerm,
    t.noResult,
    sharePercent(t.share),
    t.counterRefusals,
  ];
}

/** Month × service rows, a subtotal per month, and the grand total. */
export function summaryTable(report: MonthlyReport, names: ReportNames): ReportTable {
  const L = names.labels;
  const rows: CellValue[][] = [];
  for (const month of report.months) {
    const inMonth = report.rows.filter((r) => r.month === month);
    for (const r of inMonth) rows.push([month, names.service(r.serviceId), ...tallyCells(r)]);
    rows.push([month, L.total, ...tallyCells(report.byMonth[month]!)]);
  }
  rows.push([L.total, '', ...tallyCells(report.total)]);
  return {
    title: L.title,
    columns: [
      L.month,
      L.service,
      L.accepted,
      L.acceptedDistrict,
      L.acceptedCenter,
      L.onTime,
      L.late,
      L.overdueOpen,
      L.pending,
      L.noTerm,
      L.noResult,
      L.share,
      L.counterRefusals,
    ],
    rows,
  };
}

export function countsTable(report: MonthlyReport, names: ReportNames): ReportTable {
  const L = names.labels;
  const channel = (c: Channel) => L.channels[c];
  return {
    title: L.countsTitle,
    columns: [L.month, L.service, L.channel, L.status, L.count],
    rows: report.counts.map((c) => [
      c.month,
      names.service(c.serviceId),
      channel(c.channel),
      names.status(c.status),
      c.count,
    ]),
  };
}
