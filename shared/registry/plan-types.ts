/** The import plan's shapes (plan.ts): why a part is refused, the local view, what to write. */
import type { Intake } from '../case/intake';
import type { CaseState } from '../lifecycle/case-state';
import type { ValidatedCase, ValidatedPart } from './validate';
import type { Manifest } from './manifest';
import type { CasePlan, MergePlan, PartPlan, PartState } from './merge';

export const OWNERSHIP_REASONS = [
  'owner-mismatch',
  'part-not-in-kind',
  'not-own-desk',
  'unknown-case',
  'inconsistent-case',
  'same-revision',
  'out-of-turn',
  'with-refused-part',
] as const;
export type OwnershipReason = (typeof OWNERSHIP_REASONS)[number];

export interface LocalCase {
  intake: Intake;
  state: CaseState;
  /** Own parts from the row, other offices' parts from their import snapshots. */
  parts: Readonly<Record<string, PartState>>;
  /** The row's updatedAt: apply refuses if it changed since the plan. */
  version: number;
}

export interface PlannedPart extends PartPlan {
  reason?: OwnershipReason;
}

export interface PlannedCase extends CasePlan {
  parts: PlannedPart[];
  /** What to store; absent when nothing of the case is written. */
  write?: { intake: Intake; state: CaseState };
  localVersion?: number;
}

export interface ImportPlan extends MergePlan {
  cases: PlannedCase[];
}

export interface PlanInput {
  manifest: Manifest;
  cases: readonly ValidatedCase[];
  local: ReadonlyMap<string, LocalCase>;
  /** This office's code. */
  self: string;
}

export type IntakeData = { intake: Intake; state: CaseState };

export const stateOf = (p: ValidatedPart): CaseState =>
  p.part === 'intake' ? (p.data as IntakeData).state : (p.data as CaseState);
