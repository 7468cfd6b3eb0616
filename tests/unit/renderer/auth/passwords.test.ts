import { afterEach, describe, expect, it } from 'vitest';
import {
  changeOwnPassword,
  resetPassword,
  setMustChangePassword,
  unlockUser,
} from '@renderer/auth/passwords';
import { signIn } from '@renderer/auth/session';
import { createUser } from '@renderer/auth/users';
import { getSecurity, putSetting } from '@renderer/db/settings';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';

afterEach(closeTestDbs);
const T = 2_000_000;

async function office() {
  const db = testDb();
  const adminId = await setUpOffice(db);
  const created = await createUser(
    db,
    adminId,
    {
      login: 'clerk',
      fullName: 'Инспектор Один',
      password: 'clerk-pass',
      passwordRepeat: 'clerk-pass',
      roles: ['center-inspector'],
    },
    T,
  );
  if (!created.ok) throw new Error('clerk');
  return { db, adminId, clerkId: created.user.id };
}

const last = async (db: Awaited<ReturnType<typeof office>>['db']) => db.audit.orderBy('id').last();

describe('password management', () => {
  it('the administrator resets a forgotten password; the user must change it at the next sign-in', async () => {
    const { db, adminId, clerkId } = await office();
    const reset = await resetPassword(
      db,
      adminId,
      clerkId,
      { password: 'temp-pass-1', passwordRepeat: 'temp-pass-1', mustChange: true },
      T,
    );
    expect(reset).toEqual({ ok: true });
    expect(await last(db)).toMatchObject({
      userId: adminId,
      action: 'user.password-reset',
      details: { targetId: clerkId, mustChange: true },
    });
    expect(await signIn(db, 'clerk', 'clerk-pass', T + 1)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(db, 'clerk', 'temp-pass-1', T + 2)).toMatchObject({
      ok: true,
      user: { mustChangePassword: true },
    });
    const changed = await changeOwnPassword(
      db,
      clerkId,
      { current: 'temp-pass-1', password: 'my-own-pass', passwordRepeat: 'my-own-pass' },
      T + 3,
    );
    expect(changed).toEqual({ ok: true });
    expect(await last(db)).toMatchObject({
      userId: clerkId,
      action: 'auth.password-changed',
      details: { required: true },
    });
    expect(await signIn(db, 'clerk', 'my-own-pass', T + 4)).toMatchObject({
      ok: true,
      user: { mustChangePassword: false },
    });
  });

  it('only an administrator may reset, unlock or require a change', async () => {
    const { db, adminId, clerkId } = await office();
    const input = { password: 'temp-pass-1', passwordRepeat: 'temp-pass-1', mustChange: true };
    expect(await resetPassword(db, clerkId, adminId, input, T)).toEqual({
      ok: false,
      errors: { form: 'errors.notAllowed' },
    });
    expect(await unlockUser(db, clerkId, adminId, T)).toBe('errors.notAllowed');
    expect(await setMustChangePassword(db, clerkId, adminId, true, T)).toBe('errors.notAllowed');
    expect(await signIn(db, 'admin', 'admin-pass', T)).toMatchObject({ ok: true });
  });

  it('unlocks a locked account before its time, recorded with the count it had', async () => {
    const { db, adminId, clerkId } = await office();
    await putSetting(db, 'security', { ...(await getSecurity(db)), maxFailedAttempts: 3 });
    for (let i = 0; i < 3; i++) await signIn(db, 'clerk', 'wrong-pass', T + i);
    expect(await signIn(db, 'clerk', 'clerk-pass', T + 10)).toEqual({ ok: false, reason: 'invalid' });
    expect(await unlockUser(db, adminId, clerkId, T + 11)).toBeNull();
    expect(await last(db)).toMatchObject({
      action: 'user.unlocked',
      details: { targetId: clerkId, failedAttempts: 3 },
    });
    expect(await signIn(db, 'clerk', 'clerk-pass', T + 12)).toMatchObject({ ok: true });
  });

  it('forces a change at the next sign-in and can take the requirement back', async () => {
    const { db, adminId, clerkId } = await office();
    expect(await setMustChangePassword(db, adminId, clerkId, true, T)).toBeNull();
    expect(await last(db)).toMatchObject({
      action: 'user.must-change-password',
      details: { targetId: clerkId, mustChange: true },
    });
    expect(await signIn(db, 'clerk', 'clerk-pass', T + 1)).toMatchObject({
      user: { mustChangePassword: true },
    });
    expect(await setMustChangePassword(db, adminId, clerkId, false, T + 2)).toBeNull();
    expect((await db.users.get(clerkId))?.mustChangePassword).toBe(false);
  });

  it('refuses the own change with a wrong current password, a short or repeated one, and audits it', async () => {
    const { db, clerkId } = await office();
    const change = (current: string, password: string, passwordRepeat = password) =>
      changeOwnPassword(db, clerkId, { current, password, passwordRepeat }, T);
    expect(await change('wrong-pass', 'new-pass-12')).toEqual({
      ok: false,
      errors: { current: 'errors.currentPasswordWrong' },
    });
    expect(await last(db)).toMatchObject({ userId: clerkId, action: 'auth.password-change-failed' });
    expect(await change('clerk-pass', 'short')).toMatchObject({
      ok: false,
      errors: { password: 'errors.passwordTooShort' },
    });
    expect(await change('clerk-pass', 'new-pass-12', 'new-pass-13')).toMatchObject({
      errors: { passwordRepeat: 'errors.passwordMismatch' },
    });
    expect(await change('clerk-pass', 'clerk-pass')).toMatchObject({
      errors: { form: 'errors.samePassword' },
    });
    expect(await signIn(db, 'clerk', 'clerk-pass', T + 1)).toMatchObject({ ok: true });
  });
});
