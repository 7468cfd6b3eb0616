import { describe, expect, it } from 'vitest';
import { openCase, type OpenCaseInput, type TransitionErrorCode } from '@shared/lifecycle';
import type { Role } from '@shared/auth/roles';
import type { OfficeType } from '@shared/lifecycle';
import { ctx } from './walk';

type Row = [
  name: string,
  input: OpenCaseInput,
  role: Role,
  office: OfficeType,
  result: 'accepted' | TransitionErrorCode,
];
const H = 'housing-assistance' as const;

const rows: Row[] = [
  [
    'housing at a ЦОН by its inspector (3.1 B1)',
    { caseId: '1', serviceId: H, channel: 'center' },
    'center-inspector',
    'center',
    'accepted',
  ],
  [
    'child benefit at a ЦОН (3.9 B2)',
    { caseId: '1', serviceId: 'child-benefit-under-18', channel: 'center' },
    'center-inspector',
    'center',
    'accepted',
  ],
  [
    'housing at the district by its specialist (3.1 A1)',
    { caseId: '1', serviceId: H, channel: 'district' },
    'district-specialist',
    'district',
    'accepted',
  ],
  [
    'maslikhat aid is not filed at a ЦОН (digest 2)',
    { caseId: '1', serviceId: 'maslikhat-social-aid', channel: 'center' },
    'center-inspector',
    'center',
    'wrong-channel',
  ],
  [
    'a ЦОН case typed at a district workstation',
    { caseId: '1', serviceId: H, channel: 'center' },
    'center-inspector',
    'district',
    'wrong-office',
  ],
  [
    'the accumulation department does not accept at the counter',
    { caseId: '1', serviceId: H, channel: 'center' },
    'accumulation-inspector',
    'center',
    'forbidden-role',
  ],
  [
    'the head does not accept at the counter (3.1 A1)',
    { caseId: '1', serviceId: H, channel: 'district' },
    'district-head',
    'district',
    'forbidden-role',
  ],
  [
    'an empty case number',
    { caseId: ' ', serviceId: H, channel: 'district' },
    'district-specialist',
    'district',
    'invalid-case',
  ],
  [
    'an unknown service',
    { caseId: '1', serviceId: 'x' as typeof H, channel: 'district' },
    'district-specialist',
    'district',
    'invalid-case',
  ],
];

describe('acceptance opens a case', () => {
  it.each(rows)('%s', (_n, input, role, office, result) => {
    const r = openCase(input, ctx(role, office, 1_000));
    expect(r.ok ? r.state.status : r.error.code).toBe(result);
  });

  it('an administrator may open another service to the ЦОН (docs/decisions.md "Channels")', () => {
    const input: OpenCaseInput = { caseId: '2', serviceId: 'disability-wheelchair', channel: 'center' };
    const r = openCase(input, ctx('center-inspector', 'center', 0), { channels: ['district', 'center'] });
    expect(r.ok && r.state.status).toBe('accepted');
  });

  it('but never a same-visit service: a minutes term cannot travel (3.3 §4)', () => {
    const input: OpenCaseInput = { caseId: '3', serviceId: 'employment-referral', channel: 'center' };
    const r = openCase(input, ctx('center-inspector', 'center', 0), { channels: ['district', 'center'] });
    expect(r.ok ? r.state.status : r.error.code).toBe('wrong-channel');
  });

  it('records the acceptance: intake revision 1, audit entry, milestone', () => {
    const r = openCase(
      { caseId: '4', serviceId: H, channel: 'district' },
      ctx('district-specialist', 'district', 77),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.revisions).toEqual({ intake: 1, processing: 0, payment: 0 });
    expect(r.state.milestones).toEqual({ acceptedAt: 77 });
    expect(r.effects).toContainEqual({
      type: 'audit',
      entry: expect.objectContaining({ caseId: '4', at: 77, event: 'accept', from: null, to: 'accepted' }),
    });
  });
});
