/** Which produced documents print now, and which result notice the ЦОН may print again. */
import { SERVICE_FLOWS, type CaseStatus, type DocumentKind } from '@shared/lifecycle';
import type { CaseRow } from '../db/types';

const PRINTABLE: readonly DocumentKind[] = [
  'notification-of-assignment',
  'notification-of-document-processing',
  'motivated-refusal',
  'missing-documents-notice',
  'referral',
  'certificate',
  'refusal-to-accept-notice',
  'survey-refusal-protocol',
];

export const canPrintResult = (kind: DocumentKind): boolean => PRINTABLE.includes(kind);

/** Where a decided case's result is at the ЦОН (3.1 B5-B6, 3.9 B8): from arrival to issue. */
const AT_CENTER: readonly CaseStatus[] = ['result-at-center', 'ready-for-pickup', 'issued-by-center'];

/**
 * The result notice the ЦОН inspector may print again for the applicant (issue 6, item 3): the
 * notice of the decision (the service's approved document: the assignment notice) or the motivated
 * refusal, while the result is at the ЦОН or after it was issued there; null otherwise.
 */
export function centerReprintOf(row: Pick<CaseRow, 'serviceId' | 'state'>): DocumentKind | null {
  if (!AT_CENTER.includes(row.state.status)) return null;
  const kind =
    row.state.decision === 'approved'
      ? SERVICE_FLOWS[row.serviceId].approvedDocument
      : row.state.decision === 'refused'
        ? 'motivated-refusal'
        : null;
  return kind && canPrintResult(kind) ? kind : null;
}
