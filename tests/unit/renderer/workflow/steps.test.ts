import { describe, expect, it } from 'vitest';
import type { Role } from '@shared/auth/roles';
import type { CaseState, OfficeType } from '@shared/lifecycle';
import { stepsOf } from '@renderer/workflow/steps';
import { makeCase, MONDAY_10AM } from '../journal/fixtures';

const ctx = (roles: Role[], officeType: OfficeType = 'district') => ({
  actor: { userId: 'u', roles },
  now: MONDAY_10AM + 3_600_000,
  officeType,
});
const stateOf = (spec: Parameters<typeof makeCase>[0], patch: Partial<CaseState> = {}): CaseState => {
  const row = makeCase(spec);
  return { ...row.state, ...patch };
};

describe('stepsOf: what the panel offers', () => {
  it('district walk-in just accepted: the specialist registers; the head sees it as someone else’s step', () => {
    const s = stateOf({ channel: 'district' });
    expect(stepsOf(s, ctx(['district-specialist'])).allowed).toEqual(['register']);
    const head = stepsOf(s, ctx(['district-head']));
    expect(head.allowed).toEqual([]);
    expect(head.blocked).toEqual([
      { type: 'register', code: 'forbidden-role', messageKey: 'errors.forbidden-role' },
    ]);
  });

  it('child benefit at the district: originals can be requested; awaiting originals offers received or refusal to accept', () => {
    const accepted = stateOf({ channel: 'district', serviceId: 'child-benefit-under-18' });
    expect(stepsOf(accepted, ctx(['district-specialist'])).allowed).toEqual([
      'request-originals',
      'register',
    ]);
    const waiting = stateOf(
      { channel: 'district', serviceId: 'child-benefit-under-18' },
      { status: 'awaiting-originals' },
    );
    expect(stepsOf(waiting, ctx(['district-specialist'])).allowed).toEqual([
      'originals-received',
      'refuse-acceptance',
    ]);
  });

  it('ЦОН package received at the district: register or return as incomplete', () => {
    const s = stateOf({ channel: 'center' }, { status: 'received-by-district' });
    expect(stepsOf(s, ctx(['district-specialist'])).allowed).toEqual(['return-incomplete', 'register']);
    // At the ЦОН the same steps belong to another office.
    expect(stepsOf(s, ctx(['district-specialist'], 'center')).blocked.map((b) => b.code)).toEqual([
      'wrong-office',
      'wrong-office',
    ]);
  });

  it('a draft before the local commission’s conclusion is blocked with the reason', () => {
    const s = stateOf(
      { channel: 'district', serviceId: 'child-benefit-under-18' },
      { status: 'with-specialist' },
    );
    const r = stepsOf(s, ctx(['responsible-specialist']));
    expect(r.allowed).toEqual(['send-to-commission']);
    expect(r.blocked).toContainEqual({
      type: 'submit-draft',
      code: 'commission-pending',
      messageKey: 'errors.commission-pending',
    });
  });

  it('same-visit referral: the district specialist issues it at once', () => {
    const s = stateOf({
      channel: 'district',
      serviceId: 'employment-referral',
      intake: { subType: 'job-placement' },
    });
    expect(stepsOf(s, ctx(['district-specialist'])).allowed).toEqual(['issue-same-visit']);
    expect(stepsOf(s, ctx(['responsible-specialist'])).allowed).toEqual([]);
  });

  it('a closed case offers nothing and blocks nothing', () => {
    const s = stateOf({ channel: 'district' }, { status: 'issued-in-person' });
    expect(stepsOf(s, ctx(['district-specialist', 'district-head', 'responsible-specialist']))).toEqual({
      allowed: [],
      blocked: [],
    });
  });
});
