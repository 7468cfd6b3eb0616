import { afterEach, describe, expect, it } from 'vitest';
import { completeSetup } from '@renderer/store/setup';
import { normalizeDeskCode } from '@renderer/store/workstation';
import { getSetting, getSecurity } from '@renderer/db/settings';
import { closeTestDbs, SETUP, testDb } from './testDb';

afterEach(closeTestDbs);

describe('first-run setup', () => {
  it('stores office, language, security and the first administrator together', async () => {
    const db = testDb();
    const result = await completeSetup(db, { ...SETUP, lang: 'kk', workstation: 'desk', deskCode: '7' }, 42);
    expect(result.ok).toBe(true);
    expect(await getSetting(db, 'office')).toEqual({
      officeCode: '20',
      workstation: 'desk',
      deskCode: '07',
      configuredAt: 42,
    });
    expect(await getSetting(db, 'language')).toBe('kk');
    expect((await getSecurity(db)).pbkdf2Iterations).toBe(1000);
    const users = await db.users.toArray();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ login: 'admin', roles: ['admin'] });
    expect(await db.audit.toArray()).toMatchObject([
      { action: 'setup.completed', userId: users[0]!.id, at: 42 },
    ]);
  });

  it('writes nothing when the input is wrong', async () => {
    const db = testDb();
    const bad = [
      { ...SETUP, officeCode: '99' },
      { ...SETUP, workstation: 'desk' as const, deskCode: '0' },
      { ...SETUP, workstation: 'desk' as const, deskCode: '100' },
      { ...SETUP, admin: { ...SETUP.admin, passwordRepeat: 'other-pass' } },
      { ...SETUP, admin: { ...SETUP.admin, password: '1234567', passwordRepeat: '1234567' } },
    ];
    const errors = [];
    for (const input of bad) {
      const r = await completeSetup(db, input, 1);
      expect(r.ok).toBe(false);
      if (!r.ok) errors.push(r.errors);
    }
    expect(errors).toEqual([
      { form: 'errors.officeRequired' },
      { form: 'errors.deskCode' },
      { form: 'errors.deskCode' },
      { passwordRepeat: 'errors.passwordMismatch' },
      { password: 'errors.passwordTooShort' },
    ]);
    expect(await db.settings.count()).toBe(0);
    expect(await db.users.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses to configure the office twice', async () => {
    const db = testDb();
    expect((await completeSetup(db, SETUP, 1)).ok).toBe(true);
    expect(
      await completeSetup(db, { ...SETUP, officeCode: '11', admin: { ...SETUP.admin, login: 'other' } }, 2),
    ).toEqual({
      ok: false,
      errors: { form: 'errors.alreadySetUp' },
    });
    expect((await getSetting(db, 'office'))?.officeCode).toBe('20');
    expect(await db.users.count()).toBe(1);
  });

  it('gives the main workstation desk code 00 and checks desk codes 01-99', () => {
    expect(normalizeDeskCode('main', 'anything')).toBe('00');
    expect(normalizeDeskCode('desk', '1')).toBe('01');
    expect(normalizeDeskCode('desk', '99')).toBe('99');
    expect(normalizeDeskCode('desk', '00')).toBeNull();
    expect(normalizeDeskCode('desk', '1a')).toBeNull();
  });
});
