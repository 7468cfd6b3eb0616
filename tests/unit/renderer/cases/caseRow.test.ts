import { describe, expect, it } from 'vitest';
import { toCaseRow, applicantPersonKey } from '@renderer/cases/caseRow';
import { defaultCatalogue } from '@shared/catalogue';
import { buildCalendar } from '@shared/calendar';
import { caseDeadlines } from '@shared/deadlines';
import { openCase } from '@shared/lifecycle';
import { APPLICANT, MONDAY_10AM, sampleIntake } from './fixtures';

function opened(intake = sampleIntake()) {
  const r = openCase(
    { caseId: '22010260000017', serviceId: intake.serviceId, channel: intake.channel },
    { actor: { userId: 'u1', roles: ['center-inspector'] }, now: MONDAY_10AM, officeType: intake.channel },
  );
  if (!r.ok) throw new Error(r.error.code);
  const deadlines = caseDeadlines(defaultCatalogue(), buildCalendar(), {
    serviceId: intake.serviceId,
    channel: intake.channel,
    acceptedAt: MONDAY_10AM,
    settings: { transitAllowanceWorkingDays: 0 },
  });
  return { intake, state: r.state, deadlines };
}

describe('toCaseRow', () => {
  it('derives every index field from intake, state and deadlines', () => {
    const { intake, state, deadlines } = opened();
    const row = toCaseRow(intake, state, deadlines, MONDAY_10AM + 5);
    expect(row).toMatchObject({
      id: '22010260000017',
      serviceId: 'housing-assistance',
      channel: 'center',
      status: 'accepted',
      personKey: 'iin:950615300000',
      iin: '950615300000',
      surnameFold: 'касымов',
      acceptedAt: MONDAY_10AM,
      acceptingOfficeCode: '22',
      districtOfficeCode: '12',
      updatedAt: MONDAY_10AM + 5,
    });
    expect(row.dueDate).toMatch(/^2026-\d\d-\d\d$/);
    expect(row.dueDate).toBe(deadlines.due);
  });

  it('keys an applicant without an IIN by the identity document', () => {
    const intake = sampleIntake({
      applicant: { ...APPLICANT, iin: '', identity: { docType: 'passport', number: 'n 123-456' } },
    });
    expect(applicantPersonKey(intake)).toBe('doc:passport:N123456');
    const { state, deadlines } = opened(intake);
    expect(toCaseRow(intake, state, deadlines, 1).iin).toBe('');
  });

  it('refuses a case id that is not digits', () => {
    const { intake, state, deadlines } = opened();
    expect(() => toCaseRow(intake, { ...state, caseId: '22-01' }, deadlines, 1)).toThrow(RangeError);
  });

  it('stores a row under the number it is given, and refuses state of another case (issue 10)', () => {
    const { intake, state, deadlines } = opened();
    expect(toCaseRow(intake, state, deadlines, 1, state.caseId).id).toBe(state.caseId);
    expect(() => toCaseRow(intake, state, deadlines, 1, '22000260000999')).toThrow(RangeError);
  });
});
