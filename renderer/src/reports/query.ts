/**
 * Loads a monthly report (issue 6, item 8): the cases accepted in the months, read through the
 * `acceptedAt` index range, and the counter refusals of the months, through the `at` index range. The
 * arithmetic is shared/reports (pure); this module only maps stored rows onto its summaries.
 */
import {
  isYearMonth,
  monthRange,
  monthlyReport,
  type CaseSummary,
  type CounterRefusalSummary,
  type MonthlyReport,
  type YearMonth,
} from '@shared/reports';
import { almatyInstant, type LocalDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import type { CaseRow, CounterRefusalRow } from '../db/types';

/** Longest range one report covers: two years of months. */
export const MAX_MONTHS = 24;

export type ReportRangeError = 'bad-month' | 'reversed' | 'too-long';

/** Why a month range cannot be reported, or null when it can. */
export function checkRange(from: string, to: string): ReportRangeError | null {
  if (!isYearMonth(from) || !isYearMonth(to)) return 'bad-month';
  if (from > to) return 'reversed';
  if (monthRange(from, to).length > MAX_MONTHS) return 'too-long';
  return null;
}

/** The month after `m` ('2026-12' → '2027-01'). */
export function nextMonth(m: YearMonth): YearMonth {
  const year = Number(m.slice(0, 4));
  const month = Number(m.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** [first, last] instants of the Almaty months from `from` to `to`, both included. */
export function monthBounds(from: YearMonth, to: YearMonth): [number, number] {
  return [almatyInstant(`${from}-01`), almatyInstant(`${nextMonth(to)}-01`) - 1];
}

/** What the report needs of a stored case. */
export function caseSummary(row: CaseRow): CaseSummary {
  const m = row.state.milestones;
  return {
    serviceId: row.serviceId,
    channel: row.channel,
    status: row.status,
    acceptedAt: row.acceptedAt,
    due: row.dueDate || null,
    ...(m.decidedAt !== undefined ? { decidedAt: m.decidedAt } : {}),
    ...(m.deliveredAt !== undefined ? { deliveredAt: m.deliveredAt } : {}),
    ...(m.closedAt !== undefined ? { closedAt: m.closedAt } : {}),
  };
}

export function refusalSummary(row: CounterRefusalRow): CounterRefusalSummary {
  return { serviceId: row.serviceId, at: row.at };
}

export interface ReportQuery {
  from: YearMonth;
  to: YearMonth;
  /** Today's Almaty date (an undecided case due before it is overdue). */
  asOf: LocalDate;
}

export async function loadReport(db: AppDatabase, q: ReportQuery): Promise<MonthlyReport> {
  const problem = checkRange(q.from, q.to);
  if (problem) throw new RangeError(`Report range ${q.from}..${q.to}: ${problem}`);
  const [lo, hi] = monthBounds(q.from, q.to);
  const cases: CaseSummary[] = [];
  const refusals: CounterRefusalSummary[] = [];
  // `each` streams the range through a cursor: only the summaries are kept, not the full rows.
  await db.transaction('r', db.cases, db.counterRefusals, async () => {
    await db.cases
      .where('acceptedAt')
      .between(lo, hi, true, true)
      .each((row) => {
        cases.push(caseSummary(row));
      });
    await db.counterRefusals
      .where('at')
      .between(lo, hi, true, true)
      .each((row) => {
        refusals.push(refusalSummary(row));
      });
  });
  return monthlyReport(cases, refusals, { asOf: q.asOf, from: q.from, to: q.to });
}
