import type { Role } from '../auth/roles';
import type { DocumentKind } from './service-flows';
import type { RevisionPart } from './case-state';
import type { CaseStatus, OfficeType } from './statuses';
import type { StepClock, StepLimit } from './step-clocks';

/** One line of the append-only audit log: who, when, which case, what changed. */
export interface AuditEntry {
  caseId: string;
  at: number;
  userId: string;
  roles: readonly Role[];
  officeType: OfficeType;
  event: string;
  /** Null when the case is created. */
  from: CaseStatus | null;
  to: CaseStatus;
  part: RevisionPart;
  revision: number;
  /** Names of the fields that changed (state fields, or the intake fields a correction touched). */
  changed: string[];
  reason?: string;
  details?: Record<string, unknown>;
}

/**
 * What the caller must do after a transition. Data, not callbacks, so storage, printing and the
 * deadline engine stay outside the machine and tests can read every consequence.
 */
export type Effect =
  | { type: 'audit'; entry: AuditEntry }
  /** The deadline layer turns the limit into a due date on the working calendar. */
  | { type: 'start-step-clock'; step: StepClock; limit: StepLimit; startedAt: number }
  | { type: 'stop-step-clock'; step: StepClock; stoppedAt: number }
  | { type: 'produce-document'; document: DocumentKind }
  | { type: 'bump-revision'; part: RevisionPart; revision: number };
