/**
 * Password management: the administrator resets a forgotten password (a temporary one the user must
 * replace at the next sign-in), unlocks a locked account before its time and can require a change;
 * a signed-in user changes their own password. Every step is recorded in the audit log.
 *
 * Hashing happens before the write transaction (docs/architecture.md traps); rows are re-read inside.
 */
import { validatePassword, type AccountErrors } from '@shared/auth/accounts';
import { can } from '@shared/auth/access';
import { hashPassword, verifyPassword, type RandomSource } from '@shared/auth/password';
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';
import { getSecurity } from '../db/settings';
import type { UserRow } from '../db/types';
import type { AdminError } from './users';
import { settleEscrow, userWrapId, wrapForUser, wrapSessionKey } from '../db/atRest/session';
import { unwrapRawDataKey } from '@shared/at-rest';

export type PasswordErrors = Pick<AccountErrors, 'password' | 'passwordRepeat'> & {
  current?: 'errors.currentPasswordWrong';
  form?: AdminError | 'errors.samePassword';
};
export type PasswordResult = { ok: true } | { ok: false; errors: PasswordErrors };

interface HashOptions {
  random?: RandomSource;
}

async function adminActor(db: AppDatabase, actorId: string): Promise<UserRow | null> {
  const actor = await db.users.get(actorId);
  return actor && !actor.disabled && can(actor, 'users:manage') ? actor : null;
}

/** The administrator sets a temporary password; by default the user must replace it at sign-in. */
export async function resetPassword(
  db: AppDatabase,
  actorId: string,
  targetId: string,
  input: { password: string; passwordRepeat: string; mustChange: boolean },
  now: number,
  options: HashOptions = {},
): Promise<PasswordResult> {
  const errors = validatePassword(input.password, input.passwordRepeat);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (!(await adminActor(db, actorId))) return { ok: false, errors: { form: 'errors.notAllowed' } };
  const passwordHash = await hashPassword(input.password, {
    iterations: (await getSecurity(db)).pbkdf2Iterations,
    ...(options.random ? { random: options.random } : {}),
  });
  // The administrator's session key under the temporary password, so the data stays readable.
  const wrap = await wrapSessionKey(db, targetId, input.password, now);
  const result = await db.transaction(
    'rw',
    [db.users, db.audit, db.keyWraps],
    async (): Promise<PasswordResult> => {
      if (!(await adminActor(db, actorId))) return { ok: false, errors: { form: 'errors.notAllowed' } };
      const target = await db.users.get(targetId);
      if (!target) return { ok: false, errors: { form: 'errors.userNotFound' } };
      if (wrap) await db.keyWraps.put(wrap);
      // A reset also lifts a lockout: the administrator has just spoken to the person.
      await db.users.update(targetId, {
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: input.mustChange,
        failedAttempts: 0,
        lockedUntil: null,
      });
      await auditLog.append(
        db,
        {
          userId: actorId,
          action: 'user.password-reset',
          details: { targetId, mustChange: input.mustChange },
        },
        now,
      );
      return { ok: true };
    },
  );
  if (result.ok && wrap) await settleEscrow(db);
  return result;
}

/** Lifts a lockout before its time and clears the failed-attempt count. */
export async function unlockUser(
  db: AppDatabase,
  actorId: string,
  targetId: string,
  now: number,
): Promise<AdminError | null> {
  return db.transaction('rw', db.users, db.audit, async () => {
    if (!(await adminActor(db, actorId))) return 'errors.notAllowed';
    const target = await db.users.get(targetId);
    if (!target) return 'errors.userNotFound';
    await db.users.update(targetId, { failedAttempts: 0, lockedUntil: null });
    await auditLog.append(
      db,
      {
        userId: actorId,
        action: 'user.unlocked',
        details: { targetId, failedAttempts: target.failedAttempts, lockedUntil: target.lockedUntil },
      },
      now,
    );
    return null;
  });
}

/** Requires (or no longer requires) the user to choose a new password at the next sign-in. */
export async function setMustChangePassword(
  db: AppDatabase,
  actorId: string,
  targetId: string,
  mustChange: boolean,
  now: number,
): Promise<AdminError | null> {
  return db.transaction('rw', db.users, db.audit, async () => {
    if (!(await adminActor(db, actorId))) return 'errors.notAllowed';
    const target = await db.users.get(targetId);
    if (!target) return 'errors.userNotFound';
    if ((target.mustChangePassword === true) === mustChange) return null;
    await db.users.update(targetId, { mustChangePassword: mustChange });
    await auditLog.append(
      db,
      { userId: actorId, action: 'user.must-change-password', details: { targetId, mustChange } },
      now,
    );
    return null;
  });
}

/** The signed-in user's own change: the current password proves it is them. */
export async function changeOwnPassword(
  db: AppDatabase,
  userId: string,
  input: { current: string; password: string; passwordRepeat: string },
  now: number,
  options: HashOptions = {},
): Promise<PasswordResult> {
  const errors = validatePassword(input.password, input.passwordRepeat);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (input.password === input.current) return { ok: false, errors: { form: 'errors.samePassword' } };
  const user = await db.users.get(userId);
  if (!user || user.disabled) return { ok: false, errors: { form: 'errors.notAllowed' } };
  const correct = await verifyPassword(input.current, user.passwordHash);
  const passwordHash = correct
    ? await hashPassword(input.password, {
        iterations: (await getSecurity(db)).pbkdf2Iterations,
        ...(options.random ? { random: options.random } : {}),
      })
    : null;
  const wrap = passwordHash ? await rewrapOwnKey(db, userId, input.current, input.password, now) : null;
  return db.transaction('rw', [db.users, db.audit, db.keyWraps], async (): Promise<PasswordResult> => {
    if (!passwordHash) {
      await auditLog.append(db, { userId, action: 'auth.password-change-failed' }, now);
      return { ok: false, errors: { current: 'errors.currentPasswordWrong' } };
    }
    await db.users.update(userId, { passwordHash, passwordChangedAt: now, mustChangePassword: false });
    if (wrap) await db.keyWraps.put(wrap);
    await auditLog.append(
      db,
      { userId, action: 'auth.password-changed', details: { required: user.mustChangePassword === true } },
      now,
    );
    return { ok: true };
  });
}

/** The data key under the new password: from the session, else from the wrap the current one opens. */
async function rewrapOwnKey(db: AppDatabase, userId: string, current: string, password: string, now: number) {
  const fromSession = await wrapSessionKey(db, userId, password, now);
  if (fromSession) return fromSession;
  const own = await db.keyWraps.get(userWrapId(userId));
  if (own?.kind !== 'user') return null;
  try {
    const raw = await unwrapRawDataKey(own.wrapped, current, { kind: 'user', userId });
    const wrap = await wrapForUser(db, raw, userId, password, now);
    raw.fill(0);
    return wrap;
  } catch {
    return null;
  }
}
