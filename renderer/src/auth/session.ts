/**
 * Sign-in, unlock and sign-out against the local users table. The session itself lives in memory
 * only (AuthProvider): closing the app signs everyone out.
 *
 * Hashing happens before the write transaction, because awaiting WebCrypto inside a Dexie
 * transaction commits it early (docs/architecture.md traps); the user row is re-read inside.
 */
import { checkLock, registerFailure, registerSuccess } from '@shared/auth/lockout';
import { normalizeLogin } from '@shared/auth/accounts';
import { hashPassword, needsRehash, verifyPassword } from '@shared/auth/password';
import type { Role } from '@shared/auth/roles';
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';
import { getSecurity } from '../db/settings';
import type { UserRow } from '../db/types';
import { openDataKey } from '../db/atRest/session';

export interface SessionUser {
  id: string;
  login: string;
  fullName: string;
  roles: Role[];
  /** The administrator set a temporary password: the shell waits for a new one. */
  mustChangePassword?: boolean;
}

/**
 * An unknown login, a wrong password and a locked account get the same answer ('invalid'), so the
 * screen reveals neither which logins exist nor how many attempts are left; the audit log and the
 * administrator's user list have the details. 'disabled' needs the right password, so only the
 * account's owner learns it.
 */
export type SignInResult = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'disabled' };

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    roles: [...row.roles],
    mustChangePassword: row.mustChangePassword === true,
  };
}

// An unknown login still costs one PBKDF2 run, so timing does not tell it from a wrong password.
const DECOY_SALT = 'AAAAAAAAAAAAAAAAAAAAAA==';

/**
 * `purpose: 'unlock'` is the lock screen: the same rules and counters, recorded as an unlock.
 */
export async function signIn(
  db: AppDatabase,
  login: string,
  password: string,
  now: number,
  purpose: 'sign-in' | 'unlock' = 'sign-in',
): Promise<SignInResult> {
  const normalized = normalizeLogin(login);
  const user = await db.users.where('login').equals(normalized).first();
  const policy = await getSecurity(db);
  if (!user) {
    await hashPassword(password, { iterations: policy.pbkdf2Iterations, salt: DECOY_SALT });
    await auditLog.append(
      db,
      { userId: null, action: 'auth.sign-in-failed', details: { login: normalized } },
      now,
    );
    return { ok: false, reason: 'invalid' };
  }
  const lock = checkLock(user, now);
  if (lock.locked) {
    await auditLog.append(
      db,
      { userId: user.id, action: 'auth.sign-in-failed', details: { locked: true } },
      now,
    );
    return { ok: false, reason: 'invalid' };
  }
  const correct = await verifyPassword(password, user.passwordHash);
  // A hash from fewer iterations than the installation now uses is re-made while the password is known.
  const rehashed =
    correct && needsRehash(user.passwordHash, policy.pbkdf2Iterations)
      ? await hashPassword(password, { iterations: policy.pbkdf2Iterations })
      : null;

  const result = await db.transaction('rw', db.users, db.audit, async (): Promise<SignInResult> => {
    const fresh = await db.users.get(user.id);
    if (!fresh) return { ok: false, reason: 'invalid' };
    if (!correct) {
      const outcome = registerFailure(fresh, policy, now);
      await db.users.update(fresh.id, { ...outcome.state });
      await auditLog.append(
        db,
        { userId: fresh.id, action: 'auth.sign-in-failed', details: { attemptsLeft: outcome.attemptsLeft } },
        now,
      );
      if (outcome.lockedNow) {
        await auditLog.append(
          db,
          { userId: fresh.id, action: 'auth.locked-out', details: { until: outcome.state.lockedUntil } },
          now,
        );
      }
      return { ok: false, reason: 'invalid' };
    }
    if (fresh.disabled) {
      await auditLog.append(
        db,
        { userId: fresh.id, action: 'auth.sign-in-failed', details: { disabled: true } },
        now,
      );
      return { ok: false, reason: 'disabled' };
    }
    // Only if nobody changed the password meanwhile.
    const upgrade = rehashed && fresh.passwordHash.hash === user.passwordHash.hash ? rehashed : null;
    await db.users.update(fresh.id, { ...registerSuccess(), ...(upgrade ? { passwordHash: upgrade } : {}) });
    await auditLog.append(
      db,
      { userId: fresh.id, action: purpose === 'unlock' ? 'auth.session-unlocked' : 'auth.signed-in' },
      now,
    );
    if (upgrade) {
      await auditLog.append(
        db,
        {
          userId: fresh.id,
          action: 'auth.password-rehashed',
          details: { from: user.passwordHash.iterations, to: upgrade.iterations },
        },
        now,
      );
    }
    return { ok: true, user: toSessionUser(fresh) };
  });
  // The password just verified opens the data key (issue 13); a failed attempt leaves none in memory.
  if (result.ok) await openDataKey(db, result.user.id, password, now);
  else if (purpose === 'sign-in') db.atRest.clear();
  return result;
}

export async function recordSignOut(
  db: AppDatabase,
  user: SessionUser,
  now: number,
  reason?: string,
): Promise<void> {
  await auditLog.append(
    db,
    { userId: user.id, action: 'auth.signed-out', ...(reason ? { details: { reason } } : {}) },
    now,
  );
}

export async function recordLock(
  db: AppDatabase,
  user: SessionUser,
  now: number,
  reason: 'manual' | 'inactivity',
) {
  await auditLog.append(db, { userId: user.id, action: 'auth.session-locked', details: { reason } }, now);
}
