import { describe, expect, it } from 'vitest';
import { transition, type AuditEntry, type CaseEvent } from '@shared/lifecycle';
import type { Role } from '@shared/auth/roles';
import type { OfficeType } from '@shared/lifecycle';
import { clocks, ctx, DAY, documents, walk } from './walk';

type Step = [CaseEvent, Role, OfficeType];
const D: OfficeType = 'district';
const C: OfficeType = 'center';

describe('housing assistance filed at a ЦОН, refused, returned and issued (3.1 §14 B1-B9)', () => {
  const steps: Step[] = [
    [{ type: 'add-to-registry', registryId: 'R-7' }, 'accumulation-inspector', C],
    [{ type: 'dispatch' }, 'accumulation-inspector', C],
    [{ type: 'receive-at-district' }, 'district-specialist', D],
    [{ type: 'register', journalNumber: '1234' }, 'district-specialist', D],
    [{ type: 'pass-to-head' }, 'district-specialist', D],
    [{ type: 'assign', assigneeUserId: 'u-rs' }, 'district-head', D],
    [{ type: 'send-to-commission' }, 'responsible-specialist', D],
    [{ type: 'decide', outcome: 'refused', grounds: ['§13.1', '§13.3'] }, 'commission-member', D],
    [{ type: 'sign-result' }, 'district-head', D],
    [{ type: 'send-result-to-center' }, 'responsible-specialist', D],
    [{ type: 'import-result' }, 'accumulation-inspector', C],
    [{ type: 'scan-result-paper' }, 'accumulation-inspector', C],
    [{ type: 'issue', delivery: 'center' }, 'center-inspector', C],
  ];
  const { state, log } = walk({ caseId: '11', serviceId: 'housing-assistance', channel: 'center' }, steps);

  it('ends issued by the ЦОН with the grounds and the delivery recorded', () => {
    expect(state.status).toBe('issued-by-center');
    expect(state.decision).toBe('refused');
    expect(state.refusalGrounds).toEqual(['§13.1', '§13.3']);
    expect(state.delivery).toBe('center');
    expect(state.assigneeUserId).toBe('u-rs');
    expect(state.runningClocks).toEqual([]);
  });

  it('starts and stops the two clocks of a ЦОН case (docs/decisions.md) and the 3-WD check (3.1 B3a)', () => {
    expect(log.map((l) => [l.event, clocks(l.effects)] as const).filter(([, c]) => c.length > 0)).toEqual([
      ['accept', ['+service-term 10 calendar-days']],
      ['receive-at-district', ['+completeness-check 3 working-days']],
      ['register', ['-completeness-check', '+district-term 10 calendar-days']],
      ['send-result-to-center', ['-district-term']],
      ['issue', ['-service-term']],
    ]);
  });

  it('asks for the motivated refusal when the commission refuses (3.1 §7)', () => {
    expect(log.flatMap((l) => documents(l.effects))).toEqual(['motivated-refusal']);
  });

  it('bumps the intake revision at the ЦОН and the processing revision at the district office', () => {
    // ЦОН: accept, registry, dispatch, import, scan, issue; district: eight steps from receipt to sending back.
    expect(state.revisions).toEqual({ intake: 6, processing: 8, payment: 0 });
  });

  it('writes one audit entry per step: who, when, which case, what changed', () => {
    const audits = log.map((l) => l.effects.filter((e) => e.type === 'audit'));
    expect(audits.every((a) => a.length === 1)).toBe(true);
    const decide = audits[8]?.[0] as { entry: AuditEntry };
    expect(decide.entry).toMatchObject({
      caseId: '11',
      userId: 'u-commission-member',
      roles: ['commission-member'],
      officeType: 'district',
      event: 'decide',
      from: 'at-housing-commission',
      to: 'decided-refused',
      part: 'processing',
    });
    expect(decide.entry.changed).toEqual(
      expect.arrayContaining(['status', 'decision', 'refusalGrounds', 'milestones.decidedAt']),
    );
    expect(audits[1]?.[0]).toMatchObject({ entry: { details: { registryId: 'R-7' } } });
  });

  it('stamps the milestones with the injected clock', () => {
    const start = Date.UTC(2026, 2, 2, 5);
    expect(state.milestones).toEqual({
      acceptedAt: start,
      dispatchedAt: start + 2 * DAY,
      registeredAt: start + 4 * DAY,
      decidedAt: start + 8 * DAY,
      signedAt: start + 9 * DAY,
      deliveredAt: start + 13 * DAY,
    });
  });
});

describe('child benefit from a ЦОН returned incomplete and resent (3.9 B3-B5)', () => {
  const { state, log } = walk({ caseId: '12', serviceId: 'child-benefit-under-18', channel: 'center' }, [
    [{ type: 'add-to-registry' }, 'accumulation-inspector', C],
    [{ type: 'dispatch' }, 'accumulation-inspector', C],
    [{ type: 'receive-at-district' }, 'district-specialist', D],
    [{ type: 'return-incomplete', missingDocuments: ['§13 item 3'] }, 'district-specialist', D],
    [{ type: 'receive-returned' }, 'accumulation-inspector', C],
    [{ type: 'correct', reason: 'Принесён документ', fields: ['documents'] }, 'center-inspector', C],
    [{ type: 'add-to-registry' }, 'accumulation-inspector', C],
  ]);

  it('is back in a registry, with the return counted and the missing list kept', () => {
    expect(state.status).toBe('in-registry');
    expect(state.returnCount).toBe(1);
    expect(state.missingDocuments).toEqual(['§13 item 3']);
  });

  it('runs the 3-WD forwarding, 2-WD check and 3-WD correction limits', () => {
    expect(log.map((l) => clocks(l.effects)).flat()).toEqual([
      '+service-term 7 working-days',
      '+center-forwarding 3 working-days',
      '-center-forwarding',
      '+completeness-check 2 working-days',
      '-completeness-check',
      '+center-correction 3 working-days',
      '-center-correction',
    ]);
    expect(log.flatMap((l) => documents(l.effects))).toEqual(['missing-documents-notice']);
  });

  it('a correction keeps the status and bumps only the intake revision', () => {
    const correction = log[6];
    expect(correction?.event).toBe('correct');
    expect(correction?.effects).toContainEqual({ type: 'bump-revision', part: 'intake', revision: 5 });
    const audit = correction?.effects.find((e) => e.type === 'audit');
    expect(audit).toMatchObject({
      entry: {
        from: 'center-correcting',
        to: 'center-correcting',
        reason: 'Принесён документ',
        changed: ['intake.documents'],
      },
    });
  });
});

describe('targeted social assistance with a local commission (3.4 §13)', () => {
  const { state, log } = walk(
    { caseId: '13', serviceId: 'targeted-social-assistance', channel: 'district' },
    [
      [{ type: 'register' }, 'district-specialist', D],
      [{ type: 'send-to-commission' }, 'district-specialist', D],
      [{ type: 'submit-conclusion', conclusion: 'need' }, 'commission-member', D],
      [{ type: 'assign' }, 'district-head', D],
      [{ type: 'submit-draft' }, 'responsible-specialist', D],
      [{ type: 'decide', outcome: 'approved', amount: 12_500 }, 'district-head', D],
      [{ type: 'sign-result' }, 'district-head', D],
      [{ type: 'issue', delivery: 'post' }, 'responsible-specialist', D],
    ],
  );
  it('is sent by post with the notification of assignment', () => {
    expect(state.status).toBe('sent-by-post');
    expect(state.conclusion).toBe('need');
    expect(state.amount).toBe(12_500);
    expect(log.flatMap((l) => documents(l.effects))).toEqual(['notification-of-assignment']);
  });
  it('tracks 3 WD to the commission and 5 WD for it (3.4 §13.1-2)', () => {
    expect(log.map((l) => clocks(l.effects)).flat()).toEqual([
      '+service-term 7 working-days',
      '+to-commission 3 working-days',
      '-to-commission',
      '+commission 5 working-days',
      '-commission',
      '-service-term',
    ]);
  });
});

describe('child benefit at the district: originals, then the 7 WD from registration (3.9 A3-A5)', () => {
  const { state, log } = walk({ caseId: '14', serviceId: 'child-benefit-under-18', channel: 'district' }, [
    [{ type: 'request-originals' }, 'district-specialist', D],
    [{ type: 'originals-received' }, 'district-specialist', D],
    [{ type: 'register' }, 'district-specialist', D],
  ]);
  it('starts the service term at registration, not at acceptance', () => {
    expect(state.status).toBe('registered');
    expect(log.map((l) => clocks(l.effects))).toEqual([
      [],
      ['+originals 3 working-days'],
      ['-originals'],
      ['+service-term 7 working-days', '+to-commission 2 working-days'],
    ]);
  });
  it('refusal to accept when the originals do not come (3.9 A3d) stops every clock', () => {
    const { state: refused, log: l2 } = walk(
      { caseId: '15', serviceId: 'child-benefit-under-18', channel: 'district' },
      [
        [{ type: 'request-originals' }, 'district-specialist', D],
        [
          { type: 'refuse-acceptance', reason: 'Подлинники не представлены в срок' },
          'district-specialist',
          D,
        ],
      ],
    );
    expect(refused.status).toBe('acceptance-refused');
    expect(refused.closingReason).toBe('Подлинники не представлены в срок');
    expect(l2.flatMap((l) => documents(l.effects))).toEqual(['refusal-to-accept-notice']);
    expect(refused.runningClocks).toEqual([]);
  });
});

describe('maslikhat aid: notification, then payment request and Treasury (3.2 §13.1-6)', () => {
  const { state, log } = walk({ caseId: '16', serviceId: 'maslikhat-social-aid', channel: 'district' }, [
    [{ type: 'register' }, 'district-specialist', D],
    [{ type: 'pass-to-head' }, 'district-specialist', D],
    [{ type: 'assign' }, 'district-head', D],
    [{ type: 'submit-draft' }, 'responsible-specialist', D],
    [{ type: 'decide', outcome: 'approved', amount: 30_000 }, 'district-head', D],
    [{ type: 'sign-result' }, 'district-head', D],
    [{ type: 'issue', delivery: 'in-person' }, 'responsible-specialist', D],
    [{ type: 'request-payment' }, 'responsible-specialist', D],
    [{ type: 'send-to-treasury' }, 'department-specialist', 'department'],
  ]);
  it('ends at the Treasury with the payment revision owned by the Управление', () => {
    expect(state.status).toBe('sent-to-treasury');
    expect(state.revisions.payment).toBe(1);
    expect(log.flatMap((l) => documents(l.effects))).toEqual([
      'notification-of-assignment',
      'payment-request',
    ]);
  });
});

describe('same-visit services (3.3, 3.5): from accepted straight to the result', () => {
  it('employment referral: 30-minute clock, referral printed at once', () => {
    const { state, log } = walk(
      { caseId: '17', serviceId: 'employment-referral', subType: 'public-works', channel: 'district' },
      [[{ type: 'issue-same-visit', outcome: 'issued' }, 'district-specialist', D]],
    );
    expect(state.status).toBe('issued-in-person');
    expect(log.map((l) => clocks(l.effects))).toEqual([['+service-term 30 minutes'], ['-service-term']]);
    expect(log.flatMap((l) => documents(l.effects))).toEqual(['referral']);
  });
  it('АСП certificate refused with grounds: motivated refusal', () => {
    const { state, log } = walk(
      { caseId: '18', serviceId: 'asp-recipient-certificate', channel: 'district' },
      [
        [
          { type: 'issue-same-visit', outcome: 'refused', grounds: ['no АСП this quarter'] },
          'responsible-specialist',
          D,
        ],
      ],
    );
    expect(state.decision).toBe('refused');
    expect(log.flatMap((l) => documents(l.effects))).toEqual(['motivated-refusal']);
  });
});

describe('withdrawal and cancellation end the case and its clocks', () => {
  it('withdrawal at the district keeps the reason and stops every running clock', () => {
    const { state, log } = walk(
      { caseId: '19', serviceId: 'targeted-social-assistance', channel: 'district' },
      [
        [{ type: 'register' }, 'district-specialist', D],
        [{ type: 'withdraw', reason: 'Заявление об отзыве' }, 'district-specialist', D],
      ],
    );
    expect(state.status).toBe('withdrawn');
    expect(state.closingReason).toBe('Заявление об отзыве');
    expect(clocks(log[2]?.effects ?? [])).toEqual(['-service-term', '-to-commission']);
  });
  it('the office administrator cancels an erroneous registration', () => {
    const { state } = walk({ caseId: '20', serviceId: 'disability-wheelchair', channel: 'district' }, [
      [{ type: 'register' }, 'district-specialist', D],
      [{ type: 'cancel', reason: 'Зарегистрировано дважды' }, 'admin', D],
    ]);
    expect(state.status).toBe('cancelled');
    expect(state.milestones.closedAt).toBeDefined();
  });
});

describe('clock and overrides', () => {
  const { state } = walk({ caseId: '21', serviceId: 'housing-assistance', channel: 'district' }, []);
  it('warns, without refusing, when the clock is earlier than the last change (docs/decisions.md)', () => {
    const r = transition(
      state,
      { type: 'register' },
      ctx('district-specialist', D, state.statusSince - 60_000),
    );
    expect(r.ok && r.warnings).toEqual(['clock-before-last-change']);
    const fine = transition(
      state,
      { type: 'register' },
      ctx('district-specialist', D, state.statusSince + 1),
    );
    expect(fine.ok && fine.warnings).toEqual([]);
  });
  it("an administrator's step limit wins over the default (docs/decisions.md: terms are configuration)", () => {
    const c = {
      ...ctx('district-specialist', C, 0),
      officeType: D,
      stepLimits: {
        'completeness-check': { 'housing-assistance': { value: 5, unit: 'working-days' as const } },
      },
    };
    const atDistrict = { ...state, channel: 'center' as const, status: 'in-transit' as const };
    const r = transition(atDistrict, { type: 'receive-at-district' }, c);
    expect(r.ok && clocks(r.effects)).toEqual(['+completeness-check 5 working-days']);
  });
});
