import { describe, expect, it } from 'vitest';
import {
  checkEvent,
  transition,
  TRANSITION_ERROR_CODES,
  type CaseEvent,
  type CaseState,
  type TransitionContext,
  type TransitionErrorCode,
} from '@shared/lifecycle';
import type { Role } from '@shared/auth/roles';
import { makeState, type Variant } from './spec';
import type { Channel, ServiceId } from '@shared/catalogue/ids';
import type { CaseStatus, OfficeType } from '@shared/lifecycle';

const ctx = (role: Role, officeType: OfficeType = 'district'): TransitionContext => ({
  actor: { userId: 'u1', roles: [role] },
  now: 5_000,
  officeType,
});

type Row = [
  name: string,
  state: [ServiceId, Channel, CaseStatus, Variant?],
  event: unknown,
  actor: [Role, OfficeType?],
  code: TransitionErrorCode,
];

const H = 'housing-assistance';
const C = 'child-benefit-under-18';
const A = 'targeted-social-assistance';
const M = 'maslikhat-social-aid';
const E = 'employment-referral';

// Each refusal the machine can give, with the case it guards (citations as in rules.ts).
const rows: Row[] = [
  [
    'unknown event',
    [H, 'district', 'registered'],
    { type: 'approve-everything' },
    ['district-head'],
    'unknown-event',
  ],
  ['closed case', [H, 'district', 'withdrawn'], { type: 'register' }, ['district-specialist'], 'case-closed'],
  [
    'delivered case',
    [H, 'center', 'issued-by-center'],
    { type: 'cancel', reason: 'x' },
    ['admin'],
    'case-closed',
  ],
  [
    'sign before a decision',
    [H, 'district', 'with-specialist'],
    { type: 'sign-result' },
    ['district-head'],
    'not-allowed-from-state',
  ],
  [
    'no commission in maslikhat aid (3.2 §13)',
    [M, 'district', 'with-specialist'],
    { type: 'send-to-commission' },
    ['responsible-specialist'],
    'wrong-service',
  ],
  [
    'originals only for child benefits (3.9 A3b)',
    [H, 'district', 'accepted'],
    { type: 'request-originals' },
    ['district-specialist'],
    'wrong-service',
  ],
  [
    'registry only for a ЦОН case (3.1 B2)',
    [H, 'district', 'accepted'],
    { type: 'add-to-registry' },
    ['accumulation-inspector', 'center'],
    'wrong-channel',
  ],
  [
    'district delivery of a ЦОН case goes via the ЦОН (3.1 B7)',
    [H, 'center', 'result-signed'],
    { type: 'issue', delivery: 'in-person' },
    ['responsible-specialist'],
    'wrong-channel',
  ],
  [
    'head at a ЦОН workstation',
    [H, 'center', 'head-review'],
    { type: 'assign' },
    ['district-head', 'center'],
    'wrong-office',
  ],
  [
    'specialist assigns instead of the head (3.1 A2)',
    [H, 'district', 'head-review'],
    { type: 'assign' },
    ['responsible-specialist'],
    'forbidden-role',
  ],
  [
    'head decides for the housing commission (3.1 A4)',
    [H, 'district', 'at-housing-commission'],
    { type: 'decide', outcome: 'approved' },
    ['district-head'],
    'forbidden-role',
  ],
  [
    'center inspector cancels (admin only)',
    [H, 'center', 'accepted'],
    { type: 'cancel', reason: 'ошибка' },
    ['center-inspector', 'center'],
    'forbidden-role',
  ],
  [
    'draft before the local commission (3.9 A7-A8)',
    [C, 'district', 'with-specialist', 'fresh'],
    { type: 'submit-draft' },
    ['responsible-specialist'],
    'commission-pending',
  ],
  [
    'second commission (3.9 B8)',
    [C, 'district', 'with-specialist', 'concluded'],
    { type: 'send-to-commission' },
    ['responsible-specialist'],
    'commission-done',
  ],
  [
    'payment for a refusal (3.2 §13.5)',
    [M, 'district', 'issued-in-person', 'refused'],
    { type: 'request-payment' },
    ['responsible-specialist'],
    'not-approved',
  ],
  [
    'withdrawal without a reason',
    [H, 'district', 'registered'],
    { type: 'withdraw' },
    ['district-specialist'],
    'missing-reason',
  ],
  [
    'withdrawal with a blank reason',
    [H, 'district', 'registered'],
    { type: 'withdraw', reason: '   ' },
    ['district-specialist'],
    'missing-reason',
  ],
  [
    'cancellation without a reason',
    [H, 'district', 'registered'],
    { type: 'cancel', reason: '' },
    ['admin'],
    'missing-reason',
  ],
  [
    'correction without a reason',
    [H, 'district', 'registered'],
    { type: 'correct', fields: ['phone'] },
    ['district-specialist'],
    'missing-reason',
  ],
  [
    'correction naming no field',
    [H, 'district', 'registered'],
    { type: 'correct', reason: 'опечатка', fields: [] },
    ['district-specialist'],
    'missing-changes',
  ],
  [
    'refusal to accept without a reason (3.9 A3d)',
    [C, 'center', 'awaiting-originals'],
    { type: 'refuse-acceptance', reason: '' },
    ['center-inspector', 'center'],
    'missing-reason',
  ],
  [
    'draft returned without a reason',
    [M, 'district', 'draft-decision'],
    { type: 'return-draft' },
    ['district-head'],
    'missing-reason',
  ],
  [
    'refusal without grounds (3.4 §12)',
    [A, 'district', 'draft-decision', 'concluded'],
    { type: 'decide', outcome: 'refused' },
    ['district-head'],
    'missing-grounds',
  ],
  [
    'refusal with empty grounds',
    [A, 'district', 'draft-decision', 'concluded'],
    { type: 'decide', outcome: 'refused', grounds: [''] },
    ['district-head'],
    'missing-grounds',
  ],
  [
    'same-visit refusal without grounds (3.3 §10)',
    [E, 'district', 'accepted'],
    { type: 'issue-same-visit', outcome: 'refused' },
    ['district-specialist'],
    'missing-grounds',
  ],
  [
    'return without the missing list (3.9 B4)',
    [C, 'center', 'received-by-district'],
    { type: 'return-incomplete', missingDocuments: [] },
    ['district-specialist'],
    'missing-documents',
  ],
  [
    'issue without a delivery method',
    [H, 'district', 'result-signed'],
    { type: 'issue' },
    ['responsible-specialist'],
    'missing-delivery',
  ],
  [
    'post from the ЦОН desk (3.9 B13)',
    [H, 'center', 'ready-for-pickup'],
    { type: 'issue', delivery: 'post' },
    ['center-inspector', 'center'],
    'delivery-not-allowed',
  ],
  [
    '"via ЦОН" for a district case',
    [H, 'district', 'result-signed'],
    { type: 'issue', delivery: 'center' },
    ['responsible-specialist'],
    'delivery-not-allowed',
  ],
  [
    'decision without an outcome',
    [M, 'district', 'draft-decision'],
    { type: 'decide' },
    ['district-head'],
    'missing-outcome',
  ],
  [
    'assignment after a refused survey',
    [A, 'district', 'survey-refused'],
    { type: 'decide', outcome: 'approved' },
    ['district-head'],
    'outcome-not-allowed',
  ],
  [
    'consultation for a job referral (3.3 §1)',
    [E, 'district', 'accepted'],
    { type: 'issue-same-visit', outcome: 'consultation' },
    ['district-specialist'],
    'outcome-not-allowed',
  ],
  [
    'conclusion missing (3.4 §13.2d)',
    [A, 'district', 'at-local-commission'],
    { type: 'submit-conclusion' },
    ['commission-member'],
    'missing-conclusion',
  ],
  [
    'negative amount',
    [M, 'district', 'draft-decision'],
    { type: 'decide', outcome: 'approved', amount: -1 },
    ['district-head'],
    'invalid-amount',
  ],
  [
    'fractional period',
    [H, 'district', 'at-housing-commission'],
    { type: 'decide', outcome: 'approved', periodMonths: 1.5 },
    ['commission-member'],
    'invalid-amount',
  ],
];

describe('a forbidden transition is a typed error, never a silent no-op', () => {
  it.each(rows)('%s → %s', (_name, [service, channel, status, variant], event, [role, office], code) => {
    const state: CaseState = makeState(service, channel, status, variant ?? 'fresh');
    const before = structuredClone(state);
    const r = transition(state, event as CaseEvent, ctx(role, office));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.messageKey).toBe(`errors.${code}`);
    expect(state).toEqual(before);
  });

  it('covers every error code but the two with their own tests (invalid-context below, invalid-case in open-case)', () => {
    const covered = new Set(rows.map((r) => r[4]));
    expect(TRANSITION_ERROR_CODES.filter((c) => !covered.has(c))).toEqual([
      'invalid-context',
      'invalid-case',
    ]);
  });

  it('refuses a step without a clock or a named user (invalid-context)', () => {
    const state = makeState(H, 'district', 'registered', 'fresh');
    for (const bad of [
      { ...ctx('district-specialist'), now: Number.NaN },
      { ...ctx('district-specialist'), actor: { userId: ' ', roles: ['district-specialist' as Role] } },
    ]) {
      const r = transition(state, { type: 'pass-to-head' }, bad);
      expect(r.ok ? r.state.status : r.error.code).toBe('invalid-context');
      expect(checkEvent(state, 'pass-to-head', bad)?.code).toBe('invalid-context');
    }
    expect(checkEvent(state, 'pass-to-head', ctx('district-specialist'))).toBeNull();
    expect(checkEvent(state, 'pass-to-head', ctx('district-head'))?.code).toBe('forbidden-role');
  });

  it('names what would have been accepted', () => {
    const r = transition(
      makeState(H, 'district', 'head-review', 'fresh'),
      { type: 'assign' },
      ctx('district-specialist'),
    );
    expect(r.ok ? null : r.error.expected).toEqual({ roles: ['district-head'] });
    const s = transition(
      makeState(H, 'district', 'head-review', 'fresh'),
      { type: 'sign-result' },
      ctx('district-head'),
    );
    expect(s.ok ? null : s.error.expected?.events).toEqual(['assign', 'correct', 'withdraw', 'cancel']);
  });

  it('career guidance gives only a consultation (3.3 §1, sub-service 6)', () => {
    const state = { ...makeState(E, 'district', 'accepted', 'fresh'), subType: 'career-guidance' };
    const referral = transition(
      state,
      { type: 'issue-same-visit', outcome: 'issued' },
      ctx('district-specialist'),
    );
    expect(referral.ok ? referral.state.status : referral.error.code).toBe('outcome-not-allowed');
    const talk = transition(
      state,
      { type: 'issue-same-visit', outcome: 'consultation' },
      ctx('district-specialist'),
    );
    expect(talk.ok ? talk.state.status : talk.error.code).toBe('consultation-given');
  });

  it('a user holding several roles may act in any of them', () => {
    const both: TransitionContext = {
      actor: { userId: 'u2', roles: ['district-specialist', 'district-head'] },
      now: 1,
      officeType: 'district',
    };
    const r = transition(makeState(H, 'district', 'head-review', 'fresh'), { type: 'assign' }, both);
    expect(r.ok && r.state.status).toBe('with-specialist');
  });
});
