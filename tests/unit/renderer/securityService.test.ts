import { afterEach, describe, expect, it } from 'vitest';
import { saveSecurity } from '@renderer/store/security';
import { createUser } from '@renderer/auth/users';
import { getSecurity } from '@renderer/db/settings';
import { loadTrustStore } from '@renderer/registry/identity';
import { closeTestDbs, setUpOffice, testDb } from './testDb';

afterEach(closeTestDbs);
const values = { maxFailedAttempts: 4, lockoutMinutes: 30, inactivityMinutes: 5, keyTransitDays: 14 };

describe('security settings service', () => {
  it('saves valid values and records the change with the administrator', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    expect(await saveSecurity(db, adminId, values, 9)).toEqual({ ok: true });
    expect(await getSecurity(db)).toMatchObject({ ...values, pbkdf2Iterations: 1000 });
    expect(await db.audit.orderBy('id').last()).toMatchObject({
      userId: adminId,
      action: 'settings.changed',
      details: { security: { from: { maxFailedAttempts: 5 }, to: values } },
    });
  });

  it('refuses out-of-range values and non-administrators without writing', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    await createUser(
      db,
      adminId,
      {
        login: 'head',
        fullName: 'Руководитель',
        password: 'head-pass',
        passwordRepeat: 'head-pass',
        roles: ['district-head'],
      },
      1,
      { newId: () => 'u-head' },
    );
    const auditBefore = await db.audit.count();
    expect(await saveSecurity(db, adminId, { ...values, lockoutMinutes: 0 }, 9)).toEqual({
      ok: false,
      invalid: ['lockoutMinutes'],
    });
    expect(await saveSecurity(db, 'u-head', values, 9)).toEqual({ ok: false, notAllowed: true });
    expect((await getSecurity(db)).maxFailedAttempts).toBe(5);
    expect(await db.audit.count()).toBe(auditBefore);
  });

  it('the transit window of rotated-out partner keys: 30 days by default, 1-365, carried by the trust store', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    expect((await getSecurity(db)).keyTransitDays).toBe(30);
    expect((await loadTrustStore(db)).transitDays).toBe(30);
    for (const bad of [0, 366, 2.5]) {
      expect(await saveSecurity(db, adminId, { ...values, keyTransitDays: bad }, 9)).toEqual({
        ok: false,
        invalid: ['keyTransitDays'],
      });
    }
    expect(await saveSecurity(db, adminId, values, 9)).toEqual({ ok: true });
    expect((await loadTrustStore(db)).transitDays).toBe(14);
  });
});
