/**
 * A case as stored: intake, lifecycle state and deadlines, plus the flat index fields derived from
 * them. Every write of a case goes through `toCaseRow`, so the indexes never drift from the data.
 */
import type { Intake } from '@shared/case/intake';
import { foldSurname } from '@shared/case/search';
import type { CaseDeadlines } from '@shared/deadlines';
import { personKey } from '@shared/iin';
import type { CaseState } from '@shared/lifecycle/case-state';
import type { CaseRow } from '../db/types';

/** `iin:<12 digits>` when the applicant has an IIN, else `doc:<type>:<number>` of the identity document. */
export function applicantPersonKey(intake: {
  applicant: { iin: string; identity: { docType: string; number: string } };
}): string {
  const a = intake.applicant;
  return a.iin ? personKey(a.iin) : personKey({ docType: a.identity.docType, docNumber: a.identity.number });
}

/**
 * The due date that governs "overdue" for the journal: the channel's due date (at a ЦОН the
 * receipt's promise), '' for same-visit services, which have no date.
 */
export function governingDueDate(deadlines: CaseDeadlines): string {
  return deadlines.due ?? deadlines.centerClock?.due ?? '';
}

/**
 * `id`, where given, is the number the row is stored under (an import passes its signed manifest
 * number): the state must carry the same, so no data can move into another case's row.
 */
export function toCaseRow(
  intake: Intake,
  state: CaseState,
  deadlines: CaseDeadlines,
  now: number,
  id: string = state.caseId,
): CaseRow {
  if (state.caseId === '' || !/^\d+$/.test(state.caseId)) {
    throw new RangeError(`Case id must be digits only, got "${state.caseId}"`);
  }
  if (id !== state.caseId) throw new RangeError(`Case id ${state.caseId} stored as ${id}`);
  return {
    id,
    intake,
    state,
    deadlines,
    serviceId: intake.serviceId,
    channel: intake.channel,
    status: state.status,
    personKey: applicantPersonKey(intake),
    iin: intake.applicant.iin,
    surnameFold: foldSurname(intake.applicant.surname),
    acceptedAt: intake.acceptedAt,
    acceptingOfficeCode: intake.acceptingOfficeCode,
    districtOfficeCode: intake.districtOfficeCode,
    dueDate: governingDueDate(deadlines),
    updatedAt: now,
  };
}
