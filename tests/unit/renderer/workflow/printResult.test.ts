import { afterEach, describe, expect, it } from 'vitest';
import { almatyInstant } from '../../../../shared/time/almaty';
import { aspAssignmentOf, canPrintResult } from '../../../../renderer/src/workflow/printResult';
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
