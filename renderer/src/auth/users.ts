/**
 * Account administration (Настройки → Пользователи). Every change checks the actor's right on the
 * stored row, not on what the screen believed, and is recorded with the actor in the audit log.
 */
import {
  checkDisable,
  checkRoleChange,
  normalizeLogin,
  validateNewAccount,
  type AccountErrors,
  type AdminGuardError,
  type NewAccountInput,
} from '@shared/auth/accounts';
import { can } from '@shared/auth/access';
import { hashPassword, type RandomSource } from '@shared/auth/password';
import { isRole, type Role } from '@shared/auth/roles';
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';
import { getSecurity } from '../db/settings';
import type { UserRow } from '../db/types';
import { settleEscrow, wrapSessionKey } from '../db/atRest/session';

export type AdminError = AdminGuardError | 'errors.notAllowed' | 'errors.userNotFound';

export type CreateUserResult =
  { ok: true; user: UserRow } | { ok: false; errors: AccountErrors & { form?: AdminError } };

export interface CreateOptions {
  newId?: () => string;
  random?: RandomSource;
  /** Overrides the iteration count from settings (first-run setup passes its own). */
  iterations?: number;
}

async function activeActor(db: AppDatabase, actorId: string): Promise<UserRow | null> {
  const actor = await db.users.get(actorId);
  return actor && can(actor, 'users:manage') ? actor : null;
}

/** Validates and hashes outside any transaction; the caller writes the row. */
export async function prepareUser(
  db: AppDatabase,
  input: NewAccountInput,
  now: number,
  options: CreateOptions = {},
): Promise<{ ok: true; row: UserRow } | { ok: false; errors: AccountErrors }> {
  const errors = validateNewAccount(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const login = normalizeLogin(input.login);
  if (await db.users.where('login').equals(login).count())
    return { ok: false, errors: { login: 'errors.loginTaken' } };
  const iterations = options.iterations ?? (await getSecurity(db)).pbkdf2Iterations;
  const passwordHash = await hashPassword(input.password, {
    iterations,
    ...(options.random ? { random: options.random } : {}),
  });
  return {
    ok: true,
    row: {
      id: (options.newId ?? (() => crypto.randomUUID()))(),
      login,
      fullName: input.fullName.trim().replace(/\s+/g, ' '),
      roles: input.roles.filter(isRole),
      disabled: false,
      passwordHash,
      failedAttempts: 0,
      lockedUntil: null,
      createdAt: now,
    },
  };
}

export async function createUser(
  db: AppDatabase,
  actorId: string,
  input: NewAccountInput,
  now: number,
  options: CreateOptions = {},
): Promise<CreateUserResult> {
  if (!(await activeActor(db, actorId))) return { ok: false, errors: { form: 'errors.notAllowed' } };
  const prepared = await prepareUser(db, input, now, options);
  if (!prepared.ok) return prepared;
  const { row } = prepared;
  // The administrator's session key, wrapped under the new password (issue 13).
  const wrap = await wrapSessionKey(db, row.id, input.password, now);
  const result = await db.transaction(
    'rw',
    [db.users, db.audit, db.keyWraps],
    async (): Promise<CreateUserResult> => {
      if (await db.users.where('login').equals(row.login).count())
        return { ok: false, errors: { login: 'errors.loginTaken' } };
      await db.users.add(row);
      if (wrap) await db.keyWraps.put(wrap);
      await auditLog.append(
        db,
        {
          userId: actorId,
          action: 'user.created',
          details: { targetId: row.id, login: row.login, roles: row.roles },
        },
        now,
      );
      return { ok: true, user: row };
    },
  );
  if (result.ok && wrap) await settleEscrow(db);
  return result;
}

export async function setUserDisabled(
  db: AppDatabase,
  actorId: string,
  targetId: string,
  disabled: boolean,
  now: number,
): Promise<AdminError | null> {
  return db.transaction('rw', db.users, db.audit, async () => {
    if (!(await activeActor(db, actorId))) return 'errors.notAllowed';
    const target = await db.users.get(targetId);
    if (!target) return 'errors.userNotFound';
    if (target.disabled === disabled) return null;
    if (disabled) {
      const guard = checkDisable(await db.users.toArray(), actorId, targetId);
      if (guard) return guard;
    }
    // Re-enabling also clears a lockout: the administrator vouched for the person.
    await db.users.update(
      targetId,
      disabled ? { disabled } : { disabled, failedAttempts: 0, lockedUntil: null },
    );
    await auditLog.append(
      db,
      { userId: actorId, action: disabled ? 'user.disabled' : 'user.enabled', details: { targetId } },
      now,
    );
    return null;
  });
}

export async function setUserRoles(
  db: AppDatabase,
  actorId: string,
  targetId: string,
  roles: readonly Role[],
  now: number,
): Promise<AdminError | 'errors.rolesRequired' | null> {
  const unique = [...new Set(roles)].filter(isRole);
  if (unique.length === 0) return 'errors.rolesRequired';
  return db.transaction('rw', db.users, db.audit, async () => {
    if (!(await activeActor(db, actorId))) return 'errors.notAllowed';
    const target = await db.users.get(targetId);
    if (!target) return 'errors.userNotFound';
    const guard = checkRoleChange(await db.users.toArray(), targetId, unique);
    if (guard) return guard;
    await db.users.update(targetId, { roles: unique });
    await auditLog.append(
      db,
      {
        userId: actorId,
        action: 'user.roles-changed',
        details: { targetId, from: target.roles, to: unique },
      },
      now,
    );
    return null;
  });
}
