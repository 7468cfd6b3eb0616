import type { Channel, ServiceId } from '../catalogue/ids';
import type { CaseStatus } from '../lifecycle/statuses';
import type { LocalDate } from '../time/almaty';

/** 'YYYY-MM', a calendar month in Almaty. */
export type YearMonth = string;

/**
 * What a report needs of a case: the caller maps its stored rows onto this (lifecycle milestones,
 * and the governing due date of the case row, `governingDueDate`).
 */
export interface CaseSummary {
  serviceId: ServiceId;
  channel: Channel;
  /** Current status. */
  status: CaseStatus;
  /** Instant of acceptance; the case belongs to the Almaty month of this instant. */
  acceptedAt: number;
  /** Instant of the decision (assign or refuse) or, for the disability services, of the result. */
  decidedAt?: number;
  /**
   * Due date of the overall term (docs/decisions.md: the overall term decides "overdue"): at a ЦОН the
   * receipt's promise. Absent, null or '' for same-visit services, which have no date.
   */
  due?: LocalDate | null;
  closedAt?: number;
  deliveredAt?: number;
}

/** A refusal at the counter: never a case, a record for statistics (issue 4, item 3). */
export interface CounterRefusalSummary {
  serviceId: ServiceId;
  at: number;
}

/**
 * How a case stands against its overall term:
 * - `on-time`: its result moment (the earlier of decision and delivery) falls on or before the due
 *   date, both as Almaty calendar dates;
 * - `late`: its result moment falls after the due date;
 * - `overdue-open`: no result yet and the due date is before `asOf`; it is late whatever happens next;
 * - `pending`: no result yet, due date today or later;
 * - `no-term`: a same-visit service (minute term, no due date): overruns are flagged per visit;
 * - `no-result`: withdrawn, cancelled or refused acceptance before any result.
 */
export type Timeliness = 'on-time' | 'late' | 'overdue-open' | 'pending' | 'no-term' | 'no-result';

export interface StatusCount {
  month: YearMonth;
  serviceId: ServiceId;
  channel: Channel;
  status: CaseStatus;
  count: number;
}

/** Counters of one group (a month × service, a month, a service, or everything). */
export interface Tally {
  accepted: number;
  byChannel: Record<Channel, number>;
  onTime: number;
  late: number;
  overdueOpen: number;
  pending: number;
  noTerm: number;
  noResult: number;
  counterRefusals: number;
  /**
   * onTime / (onTime + late + overdueOpen): the share decided on time among the cases whose
   * timeliness is settled. null when there are none (shown as "none", never NaN).
   */
  share: number | null;
}

export interface MonthServiceTally extends Tally {
  month: YearMonth;
  serviceId: ServiceId;
}

export interface MonthlyReport {
  /** Months in the report, ascending, every month of the range even when empty. */
  months: YearMonth[];
  /** Non-zero counts, sorted by month, service (catalogue order), channel, status (lifecycle order). */
  counts: StatusCount[];
  /** One row per month × service that has any case or counter refusal, same order. */
  rows: MonthServiceTally[];
  byMonth: Record<YearMonth, Tally>;
  byService: Partial<Record<ServiceId, Tally>>;
  total: Tally;
}
