/**
 * Due dates of a case per service and channel (docs/decisions.md, terms and deadlines; digest 6.4).
 *
 * ЦОН channel: two clocks. The receipt promises an issue date computed from the acceptance at the
 * ЦОН; the district office runs its own decision clock and step limits from its registration of the
 * package. Both are returned so that a case late on either is visibly late. Step limits are
 * warnings; they are never clamped to the overall term, and a step whose limit ends after the
 * overall due date says so (beyondOverall).
 */
import {
  dueDate,
  housingAssistancePeriod,
  issueDate as issueDateOf,
  quarterOf,
  type Term,
  type TermUnit,
  type WorkingCalendar,
  type YearMonth,
} from '../calendar';
import type { Role } from '../auth/roles';
import { getService } from '../catalogue/checklist';
import type { Channel, ServiceId } from '../catalogue/ids';
import type { Catalogue, ChannelRules, Step } from '../catalogue/types';
import { toAlmatyDate, type LocalDate } from '../time/almaty';

export interface DeadlineSettings {
  /** Working days added to the due date on a ЦОН receipt for the trip back (default 0). */
  transitAllowanceWorkingDays: number;
  /** Housing-assistance start-month cutoff (the 25th rule). */
  housingCutoffDay?: number;
}

export interface DeadlineInput {
  serviceId: ServiceId | string;
  channel: Channel;
  /** Instant (ms) of acceptance at the desk: the ЦОН counter, or the district office's intake. */
  acceptedAt: number;
  /**
   * Instant of the district office's registration of the package. On the district channel it
   * defaults to the acceptance; on the ЦОН channel, unknown until the registry has arrived.
   */
  registeredAt?: number;
  /** Recorded completion instants of steps, for limits counted "after step X". */
  stepsDoneAt?: Readonly<Record<string, number>>;
  settings: DeadlineSettings;
}

export type StepBasis =
  /** The step has its own limit and its anchor is known. */
  | 'step'
  /** No own limit: bounded only by the overall term. */
  | 'overall'
  /** Own limit, but its anchor (registration, an earlier step) has not happened yet. */
  | 'pending';

export interface StepDeadline {
  stepId: string;
  role: Role;
  due: LocalDate | null;
  /** Minute limits (same visit): the instant by which the step must end. */
  dueAt?: number;
  limit: Term | null;
  basis: StepBasis;
  /** Taken only in some cases (returning an incomplete package…). */
  conditional: boolean;
  /** The step's limit ends after the overall due date that governs it (6.4.5: shown, not clamped). */
  beyondOverall: boolean;
}

export interface HousingPeriod {
  referenceDate: LocalDate;
  startMonth: YearMonth;
  endMonth: YearMonth;
  months: number;
}

export interface CaseDeadlines {
  serviceId: ServiceId;
  channel: Channel;
  rulesVersion: string;
  unit: TermUnit;
  term: number;
  acceptedOn: LocalDate;
  /** The applicant-facing due date of this channel; null for minute terms (same visit). */
  due: LocalDate | null;
  /** The date printed for pickup; null for minute terms (no pickup date is printed). */
  issueDate: LocalDate | null;
  /** Minute terms: the visit starts at acceptance and must end by `endBy`. */
  sameVisit?: { startAt: number; endBy: number };
  steps: StepDeadline[];
  /** ЦОН channel: the receipt's promise, from the acceptance at the ЦОН. */
  centerClock?: { acceptedOn: LocalDate; due: LocalDate; issueDate: LocalDate };
  /** ЦОН channel: the district office's clock, from its registration (null until registered). */
  districtClock?: { registeredOn: LocalDate | null; term: Term; due: LocalDate | null };
  /** Housing assistance: the 12-month period; for a ЦОН filing the reference is the ЦОН acceptance. */
  housingPeriod?: HousingPeriod;
  /** АСП certificate: it speaks for "the current quarter" of the visit (3.5 §7, §10; 6.5 #26). */
  certificateQuarter?: { year: number; quarter: 1 | 2 | 3 | 4; start: LocalDate; end: LocalDate };
}

export type DeadlineInputErrorCode = 'channel-not-available' | 'bad-instant' | 'registered-before-accepted';

export class DeadlineInputError extends Error {
  readonly code: DeadlineInputErrorCode;
  constructor(code: DeadlineInputErrorCode, message: string) {
    super(message);
    this.name = 'DeadlineInputError';
    this.code = code;
  }
}

const CENTER_ROLES: readonly Role[] = ['center-inspector', 'accumulation-inspector'];
const MINUTE_MS = 60_000;

function checkInstant(value: number, what: string): void {
  if (!Number.isFinite(value))
    throw new DeadlineInputError('bad-instant', `${what} is not an instant: ${value}`);
}

function channelRules(catalogue: Catalogue, serviceId: string, channel: Channel): ChannelRules {
  const service = getService(catalogue, serviceId);
  const rules = service.channels[channel];
  if (!rules || !rules.enabled) {
    throw new DeadlineInputError(
      'channel-not-available',
      `${service.id} cannot be filed at channel "${channel}"`,
    );
  }
  return rules;
}

interface Anchors {
  acceptedAt: number;
  registeredAt: number | undefined;
  stepsDoneAt: Readonly<Record<string, number>>;
}

function stepDeadlines(cal: WorkingCalendar, steps: Step[], anchors: Anchors): StepDeadline[] {
  const planned = new Map<string, LocalDate | null>();
  const out: StepDeadline[] = [];
  for (const step of steps) {
    const base = {
      stepId: step.id,
      role: step.role,
      conditional: step.onlyWhen !== undefined,
      beyondOverall: false,
    };
    const limit = step.limit;
    if (!limit) {
      planned.set(step.id, null);
      out.push({ ...base, due: null, limit: null, basis: 'overall' });
      continue;
    }
    let anchorAt: number | undefined;
    let anchorDate: LocalDate | null = null;
    const a = limit.anchor;
    if (a.from === 'acceptance') anchorAt = anchors.acceptedAt;
    else if (a.from === 'registration') anchorAt = anchors.registeredAt;
    else {
      anchorAt = anchors.stepsDoneAt[a.step];
      if (anchorAt === undefined) anchorDate = planned.get(a.step) ?? null;
    }
    if (anchorAt !== undefined) anchorDate = toAlmatyDate(anchorAt);
    if (anchorDate === null) {
      planned.set(step.id, null);
      out.push({ ...base, due: null, limit: limit.term, basis: 'pending' });
      continue;
    }
    if (limit.term.unit === 'minutes') {
      // A planned (not recorded) anchor has no time of day: minute limits need a real instant.
      if (anchorAt === undefined) {
        planned.set(step.id, null);
        out.push({ ...base, due: null, limit: limit.term, basis: 'pending' });
        continue;
      }
      planned.set(step.id, anchorDate);
      out.push({
        ...base,
        due: anchorDate,
        dueAt: anchorAt + limit.term.value * MINUTE_MS,
        limit: limit.term,
        basis: 'step',
      });
      continue;
    }
    const due = dueDate(cal, anchorDate, limit.term);
    planned.set(step.id, due);
    out.push({ ...base, due, limit: limit.term, basis: 'step' });
  }
  return out;
}

function markBeyond(steps: StepDeadline[], governing: (s: StepDeadline) => LocalDate | null): void {
  for (const s of steps) {
    const g = governing(s);
    s.beyondOverall = s.due !== null && g !== null && s.due > g;
  }
}

export function caseDeadlines(
  catalogue: Catalogue,
  cal: WorkingCalendar,
  input: DeadlineInput,
): CaseDeadlines {
  const rules = channelRules(catalogue, input.serviceId, input.channel);
  const service = getService(catalogue, input.serviceId);
  checkInstant(input.acceptedAt, 'acceptedAt');
  if (input.registeredAt !== undefined) {
    checkInstant(input.registeredAt, 'registeredAt');
    if (input.registeredAt < input.acceptedAt) {
      throw new DeadlineInputError('registered-before-accepted', 'registeredAt is earlier than acceptedAt');
    }
  }
  const acceptedOn = toAlmatyDate(input.acceptedAt);
  const registeredAt = input.registeredAt ?? (input.channel === 'district' ? input.acceptedAt : undefined);
  const anchors: Anchors = {
    acceptedAt: input.acceptedAt,
    registeredAt,
    stepsDoneAt: input.stepsDoneAt ?? {},
  };
  const steps = stepDeadlines(cal, rules.steps, anchors);

  const result: CaseDeadlines = {
    serviceId: service.id,
    channel: input.channel,
    rulesVersion: catalogue.rulesVersion,
    unit: rules.term.unit,
    term: rules.term.value,
    acceptedOn,
    due: null,
    issueDate: null,
    steps,
  };

  if (service.assignment?.startsByCutoffDay) {
    const p = housingAssistancePeriod(
      acceptedOn,
      input.settings.housingCutoffDay,
      service.assignment.periodMonths,
    );
    result.housingPeriod = { referenceDate: acceptedOn, ...p };
  }

  if (service.certificate?.covers === 'quarter') result.certificateQuarter = quarterOf(acceptedOn);

  if (rules.term.unit === 'minutes') {
    result.sameVisit = { startAt: input.acceptedAt, endBy: input.acceptedAt + rules.term.value * MINUTE_MS };
    markBeyond(steps, () => null);
    return result;
  }

  if (input.channel === 'district') {
    const startAt =
      rules.termStart === 'registration' ? (registeredAt ?? input.acceptedAt) : input.acceptedAt;
    const due = dueDate(cal, toAlmatyDate(startAt), rules.term)!;
    result.due = due;
    result.issueDate = issueDateOf(cal, due, 0);
    markBeyond(steps, () => due);
    return result;
  }

  const due = dueDate(cal, acceptedOn, rules.term)!;
  const issue = issueDateOf(cal, due, input.settings.transitAllowanceWorkingDays);
  result.due = due;
  result.issueDate = issue;
  result.centerClock = { acceptedOn, due, issueDate: issue };
  const districtTerm = rules.districtTerm?.term ?? rules.term;
  const registeredOn = registeredAt === undefined ? null : toAlmatyDate(registeredAt);
  const districtDue = registeredOn === null ? null : dueDate(cal, registeredOn, districtTerm);
  result.districtClock = { registeredOn, term: districtTerm, due: districtDue };
  markBeyond(steps, (s) => (CENTER_ROLES.includes(s.role) ? due : districtDue));
  return result;
}

/** Minute-term services: elapsed time of a visit and whether it overran the term. */
export function sameVisitOverrun(
  startAt: number,
  endAt: number,
  term: Term,
): { elapsedMinutes: number; overrun: boolean } {
  if (term.unit !== 'minutes') throw new RangeError(`Not a minute term: ${term.unit}`);
  if (!Number.isFinite(startAt) || !Number.isFinite(endAt) || endAt < startAt) {
    throw new RangeError('The visit must end after it starts');
  }
  const elapsedMinutes = (endAt - startAt) / MINUTE_MS;
  return { elapsedMinutes, overrun: elapsedMinutes > term.value };
}
