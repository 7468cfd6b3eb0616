/**
 * The review of a complaint as a state machine: registered → in review (a responsible person) →
 * reviewed (findings and outcome) → answered (outgoing number and posting date); withdrawn from any
 * open state. An illegal move is a typed error the UI translates, never a silent no-op.
 */
import { compareDates, type LocalDate } from '../time/almaty';
import type { Complaint, ComplaintOutcome, ComplaintStatus } from './record';

export type ComplaintEvent =
  | { type: 'assign'; responsible: string }
  | { type: 'review'; findings: string; outcome: ComplaintOutcome | ''; reasons: string }
  | { type: 'answer'; outgoingNumber: string; postedOn: LocalDate | '' }
  | { type: 'withdraw'; reason: string };
export type ComplaintEventType = ComplaintEvent['type'];

export const COMPLAINT_ERROR_CODES = [
  'not-allowed-from-state',
  'missing-responsible',
  'missing-findings',
  'missing-outcome',
  'missing-reasons',
  'missing-outgoing-number',
  'missing-posting-date',
  'answer-before-registration',
  'answer-in-future',
  'missing-reason',
] as const;
export type ComplaintErrorCode = (typeof COMPLAINT_ERROR_CODES)[number];

export class ComplaintTransitionError extends Error {
  override name = 'ComplaintTransitionError';
  constructor(
    readonly code: ComplaintErrorCode,
    readonly event: ComplaintEventType,
    readonly status: ComplaintStatus,
  ) {
    super(`${event} from ${status}: ${code}`);
  }
}

/** From which states each event may start. */
export const COMPLAINT_MOVES: Record<ComplaintEventType, readonly ComplaintStatus[]> = {
  assign: ['registered', 'in-review'],
  review: ['in-review', 'reviewed'],
  answer: ['reviewed'],
  withdraw: ['registered', 'in-review', 'reviewed'],
};

export function allowedComplaintEvents(status: ComplaintStatus): ComplaintEventType[] {
  return (Object.keys(COMPLAINT_MOVES) as ComplaintEventType[]).filter((e) =>
    COMPLAINT_MOVES[e].includes(status),
  );
}

export type ComplaintTransition =
  { ok: true; complaint: Complaint } | { ok: false; error: ComplaintTransitionError };

/** Pure: the complaint after `event` at `now` (today in Almaty passed in), or why not. */
export function applyComplaintEvent(
  c: Complaint,
  event: ComplaintEvent,
  clock: { now: number; today: LocalDate },
): ComplaintTransition {
  const fail = (code: ComplaintErrorCode): ComplaintTransition => ({
    ok: false,
    error: new ComplaintTransitionError(code, event.type, c.status),
  });
  if (!COMPLAINT_MOVES[event.type].includes(c.status)) return fail('not-allowed-from-state');
  switch (event.type) {
    case 'assign': {
      const name = event.responsible.trim();
      if (!name) return fail('missing-responsible');
      return {
        ok: true,
        complaint: { ...c, status: 'in-review', responsible: { name, assignedAt: clock.now } },
      };
    }
    case 'review': {
      const findings = event.findings.trim();
      const reasons = event.reasons.trim();
      if (!findings) return fail('missing-findings');
      if (event.outcome === '') return fail('missing-outcome');
      // A refusal, whole or in part, must say why (the answer letter carries the reasons).
      if (event.outcome !== 'satisfied' && !reasons) return fail('missing-reasons');
      return {
        ok: true,
        complaint: {
          ...c,
          status: 'reviewed',
          review: { findings, outcome: event.outcome, reasons, reviewedAt: clock.now },
        },
      };
    }
    case 'answer': {
      const outgoingNumber = event.outgoingNumber.trim();
      if (!outgoingNumber) return fail('missing-outgoing-number');
      if (event.postedOn === '') return fail('missing-posting-date');
      if (compareDates(event.postedOn, c.registeredOn) < 0) return fail('answer-before-registration');
      if (compareDates(event.postedOn, clock.today) > 0) return fail('answer-in-future');
      return {
        ok: true,
        complaint: {
          ...c,
          status: 'answered',
          answer: { outgoingNumber, postedOn: event.postedOn, recordedAt: clock.now },
        },
      };
    }
    case 'withdraw': {
      const reason = event.reason.trim();
      if (!reason) return fail('missing-reason');
      return { ok: true, complaint: { ...c, status: 'withdrawn', withdrawal: { reason, at: clock.now } } };
    }
  }
}
