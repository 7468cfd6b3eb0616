/**
 * Where a case stands against its clocks on a given day (issue 6, item 6). Pure: the stored row,
 * its clock records, the calendar and "now" come in. The overall term decides "overdue" (on either
 * clock for a ЦОН case: docs/decisions.md); step limits only warn.
 */
import { workingDaysBetween, type WorkingCalendar } from '@shared/calendar';
import type { Catalogue } from '@shared/catalogue';
import { lifecycleStepLimits, sameVisitOverrun } from '@shared/deadlines';
import { isClosed, stepLimit, type StepClock } from '@shared/lifecycle';
import { toAlmatyDate, type LocalDate } from '@shared/time/almaty';
import type { CaseRow } from '../db/types';
import { runningClocks, type ClockRecord, type RunningClock } from '@shared/workflow/clocks';

/** Worst first: the order the dashboard and the panel sort by. */
export const DEADLINE_LEVELS = ['overdue', 'due-today', 'at-risk', 'on-time', 'no-date'] as const;
export type DeadlineLevel = (typeof DEADLINE_LEVELS)[number];

/** today vs a due date: past, today, one working day left, more. */
export function levelOf(cal: WorkingCalendar, today: LocalDate, due: LocalDate | null): DeadlineLevel {
  if (due === null) return 'no-date';
  if (due < today) return 'overdue';
  if (due === today) return 'due-today';
  try {
    return workingDaysBetween(cal, today, due) <= 1 ? 'at-risk' : 'on-time';
  } catch {
    return 'on-time'; // a date beyond the calendar's years is far away, not at risk
  }
}

export const worst = (levels: readonly DeadlineLevel[]): DeadlineLevel =>
  levels.reduce<DeadlineLevel>(
    (w, l) => (DEADLINE_LEVELS.indexOf(l) < DEADLINE_LEVELS.indexOf(w) ? l : w),
    'no-date',
  );

/** One clock of the overall term: the district channel's, or the ЦОН receipt's and the district's. */
export interface TermClock {
  kind: 'service' | 'center' | 'district';
  due: LocalDate | null;
  level: DeadlineLevel;
  /** The district clock stops when the result leaves for the ЦОН. */
  running: boolean;
}

export interface StepWarning extends RunningClock {
  level: DeadlineLevel;
}

export interface CaseDeadlineStatus {
  caseId: string;
  today: LocalDate;
  open: boolean;
  /** Worst level over the running overall clocks. */
  level: DeadlineLevel;
  clocks: TermClock[];
  /** Running step clocks with their level (warnings, never "overdue" for the case). */
  steps: StepWarning[];
  /** Same-visit services: minutes since acceptance and whether the term is overrun. */
  sameVisit?: {
    startAt: number;
    endBy: number;
    /** The recorded end of the visit (delivery), absent while it goes on. */
    endedAt?: number;
    elapsedMinutes: number;
    overrun: boolean;
  };
}

const TERM_CLOCKS: readonly StepClock[] = ['service-term', 'district-term'];

export function caseDeadlineStatus(
  catalogue: Catalogue,
  cal: WorkingCalendar,
  row: Pick<CaseRow, 'id' | 'state' | 'deadlines' | 'intake' | 'channel' | 'serviceId'>,
  records: readonly ClockRecord[],
  now: number,
): CaseDeadlineStatus {
  const today = toAlmatyDate(now);
  const { state, deadlines } = row;
  const open =
    !isClosed(state.status, state.serviceId, state.channel) && state.milestones.deliveredAt === undefined;
  const clocks: TermClock[] = [];
  if (row.channel === 'center') {
    const center = deadlines.centerClock?.due ?? deadlines.due;
    clocks.push({ kind: 'center', due: center, level: levelOf(cal, today, center), running: open });
    const district = deadlines.districtClock?.due ?? null;
    const districtRunning = open && state.runningClocks.includes('district-term');
    if (deadlines.districtClock?.registeredOn)
      clocks.push({
        kind: 'district',
        due: district,
        level: levelOf(cal, today, district),
        running: districtRunning,
      });
  } else {
    clocks.push({
      kind: 'service',
      due: deadlines.due,
      level: levelOf(cal, today, deadlines.due),
      running: open,
    });
  }

  const limits = lifecycleStepLimits(catalogue, row.channel);
  const steps: StepWarning[] = runningClocks(
    cal,
    state.runningClocks.filter((c) => !TERM_CLOCKS.includes(c)),
    records,
    row.intake.acceptedAt,
    (clock) => stepLimit(clock, row.serviceId, limits),
  ).map((c) => ({
    ...c,
    level: c.dueAt !== undefined ? (now > c.dueAt ? 'overdue' : 'due-today') : levelOf(cal, today, c.due),
  }));

  let sameVisit: CaseDeadlineStatus['sameVisit'];
  if (deadlines.sameVisit) {
    const { startAt, endBy } = deadlines.sameVisit;
    const end = state.milestones.deliveredAt ?? Math.max(now, startAt);
    const term = { value: Math.round((endBy - startAt) / 60_000), unit: 'minutes' as const };
    const endedAt = state.milestones.deliveredAt;
    sameVisit = {
      startAt,
      endBy,
      ...(endedAt !== undefined ? { endedAt } : {}),
      ...sameVisitOverrun(startAt, end, term),
    };
  }

  const running = clocks.filter((c) => c.running).map((c) => c.level);
  let level: DeadlineLevel = open ? worst(running) : 'no-date';
  if (open && sameVisit) level = sameVisit.overrun ? 'overdue' : 'due-today';
  return { caseId: row.id, today, open, level, clocks, steps, sameVisit };
}
