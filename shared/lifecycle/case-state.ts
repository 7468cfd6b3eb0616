import type { Channel, ServiceId } from '../catalogue/ids';
import type { CaseStatus } from './statuses';
import type { DeliveryMethod, Outcome } from './events';
import type { StepClock } from './step-clocks';

/**
 * Each part of a case has an owner who alone bumps its revision (docs/decisions.md, registry exchange):
 * the accepting office owns intake, the district office processing and result, the Управление the
 * Treasury step. A registry import compares these numbers per part.
 */
export interface Revisions {
  intake: number;
  processing: number;
  payment: number;
}
export type RevisionPart = keyof Revisions;

/** Moments worth showing and reporting on; the audit trail keeps every other one. */
export type Milestone =
  'acceptedAt' | 'registeredAt' | 'dispatchedAt' | 'decidedAt' | 'signedAt' | 'deliveredAt' | 'closedAt';

/** The lifecycle part of a case. Applicant, documents and the rest live beside it. */
export interface CaseState {
  caseId: string;
  serviceId: ServiceId;
  subType?: string;
  channel: Channel;
  status: CaseStatus;
  revisions: Revisions;
  /** When the current status was entered and by whom. */
  statusSince: number;
  updatedBy: string;
  milestones: Partial<Record<Milestone, number>>;
  runningClocks: StepClock[];
  assigneeUserId?: string;
  conclusion?: 'need' | 'no-need' | 'survey-refused';
  decision?: Outcome;
  refusalGrounds?: string[];
  amount?: number;
  periodMonths?: number;
  delivery?: DeliveryMethod;
  /** The last return to the ЦОН as incomplete, and how many times it happened. */
  missingDocuments?: string[];
  returnCount: number;
  /** Why the case was withdrawn, cancelled or refused acceptance. */
  closingReason?: string;
}
