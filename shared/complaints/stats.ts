/**
 * Complaint counts for the reports (issue 15): received in a period, answered on time or late, open
 * past their due date, by kind and by outcome. Pure: rows and "today" come in.
 */
import { compareDates, type LocalDate } from '../time/almaty';
import {
  COMPLAINT_KINDS,
  COMPLAINT_OUTCOMES,
  isOpenComplaint,
  type Complaint,
  type ComplaintKind,
  type ComplaintOutcome,
} from './record';

export interface ComplaintCounts {
  received: number;
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  /** Still open and past the due date on `today`. */
  overdue: number;
  open: number;
  withdrawn: number;
  byKind: Record<ComplaintKind, number>;
  byOutcome: Record<ComplaintOutcome, number>;
}

/** Counts over complaints registered in [from, to] (Almaty dates, inclusive). */
export function complaintCounts(
  rows: readonly Complaint[],
  period: { from: LocalDate; to: LocalDate },
  today: LocalDate,
): ComplaintCounts {
  const out: ComplaintCounts = {
    received: 0,
    answered: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    overdue: 0,
    open: 0,
    withdrawn: 0,
    byKind: Object.fromEntries(COMPLAINT_KINDS.map((k) => [k, 0])) as Record<ComplaintKind, number>,
    byOutcome: Object.fromEntries(COMPLAINT_OUTCOMES.map((k) => [k, 0])) as Record<ComplaintOutcome, number>,
  };
  for (const c of rows) {
    if (compareDates(c.registeredOn, period.from) < 0 || compareDates(c.registeredOn, period.to) > 0)
      continue;
    out.received++;
    out.byKind[c.kind]++;
    if (c.review) out.byOutcome[c.review.outcome]++;
    if (c.answer) {
      out.answered++;
      if (compareDates(c.answer.postedOn, c.dueDate) <= 0) out.answeredOnTime++;
      else out.answeredLate++;
    } else if (c.status === 'withdrawn') out.withdrawn++;
    else if (isOpenComplaint(c)) {
      out.open++;
      if (compareDates(c.dueDate, today) < 0) out.overdue++;
    }
  }
  return out;
}
