/**
 * Lockout after repeated wrong passwords, as pure functions of the stored counters and `now`, so the
 * sign-in service and the tests share one rule.
 */

export interface LockoutPolicy {
  maxFailedAttempts: number;
  lockoutMinutes: number;
}

export interface AttemptState {
  failedAttempts: number;
  /** Epoch ms; null when not locked. */
  lockedUntil: number | null;
}

export type LockCheck = { locked: true; until: number } | { locked: false; state: AttemptState };

/** Before checking a password: still locked? An expired lock starts a fresh count. */
export function checkLock(state: AttemptState, now: number): LockCheck {
  if (state.lockedUntil !== null && now < state.lockedUntil)
    return { locked: true, until: state.lockedUntil };
  if (state.lockedUntil !== null) return { locked: false, state: { failedAttempts: 0, lockedUntil: null } };
  return { locked: false, state };
}

export interface FailureOutcome {
  state: AttemptState;
  /** True when this failure triggered the lock. */
  lockedNow: boolean;
  attemptsLeft: number;
}

export function registerFailure(state: AttemptState, policy: LockoutPolicy, now: number): FailureOutcome {
  const current = checkLock(state, now);
  if (current.locked) return { state, lockedNow: false, attemptsLeft: 0 };
  const failedAttempts = current.state.failedAttempts + 1;
  if (failedAttempts >= policy.maxFailedAttempts) {
    return {
      state: { failedAttempts, lockedUntil: now + policy.lockoutMinutes * 60_000 },
      lockedNow: true,
      attemptsLeft: 0,
    };
  }
  return {
    state: { failedAttempts, lockedUntil: null },
    lockedNow: false,
    attemptsLeft: policy.maxFailedAttempts - failedAttempts,
  };
}

export function registerSuccess(): AttemptState {
  return { failedAttempts: 0, lockedUntil: null };
}
