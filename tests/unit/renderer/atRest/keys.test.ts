/** Issue 13, phase 1: the data key's life — setup, sign-in, reset, change, upgrade, recovery, sign-out. */
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestDbs, SETUP, setUpOffice, testDb } from '../testDb';
import { insertCases } from '../journal/fixtures';
import { createUser } from '@renderer/auth/users';
import { changeOwnPassword, resetPassword } from '@renderer/auth/passwords';
import { signIn } from '@renderer/auth/session';
import { dropDataKey, openDataKey, openWithRecovery, userWrapId } from '@renderer/db/atRest/session';
import { DataLockedError } from '@renderer/db/atRest/keyRing';
import type { AppDatabase } from '@renderer/db/database';
import { auditLog } from '@renderer/db/audit';

afterEach(closeTestDbs);

const NOW = 2_000_000;
const INSPECTOR = {
  login: 'inspector',
  fullName: 'Иванова Анна',
  password: 'inspector-pass',
  passwordRepeat: 'inspector-pass',
  roles: ['center-inspector' as const],
};

async function officeWithCase() {
  const db = testDb({ locked: true });
  const adminId = await setUpOffice(db);
  const [row] = await insertCases(db, [{ surname: 'Қасымов' }]);
  return { db, adminId, id: row!.id };
}

async function readable(db: AppDatabase, id: string): Promise<boolean> {
  try {
    return (await db.cases.get(id))?.intake.applicant.surname === 'Қасымов';
  } catch (error) {
    if (error instanceof DataLockedError) return false;
    throw error;
  }
}

describe('data key lifecycle', () => {
  it('setup wraps the key for the administrator; only the right password opens it', async () => {
    const { db, adminId, id } = await officeWithCase();
    dropDataKey(db);
    await expect(db.cases.get(id)).rejects.toBeInstanceOf(DataLockedError);
    expect(await openDataKey(db, adminId, 'wrong-pass', NOW)).toBe('no-key');
    expect(db.atRest.unlocked).toBe(false);
    await expect(db.cases.get(id)).rejects.toMatchObject({ messageKey: 'common:errors.noDataKey' });
    expect((await signIn(db, 'admin', 'wrong-pass', NOW)).ok).toBe(false);
    expect(db.atRest.unlocked).toBe(false);
    expect((await signIn(db, 'admin', SETUP.admin.password, NOW)).ok).toBe(true);
    expect(await readable(db, id)).toBe(true);
  });

  it('sign-out drops the key: sealed rows cannot be read or personal data written', async () => {
    const { db, id } = await officeWithCase();
    expect(await readable(db, id)).toBe(true);
    await auditLog.append(
      db,
      { userId: 'u', action: 'case.correct', caseId: id, details: { x: 1 } },
      9_000_000,
    );
    dropDataKey(db);
    expect(await readable(db, id)).toBe(false);
    // The sign-in screen's clock check reads only the index: it works without the key.
    expect(await auditLog.latestAt(db)).toBe(9_000_000);
    await expect(db.audit.orderBy('at').last()).rejects.toBeInstanceOf(DataLockedError);
    await expect(insertCases(db, [{ surname: 'Другой' }])).rejects.toBeInstanceOf(DataLockedError);
    const locked = new DataLockedError();
    expect(locked.code).toBe('locked');
    expect(locked.messageKey).toBe('common:errors.dataLocked');
  });

  it('a new user gets a wrap from the administrator; a reset keeps the data readable', async () => {
    const { db, adminId, id } = await officeWithCase();
    const created = await createUser(db, adminId, INSPECTOR, NOW, { iterations: 1000 });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    dropDataKey(db);
    expect((await signIn(db, 'inspector', INSPECTOR.password, NOW)).ok).toBe(true);
    expect(await readable(db, id)).toBe(true);

    // The inspector forgot the password: the administrator's session re-wraps under the temporary one.
    dropDataKey(db);
    expect((await signIn(db, 'admin', SETUP.admin.password, NOW)).ok).toBe(true);
    const temp = 'temporary-pass-1';
    expect(
      await resetPassword(
        db,
        adminId,
        created.user.id,
        { password: temp, passwordRepeat: temp, mustChange: true },
        NOW,
      ),
    ).toEqual({ ok: true });
    dropDataKey(db);
    expect((await signIn(db, 'inspector', temp, NOW)).ok).toBe(true);
    expect(await readable(db, id)).toBe(true);

    // Changing the password re-wraps: the old one opens nothing any more.
    expect(
      await changeOwnPassword(
        db,
        created.user.id,
        { current: temp, password: 'new-pass-22', passwordRepeat: 'new-pass-22' },
        NOW,
      ),
    ).toEqual({ ok: true });
    dropDataKey(db);
    expect(await openDataKey(db, created.user.id, temp, NOW)).toBe('no-key');
    expect(await openDataKey(db, created.user.id, 'new-pass-22', NOW)).toBe('opened');
    expect(await readable(db, id)).toBe(true);
  });

  it('the recovery passphrase given at setup opens the key', async () => {
    const db = testDb({ locked: true });
    await setUpOffice(db, { recoveryPassphrase: 'восстановление офиса 2026' });
    const [row] = await insertCases(db, [{ surname: 'Қасымов' }]);
    dropDataKey(db);
    expect(await openWithRecovery(db, 'не та фраза')).toBe(false);
    expect(await openWithRecovery(db, 'восстановление офиса 2026')).toBe(true);
    expect(await readable(db, row!.id)).toBe(true);
  });

  it('an upgraded installation: the first sign-in makes the key, escrow until every user has a wrap', async () => {
    const db = testDb({ locked: true });
    const adminId = await setUpOffice(db);
    const created = await createUser(db, adminId, INSPECTOR, NOW, { iterations: 1000 });
    if (!created.ok) throw new Error('user');
    // As before version 6: no wraps at all.
    await db.keyWraps.clear();
    dropDataKey(db);

    expect((await signIn(db, 'admin', SETUP.admin.password, NOW)).ok).toBe(true);
    expect(db.atRest.unlocked).toBe(true);
    expect(await db.keyWraps.get('escrow')).toBeDefined();
    const [row] = await insertCases(db, [{ surname: 'Қасымов' }]);

    dropDataKey(db);
    expect((await signIn(db, 'inspector', INSPECTOR.password, NOW)).ok).toBe(true);
    expect(await readable(db, row!.id)).toBe(true);
    expect(await db.keyWraps.get(userWrapId(created.user.id))).toBeDefined();
    // Every enabled user has a wrap now: the escrow is gone.
    expect(await db.keyWraps.get('escrow')).toBeUndefined();
  });
});
