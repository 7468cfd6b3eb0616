/**
 * The deadline dashboard of one office (issue 6, item 6): its open cases classified on "today" —
 * overdue, due today, at risk (one working day left) — by service and by step (status), plus the
 * step-limit warnings. Reads only; takes the db, the office and the clock as parameters.
 */
import type { WorkingCalendar } from '@shared/calendar';
import type { Catalogue, ServiceId } from '@shared/catalogue';
import type { CaseStatus, OfficeType } from '@shared/lifecycle';
import { toAlmatyDate, type LocalDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import type { CaseRow } from '../db/types';
import { loadRules } from '../rules/rules';
import { recordsFromAudit } from '@shared/workflow/clocks';
import { caseDeadlineStatus, type CaseDeadlineStatus } from './deadlineStatus';

/** The dashboard's counted buckets; `step-late` is a warning bucket (a step limit passed). */
export const BUCKETS = ['overdue', 'due-today', 'at-risk', 'step-late'] as const;
export type Bucket = (typeof BUCKETS)[number];
export type Counts = Record<Bucket, number>;

export interface DashboardCase {
  row: CaseRow;
  status: CaseDeadlineStatus;
  buckets: Bucket[];
}

export interface Dashboard {
  today: LocalDate;
  officeCode: string;
  /** Open cases of the office, worst first then by due date. */
  cases: DashboardCase[];
  totals: Counts;
  byService: Partial<Record<ServiceId, Counts>>;
  byStatus: Partial<Record<CaseStatus, Counts>>;
}

const zero = (): Counts => ({ overdue: 0, 'due-today': 0, 'at-risk': 0, 'step-late': 0 });

export function bucketsOf(status: CaseDeadlineStatus): Bucket[] {
  const out: Bucket[] = [];
  if (status.level === 'overdue' || status.level === 'due-today' || status.level === 'at-risk')
    out.push(status.level);
  if (status.steps.some((s) => s.level === 'overdue')) out.push('step-late');
  return out;
}

/** The office's cases: a district office sees its district's cases, a ЦОН the ones it accepted. */
export async function officeCases(
  db: AppDatabase,
  officeCode: string,
  officeType: OfficeType,
): Promise<CaseRow[]> {
  if (officeType === 'district') return db.cases.where('districtOfficeCode').equals(officeCode).toArray();
  if (officeType === 'center') return db.cases.filter((c) => c.acceptingOfficeCode === officeCode).toArray();
  return [];
}

export interface DashboardOptions {
  catalogue?: Catalogue;
  calendar?: WorkingCalendar;
}

export async function deadlineDashboard(
  db: AppDatabase,
  office: { officeCode: string; officeType: OfficeType },
  now: number,
  options: DashboardOptions = {},
): Promise<Dashboard> {
  const current = options.catalogue && options.calendar ? null : await loadRules(db);
  const catalogue = options.catalogue ?? current!.catalogue;
  const calendar = options.calendar ?? current!.calendar;
  const rows = await officeCases(db, office.officeCode, office.officeType);
  const candidates = rows.filter((r) => r.state.milestones.deliveredAt === undefined);
  const ids = candidates.map((r) => r.id);
  const history = ids.length > 0 ? await db.audit.where('caseId').anyOf(ids).toArray() : [];
  const byCase = new Map<string, typeof history>();
  for (const ev of history) {
    if (!ev.caseId) continue;
    const list = byCase.get(ev.caseId) ?? [];
    list.push(ev);
    byCase.set(ev.caseId, list);
  }

  const cases: DashboardCase[] = [];
  for (const row of candidates) {
    const status = caseDeadlineStatus(
      catalogue,
      calendar,
      row,
      recordsFromAudit(byCase.get(row.id) ?? []),
      now,
    );
    if (!status.open) continue;
    cases.push({ row, status, buckets: bucketsOf(status) });
  }
  const rank = (c: DashboardCase) =>
    ['overdue', 'due-today', 'at-risk', 'on-time', 'no-date'].indexOf(c.status.level);
  cases.sort((a, b) => rank(a) - rank(b) || a.row.dueDate.localeCompare(b.row.dueDate));

  const totals = zero();
  const byService: Dashboard['byService'] = {};
  const byStatus: Dashboard['byStatus'] = {};
  for (const c of cases) {
    for (const b of c.buckets) {
      totals[b]++;
      (byService[c.row.serviceId] ??= zero())[b]++;
      (byStatus[c.row.status] ??= zero())[b]++;
    }
  }
  return { today: toAlmatyDate(now), officeCode: office.officeCode, cases, totals, byService, byStatus };
}

/** The cases behind one clicked count. */
export function casesIn(
  dashboard: Dashboard,
  bucket: Bucket,
  filter?: { serviceId?: ServiceId; status?: CaseStatus },
): DashboardCase[] {
  return dashboard.cases.filter(
    (c) =>
      c.buckets.includes(bucket) &&
      (!filter?.serviceId || c.row.serviceId === filter.serviceId) &&
      (!filter?.status || c.row.status === filter.status),
  );
}
