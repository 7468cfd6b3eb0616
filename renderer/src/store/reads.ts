/** Live reads of the audit, reports and deadlines screens. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/DbContext';
import type { OfficeConfig } from '../db/types';
import { queryAudit, recordedActions, type AuditFilters, type AuditPage } from '../audit/query';
import { loadReport, type ReportQuery } from '../reports/query';
import type { MonthlyReport } from '@shared/reports';
import { deadlineDashboard, type Dashboard, type DashboardOptions } from '../workflow/dashboard';
import { officeTypeOfCode } from '../workflow/context';

/** The actions present in the audit log, for its filter. */
export function useAuditActions(): string[] | undefined {
  const db = useDb();
  return useLiveQuery(() => recordedActions(db), [db]);
}

/** One page of the audit log; null (nothing read) when `filters` is null. */
export function useAuditPage(
  filters: AuditFilters | null,
  offset: number,
  limit: number,
): AuditPage | null | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (filters ? queryAudit(db, { filters, offset, limit }) : null),
    [db, filters, offset, limit],
  );
}

/** The monthly report; null (nothing read) while `enabled` is false, e.g. for a wrong range. */
export function useReport(
  { from, to, asOf }: ReportQuery,
  enabled: boolean,
): MonthlyReport | null | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (enabled ? loadReport(db, { from, to, asOf }) : null),
    [db, from, to, asOf, enabled],
  );
}

/** The deadline dashboard of this office; null without an office (or one of unknown type). */
export function useDeadlineDashboard(
  office: OfficeConfig | null | undefined,
  now: number,
  rules: DashboardOptions,
): Dashboard | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!office) return null;
    const officeType = officeTypeOfCode(office.officeCode);
    if (!officeType) return null;
    return deadlineDashboard(db, { officeCode: office.officeCode, officeType }, now, rules);
  }, [db, office, now, rules]);
}
