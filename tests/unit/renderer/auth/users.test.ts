import { afterEach, describe, expect, it } from 'vitest';
import { createUser, setUserDisabled, setUserRoles } from '@renderer/auth/users';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';

afterEach(closeTestDbs);
const T = 3_000_000;
const clerk = {
  login: 'Clerk',
  fullName: '  Аружан   Касымова ',
  password: 'clerk-pass',
  passwordRepeat: 'clerk-pass',
  roles: ['center-inspector'],
};

describe('account administration', () => {
  it('creates an account with the office iteration count and records who did it', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db, { iterations: 1500 });
    const result = await createUser(db, adminId, clerk, T, { newId: () => 'u-clerk' });
    expect(result.ok).toBe(true);
    const row = await db.users.get('u-clerk');
    expect(row).toMatchObject({
      login: 'clerk',
      fullName: 'Аружан Касымова',
      roles: ['center-inspector'],
      disabled: false,
    });
    expect(row?.passwordHash.iterations).toBe(1500);
    expect(await db.audit.orderBy('id').last()).toMatchObject({
      userId: adminId,
      action: 'user.created',
      details: { targetId: 'u-clerk', login: 'clerk' },
    });
  });

  it('refuses a taken login, bad input, and a non-administrator, writing nothing', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    await createUser(db, adminId, clerk, T, { newId: () => 'u-clerk' });
    const before = await db.audit.count();
    expect(await createUser(db, adminId, { ...clerk, login: 'CLERK' }, T)).toEqual({
      ok: false,
      errors: { login: 'errors.loginTaken' },
    });
    expect(
      await createUser(
        db,
        adminId,
        { ...clerk, login: 'xyz', password: 'short', passwordRepeat: 'short' },
        T,
      ),
    ).toEqual({
      ok: false,
      errors: { password: 'errors.passwordTooShort' },
    });
    expect(await createUser(db, 'u-clerk', { ...clerk, login: 'other' }, T)).toEqual({
      ok: false,
      errors: { form: 'errors.notAllowed' },
    });
    expect(await db.users.count()).toBe(2);
    expect(await db.audit.count()).toBe(before);
  });

  it('disables and re-enables, never the administrator themselves', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    await createUser(db, adminId, clerk, T, { newId: () => 'u-clerk' });
    expect(await setUserDisabled(db, adminId, adminId, true, T)).toBe('errors.cannotDisableSelf');
    expect(await setUserDisabled(db, adminId, 'u-clerk', true, T)).toBeNull();
    expect((await db.users.get('u-clerk'))?.disabled).toBe(true);
    expect(await setUserDisabled(db, 'u-clerk', adminId, true, T)).toBe('errors.notAllowed');
    await db.users.update('u-clerk', { failedAttempts: 5, lockedUntil: T + 1000 });
    expect(await setUserDisabled(db, adminId, 'u-clerk', false, T)).toBeNull();
    expect(await db.users.get('u-clerk')).toMatchObject({
      disabled: false,
      failedAttempts: 0,
      lockedUntil: null,
    });
    const acts = (await db.audit.orderBy('id').toArray()).map((e) => e.action);
    expect(acts.slice(-2)).toEqual(['user.disabled', 'user.enabled']);
  });

  it('changes roles but keeps at least one active administrator', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    await createUser(db, adminId, clerk, T, { newId: () => 'u-clerk' });
    expect(await setUserRoles(db, adminId, adminId, ['district-head'], T)).toBe('errors.lastAdmin');
    expect(await setUserRoles(db, adminId, 'u-clerk', [], T)).toBe('errors.rolesRequired');
    expect(await setUserRoles(db, adminId, 'u-clerk', ['admin', 'center-inspector'], T)).toBeNull();
    expect(await setUserRoles(db, adminId, adminId, ['district-head'], T)).toBeNull();
    expect((await db.users.get(adminId))?.roles).toEqual(['district-head']);
    expect(await db.audit.orderBy('id').last()).toMatchObject({
      action: 'user.roles-changed',
      details: { targetId: adminId, from: ['admin'], to: ['district-head'] },
    });
  });
});
