/** Security settings an administrator may change, with defaults and bounds. */
import { DEFAULT_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './password';

export interface SecuritySettings {
  /** Used for new and changed passwords; stored hashes keep their own count. */
  pbkdf2Iterations: number;
  maxFailedAttempts: number;
  lockoutMinutes: number;
  inactivityMinutes: number;
  /**
   * Days a partner's rotated-out signing key still verifies after its new card was imported here
   * (files in transit); afterwards `signer-superseded` (shared/crypto/trust-store.ts).
   */
  keyTransitDays: number;
}

export const DEFAULT_SECURITY: SecuritySettings = {
  pbkdf2Iterations: DEFAULT_PBKDF2_ITERATIONS,
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  inactivityMinutes: 10,
  keyTransitDays: 30,
};

export const SECURITY_BOUNDS = {
  maxFailedAttempts: { min: 3, max: 20 },
  lockoutMinutes: { min: 1, max: 1440 },
  inactivityMinutes: { min: 1, max: 240 },
  keyTransitDays: { min: 1, max: 365 },
} as const;

export type SecurityField = keyof typeof SECURITY_BOUNDS;

/** Field names whose value is not a whole number within bounds. */
export function invalidSecurityFields(values: Pick<SecuritySettings, SecurityField>): SecurityField[] {
  return (Object.keys(SECURITY_BOUNDS) as SecurityField[]).filter((field) => {
    const v = values[field];
    const { min, max } = SECURITY_BOUNDS[field];
    return !Number.isInteger(v) || v < min || v > max;
  });
}

/**
 * The count actually used for new hashes and keys. A production build never goes below the default,
 * so an installation set up with the older 310,000 moves to 600,000; only test builds (where the
 * `?pbkdf2=N` hook exists) keep a lower stored count.
 */
export function effectiveIterations(stored: number, testBuild: boolean): number {
  return testBuild ? Math.max(stored, MIN_PBKDF2_ITERATIONS) : Math.max(stored, DEFAULT_PBKDF2_ITERATIONS);
}

/** The first-run `?pbkdf2=N` hook: honoured in test builds only (README, "Test hook"). */
export function setupIterations(search: string, testBuild: boolean): number | null {
  if (!testBuild) return null;
  return parseIterations(new URLSearchParams(search).get('pbkdf2'));
}

/** Iteration count from a test hook such as `?pbkdf2=1000`; never below the floor. */
export function parseIterations(raw: string | null | undefined): number | null {
  if (!raw || !/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= MIN_PBKDF2_ITERATIONS ? n : null;
}
