import { describe, expect, it } from 'vitest';
import {
  allowedComplaintEvents,
  applyComplaintEvent,
  ComplaintTransitionError,
  type Complaint,
  type ComplaintEvent,
} from '@shared/complaints';
import { complaint } from './fixture';

const clock = { now: 1_800_000_000_000, today: '2026-03-20' };

function step(c: Complaint, e: ComplaintEvent): Complaint {
  const r = applyComplaintEvent(c, e, clock);
  if (!r.ok) throw r.error;
  return r.complaint;
}

function refusal(c: Complaint, e: ComplaintEvent) {
  const r = applyComplaintEvent(c, e, clock);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error).toBeInstanceOf(ComplaintTransitionError);
  return r.error;
}

const answer: ComplaintEvent = { type: 'answer', outgoingNumber: '22-2026/15', postedOn: '2026-03-20' };
const review: ComplaintEvent = {
  type: 'review',
  findings: 'Подтвердилось',
  outcome: 'partly',
  reasons: 'Частично',
};

describe('complaint review as a state machine', () => {
  it('goes registered → in review → reviewed → answered', () => {
    let c = step(complaint(), { type: 'assign', responsible: 'Иванов И.' });
    expect(c.status).toBe('in-review');
    expect(c.responsible?.name).toBe('Иванов И.');
    c = step(c, review);
    expect(c.status).toBe('reviewed');
    expect(c.review).toMatchObject({ outcome: 'partly', reasons: 'Частично' });
    c = step(c, answer);
    expect(c).toMatchObject({
      status: 'answered',
      answer: { outgoingNumber: '22-2026/15', postedOn: '2026-03-20' },
    });
    expect(allowedComplaintEvents('answered')).toEqual([]);
  });

  it.each([
    ['registered', 'review'],
    ['registered', 'answer'],
    ['in-review', 'answer'],
    ['answered', 'assign'],
    ['answered', 'withdraw'],
    ['withdrawn', 'assign'],
  ] as const)('refuses %s → %s with a typed error', (status, type) => {
    const events: Record<string, ComplaintEvent> = {
      assign: { type: 'assign', responsible: 'X' },
      review,
      answer,
      withdraw: { type: 'withdraw', reason: 'Отозвана' },
    };
    const e = refusal(complaint({ status }), events[type]!);
    expect(e).toMatchObject({ code: 'not-allowed-from-state', event: type, status });
  });

  it('names the missing field of each step', () => {
    const inReview = complaint({ status: 'in-review' });
    expect(refusal(complaint(), { type: 'assign', responsible: '  ' }).code).toBe('missing-responsible');
    expect(refusal(inReview, { ...review, findings: '' } as ComplaintEvent).code).toBe('missing-findings');
    expect(refusal(inReview, { ...review, outcome: '' } as ComplaintEvent).code).toBe('missing-outcome');
    expect(refusal(inReview, { ...review, outcome: 'refused', reasons: ' ' } as ComplaintEvent).code).toBe(
      'missing-reasons',
    );
    // Satisfied needs no reasons.
    expect(step(inReview, { ...review, outcome: 'satisfied', reasons: '' } as ComplaintEvent).status).toBe(
      'reviewed',
    );
    const reviewed = complaint({ status: 'reviewed' });
    expect(refusal(reviewed, { ...answer, outgoingNumber: '' } as ComplaintEvent).code).toBe(
      'missing-outgoing-number',
    );
    expect(refusal(reviewed, { ...answer, postedOn: '' } as ComplaintEvent).code).toBe(
      'missing-posting-date',
    );
    expect(refusal(complaint(), { type: 'withdraw', reason: '' }).code).toBe('missing-reason');
  });

  it('refuses an answer dated before registration or after today', () => {
    const reviewed = complaint({ status: 'reviewed' });
    expect(refusal(reviewed, { ...answer, postedOn: '2026-03-01' } as ComplaintEvent).code).toBe(
      'answer-before-registration',
    );
    expect(refusal(reviewed, { ...answer, postedOn: '2026-03-21' } as ComplaintEvent).code).toBe(
      'answer-in-future',
    );
    // The registration day itself is fine.
    expect(step(reviewed, { ...answer, postedOn: '2026-03-02' } as ComplaintEvent).status).toBe('answered');
  });
});
