import { describe, expect, it } from 'vitest';
import { checkLock, registerFailure, registerSuccess } from '@shared/auth/lockout';

const policy = { maxFailedAttempts: 3, lockoutMinutes: 10 };
const fresh = { failedAttempts: 0, lockedUntil: null };
const MIN = 60_000;

describe('lockout policy', () => {
  it('counts failures down and locks on the last allowed one', () => {
    const a = registerFailure(fresh, policy, 0);
    expect(a).toEqual({ state: { failedAttempts: 1, lockedUntil: null }, lockedNow: false, attemptsLeft: 2 });
    const b = registerFailure(a.state, policy, 1);
    expect(b.attemptsLeft).toBe(1);
    const c = registerFailure(b.state, policy, 2);
    expect(c).toEqual({
      state: { failedAttempts: 3, lockedUntil: 2 + 10 * MIN },
      lockedNow: true,
      attemptsLeft: 0,
    });
  });

  it('stays locked until the lock expires, then starts a fresh count', () => {
    const locked = { failedAttempts: 3, lockedUntil: 10 * MIN };
    expect(checkLock(locked, 10 * MIN - 1)).toEqual({ locked: true, until: 10 * MIN });
    expect(checkLock(locked, 10 * MIN)).toEqual({ locked: false, state: fresh });
    expect(registerFailure(locked, policy, 10 * MIN).state).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it('does not extend a running lock on further failures', () => {
    const locked = { failedAttempts: 3, lockedUntil: 5 * MIN };
    expect(registerFailure(locked, policy, MIN)).toEqual({
      state: locked,
      lockedNow: false,
      attemptsLeft: 0,
    });
  });

  it('resets the counters on success', () => {
    expect(registerSuccess()).toEqual(fresh);
    expect(checkLock(fresh, 0)).toEqual({ locked: false, state: fresh });
  });
});
