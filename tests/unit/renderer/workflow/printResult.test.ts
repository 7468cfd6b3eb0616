import { afterEach, describe, expect, it } from 'vitest';
import { almatyInstant } from '@shared/time/almaty';
import { aspAssignmentOf, canPrintResult, centerReprintOf } from '@renderer/workflow/printResult';
import type { CaseRow } from '@renderer/db/types';
import { closeTestDbs, testDb } from '../testDb';
import { makeCase } from '../journal/fixtures';

afterEach(closeTestDbs);

describe('result printing inputs', () => {
  it('offers printing for the documents that have a builder only', () => {
    expect(canPrintResult('notification-of-assignment')).toBe(true);
    expect(canPrintResult('missing-documents-notice')).toBe(true);
    expect(canPrintResult('referral')).toBe(true);
    expect(canPrintResult('payment-request')).toBe(false);
    expect(canPrintResult('survey-refusal-protocol')).toBe(true);
  });

  it('finds the office’s approved АСП case of the same person for the certificate, with its period', async () => {
    const db = testDb();
    const iin = makeCase({ channel: 'district' }).iin;
    const asp = makeCase({ channel: 'district', serviceId: 'targeted-social-assistance', iin });
    const decidedAt = almatyInstant('2026-02-10', 12);
    const approved = {
      ...asp,
      state: {
        ...asp.state,
        decision: 'approved' as const,
        periodMonths: 3,
        milestones: { ...asp.state.milestones, decidedAt },
      },
    };
    const other = makeCase({ channel: 'district', serviceId: 'targeted-social-assistance' });
    const cert = makeCase({ channel: 'district', serviceId: 'asp-recipient-certificate', iin });
    await db.cases.bulkAdd([approved, other, cert]);
    expect(await aspAssignmentOf(db, cert)).toEqual({
      caseNumber: expect.any(String),
      decidedOn: '2026-02-10',
      from: '2026-02-10',
      to: '2026-04-30',
    });
    expect(await aspAssignmentOf(db, other)).toBeNull();
  });
});

describe('reprint of the result notice at the ЦОН (issue 6, item 3)', () => {
  const at = (
    status: CaseRow['state']['status'],
    decision: CaseRow['state']['decision'],
    serviceId: CaseRow['serviceId'] = 'housing-assistance',
  ) => {
    const row = makeCase({ channel: 'center', serviceId });
    return { ...row, state: { ...row.state, status, decision } };
  };

  it('offers the decision’s notice from its arrival at the ЦОН to its issue there', () => {
    for (const status of ['result-at-center', 'ready-for-pickup', 'issued-by-center'] as const) {
      expect(centerReprintOf(at(status, 'approved'))).toBe('notification-of-assignment');
      expect(centerReprintOf(at(status, 'refused'))).toBe('motivated-refusal');
    }
    expect(centerReprintOf(at('ready-for-pickup', 'approved', 'child-benefit-under-18'))).toBe(
      'notification-of-assignment',
    );
  });

  it('offers nothing before the result reaches the ЦОН or without a decision', () => {
    expect(centerReprintOf(at('decided-approved', 'approved'))).toBeNull();
    expect(centerReprintOf(at('accepted', undefined))).toBeNull();
    expect(centerReprintOf(at('ready-for-pickup', undefined))).toBeNull();
  });
});
