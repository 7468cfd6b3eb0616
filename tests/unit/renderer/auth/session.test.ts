import { afterEach, describe, expect, it } from 'vitest';
import { signIn } from '@renderer/auth/session';
import { createUser, setUserDisabled } from '@renderer/auth/users';
import { putSetting, getSecurity } from '@renderer/db/settings';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';

afterEach(closeTestDbs);
const MIN = 60_000;
const T = 2_000_000;

async function actions(db: ReturnType<typeof testDb>) {
  return (await db.audit.orderBy('id').toArray()).map((e) => e.action);
}

describe('sign-in', () => {
  it('signs in with the right password and records it', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    const result = await signIn(db, ' ADMIN ', 'admin-pass', T);
    expect(result).toEqual({
      ok: true,
      user: {
        id: adminId,
        login: 'admin',
        fullName: 'Администратор Офиса',
        roles: ['admin'],
        mustChangePassword: false,
      },
    });
    const last = await db.audit.orderBy('id').last();
    expect(last).toMatchObject({ userId: adminId, action: 'auth.signed-in', at: T });
  });

  it('refuses a wrong password with one answer, counting attempts only in the audit log, then locks', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    await putSetting(db, 'security', {
      ...(await getSecurity(db)),
      maxFailedAttempts: 3,
      lockoutMinutes: 10,
    });
    const refused = { ok: false, reason: 'invalid' };
    expect(await signIn(db, 'admin', 'wrong-pass', T)).toEqual(refused);
    expect(await signIn(db, 'admin', 'wrong-pass', T + 1)).toEqual(refused);
    expect(await signIn(db, 'admin', 'wrong-pass', T + 2)).toEqual(refused);
    expect(await db.users.get(adminId)).toMatchObject({ lockedUntil: T + 2 + 10 * MIN });
    // Even the right password is refused while locked, with the same answer (no oracle).
    expect(await signIn(db, 'admin', 'admin-pass', T + 5 * MIN)).toEqual(refused);
    const left = (await db.audit.where('action').equals('auth.sign-in-failed').toArray()).map(
      (e) => e.details?.attemptsLeft,
    );
    expect(left).toEqual([2, 1, 0, undefined]);
    expect(await signIn(db, 'admin', 'admin-pass', T + 2 + 10 * MIN)).toMatchObject({ ok: true });
    expect(await db.users.get(adminId)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    expect(await actions(db)).toEqual([
      'setup.completed',
      'auth.sign-in-failed',
      'auth.sign-in-failed',
      'auth.sign-in-failed',
      'auth.locked-out',
      'auth.sign-in-failed',
      'auth.signed-in',
    ]);
  });

  it('does not reveal whether an unknown login exists, but records the attempt', async () => {
    const db = testDb();
    await setUpOffice(db);
    // The same answer as a wrong password for an existing login.
    const wrongPassword = await signIn(db, 'admin', 'whatever1', T);
    expect(await signIn(db, 'nobody', 'whatever1', T)).toEqual(wrongPassword);
    expect(await db.audit.orderBy('id').last()).toMatchObject({
      userId: null,
      action: 'auth.sign-in-failed',
      details: { login: 'nobody' },
    });
  });

  it('refuses a disabled account', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    const created = await createUser(
      db,
      adminId,
      {
        login: 'clerk',
        fullName: 'Инспектор',
        password: 'clerk-pass',
        passwordRepeat: 'clerk-pass',
        roles: ['center-inspector'],
      },
      T,
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await signIn(db, 'clerk', 'clerk-pass', T)).toMatchObject({ ok: true });
    expect(await setUserDisabled(db, adminId, created.user.id, true, T)).toBeNull();
    expect(await signIn(db, 'clerk', 'clerk-pass', T + 1)).toEqual({ ok: false, reason: 'disabled' });
  });

  it('records an unlock from the lock screen as such', async () => {
    const db = testDb();
    await setUpOffice(db);
    expect(await signIn(db, 'admin', 'admin-pass', T, 'unlock')).toMatchObject({ ok: true });
    expect((await db.audit.orderBy('id').last())?.action).toBe('auth.session-unlocked');
  });

  it('re-hashes a password made with fewer iterations at the next successful sign-in', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    await putSetting(db, 'security', { ...(await getSecurity(db)), pbkdf2Iterations: 2000 });
    expect(await signIn(db, 'admin', 'wrong-pass', T)).toMatchObject({ ok: false });
    expect((await db.users.get(adminId))?.passwordHash.iterations).toBe(1000);
    const before = (await db.users.get(adminId))?.passwordHash;
    expect(await signIn(db, 'admin', 'admin-pass', T + 1)).toMatchObject({ ok: true });
    const after = (await db.users.get(adminId))?.passwordHash;
    expect(after?.iterations).toBe(2000);
    expect(after?.salt).not.toBe(before?.salt);
    expect(await db.audit.orderBy('id').last()).toMatchObject({
      action: 'auth.password-rehashed',
      details: { from: 1000, to: 2000 },
    });
    // Once is enough: the next sign-in leaves the hash alone.
    expect(await signIn(db, 'admin', 'admin-pass', T + 2)).toMatchObject({ ok: true });
    expect((await db.users.get(adminId))?.passwordHash).toEqual(after);
  });

  it('a production build lifts the older 310,000 iterations to 600,000', async () => {
    const db = testDb();
    await setUpOffice(db);
    await putSetting(db, 'security', { ...(await getSecurity(db)), pbkdf2Iterations: 310_000 });
    expect((await getSecurity(db, false)).pbkdf2Iterations).toBe(600_000);
    expect((await getSecurity(db, true)).pbkdf2Iterations).toBe(310_000);
  });
});
