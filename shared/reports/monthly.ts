/**
 * Report arithmetic (issue 6, item 8): cases per month × service × status × channel, the share
 * decided on time, and the refusals at the counter. Pure: the caller passes the cases, the counter
 * refusals and "today" (`asOf`); months are Almaty calendar months whatever the machine's zone.
 */
import { CHANNELS, SERVICE_IDS, type Channel, type ServiceId } from '../catalogue/ids';
import { CASE_STATUSES, type CaseStatus } from '../lifecycle/statuses';
import { isLocalDate, toAlmatyDate, type LocalDate } from '../time/almaty';
import type {
  CaseSummary,
  CounterRefusalSummary,
  MonthServiceTally,
  MonthlyReport,
  StatusCount,
  Tally,
  Timeliness,
  YearMonth,
} from './types';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && MONTH_RE.test(value);
}

/** The Almaty calendar month of an instant. */
export function almatyMonth(instant: number): YearMonth {
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
  return toAlmatyDate(instant).slice(0, 7);
}

/** Every month from `from` to `to` inclusive. */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  if (!isYearMonth(from) || !isYearMonth(to)) throw new RangeError(`Not a month: ${from}, ${to}`);
  const index = (m: YearMonth) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const out: YearMonth[] = [];
  for (let i = index(from); i <= index(to); i++) {
    out.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

const NO_RESULT: ReadonlySet<CaseStatus> = new Set(['withdrawn', 'cancelled', 'acceptance-refused']);

/** See `Timeliness`. `asOf` is today's Almaty date, passed in because shared/ never reads the clock. */
export function timeliness(c: CaseSummary, asOf: LocalDate): Timeliness {
  const moments = [c.decidedAt, c.deliveredAt].filter((m): m is number => typeof m === 'number');
  const result = moments.length ? Math.min(...moments) : undefined;
  if (result === undefined && NO_RESULT.has(c.status)) return 'no-result';
  if (!c.due) return 'no-term';
  if (!isLocalDate(c.due)) throw new RangeError(`Not a due date: ${c.due}`);
  if (result !== undefined) return toAlmatyDate(result) <= c.due ? 'on-time' : 'late';
  return c.due < asOf ? 'overdue-open' : 'pending';
}

function emptyTally(): Tally {
  return {
    accepted: 0,
    byChannel: Object.fromEntries(CHANNELS.map((ch) => [ch, 0])) as Record<Channel, number>,
    onTime: 0,
    late: 0,
    overdueOpen: 0,
    pending: 0,
    noTerm: 0,
    noResult: 0,
    counterRefusals: 0,
    share: null,
  };
}

const FIELD: Record<Timeliness, 'onTime' | 'late' | 'overdueOpen' | 'pending' | 'noTerm' | 'noResult'> = {
  'on-time': 'onTime',
  late: 'late',
  'overdue-open': 'overdueOpen',
  pending: 'pending',
  'no-term': 'noTerm',
  'no-result': 'noResult',
};

/** onTime / settled, or null when nothing is settled. */
export function shareOnTime(t: Pick<Tally, 'onTime' | 'late' | 'overdueOpen'>): number | null {
  const settled = t.onTime + t.late + t.overdueOpen;
  return settled === 0 ? null : t.onTime / settled;
}

export interface ReportOptions {
  /** Today's Almaty date: an undecided case due before it is overdue. */
  asOf: LocalDate;
  /** First and last month of the report; by default the months the data spans. */
  from?: YearMonth;
  to?: YearMonth;
}

export function monthlyReport(
  cases: readonly CaseSummary[],
  refusals: readonly CounterRefusalSummary[],
  opts: ReportOptions,
): MonthlyReport {
  if (!isLocalDate(opts.asOf)) throw new RangeError(`Not a date: ${opts.asOf}`);
  const caseMonths = cases.map((c) => almatyMonth(c.acceptedAt));
  const refusalMonths = refusals.map((r) => almatyMonth(r.at));
  const seen = [...caseMonths, ...refusalMonths].sort();
  const from = opts.from ?? seen[0];
  const to = opts.to ?? seen[seen.length - 1];
  const months = from && to ? monthRange(from, to) : [];
  const inRange = (m: YearMonth) => months.length > 0 && m >= months[0]! && m <= months[months.length - 1]!;

  const counts = new Map<string, StatusCount>();
  const cells = new Map<string, MonthServiceTally>();
  const byMonth: Record<YearMonth, Tally> = Object.fromEntries(months.map((m) => [m, emptyTally()]));
  const byService: Partial<Record<ServiceId, Tally>> = {};
  const total = emptyTally();
  const cell = (month: YearMonth, serviceId: ServiceId) => {
    const key = `${month}|${serviceId}`;
    let t = cells.get(key);
    if (!t) cells.set(key, (t = { month, serviceId, ...emptyTally() }));
    return t;
  };
  const tallies = (month: YearMonth, serviceId: ServiceId) => [
    cell(month, serviceId),
    byMonth[month]!,
    (byService[serviceId] ??= emptyTally()),
    total,
  ];

  cases.forEach((c, i) => {
    const month = caseMonths[i]!;
    if (!inRange(month)) return;
    const key = `${month}|${c.serviceId}|${c.channel}|${c.status}`;
    const row = counts.get(key);
    if (row) row.count++;
    else counts.set(key, { month, serviceId: c.serviceId, channel: c.channel, status: c.status, count: 1 });
    const field = FIELD[timeliness(c, opts.asOf)];
    for (const t of tallies(month, c.serviceId)) {
      t.accepted++;
      t.byChannel[c.channel]++;
      t[field]++;
    }
  });
  refusals.forEach((r, i) => {
    const month = refusalMonths[i]!;
    if (!inRange(month)) return;
    for (const t of tallies(month, r.serviceId)) t.counterRefusals++;
  });

  for (const t of [...cells.values(), ...Object.values(byMonth), ...Object.values(byService), total]) {
    t.share = shareOnTime(t);
  }
  const serviceOrder = (id: ServiceId) => SERVICE_IDS.indexOf(id);
  const rows = [...cells.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || serviceOrder(a.serviceId) - serviceOrder(b.serviceId),
  );
  const sortedCounts = [...counts.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      serviceOrder(a.serviceId) - serviceOrder(b.serviceId) ||
      CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) ||
      CASE_STATUSES.indexOf(a.status) - CASE_STATUSES.indexOf(b.status),
  );
  return { months, counts: sortedCounts, rows, byMonth, byService, total };
}
