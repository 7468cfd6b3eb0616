import type { Role } from '../auth/roles';
import type { CaseState } from './case-state';
import type { Effect } from './effects';
import type { TransitionError } from './errors';
import type { OfficeType } from './statuses';
import type { StepLimitTable } from './step-clocks';

export interface Actor {
  userId: string;
  roles: readonly Role[];
}

export interface TransitionContext {
  actor: Actor;
  /** The clock, an instant in ms, passed in: the domain never reads it. */
  now: number;
  /** The type of office this workstation belongs to. */
  officeType: OfficeType;
  /** Administrator's overrides of the default step limits (docs/decisions.md: terms are configuration). */
  stepLimits?: StepLimitTable;
}

/** Not a refusal: the step is done, but a person should look (docs/decisions.md: untrusted clock). */
export type TransitionWarning = 'clock-before-last-change';

export type TransitionResult =
  | { ok: true; state: CaseState; effects: Effect[]; warnings: TransitionWarning[] }
  | { ok: false; error: TransitionError };
