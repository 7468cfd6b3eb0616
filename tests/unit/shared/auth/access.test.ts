import { describe, expect, it } from 'vitest';
import { AREAS, areasFor, can, defaultArea } from '@shared/auth/access';
import { ROLES } from '@shared/auth/roles';
import {
  checkDisable,
  checkRoleChange,
  normalizeLogin,
  validateNewAccount,
  validatePassword,
} from '@shared/auth/accounts';
import { invalidSecurityFields, parseIterations, DEFAULT_SECURITY } from '@shared/auth/security';

describe('role checks', () => {
  it('gives every role the directory and a landing area', () => {
    for (const role of ROLES) {
      expect(can({ roles: [role] }, 'directory'), role).toBe(true);
      expect(defaultArea({ roles: [role] }), role).not.toBeNull();
    }
  });

  it('shows settings and user management to administrators only', () => {
    for (const role of ROLES) {
      expect(can({ roles: [role] }, 'settings'), role).toBe(role === 'admin');
      expect(can({ roles: [role] }, 'users:manage'), role).toBe(role === 'admin');
    }
  });

  it('opens intake to ЦОН inspectors and district specialists, registries to the accumulation department', () => {
    expect(areasFor({ roles: ['center-inspector'] })).toEqual([
      'intake',
      'journal',
      'registries',
      'deadlines',
      'directory',
    ]);
    // The administrator creates the office keys; a desk inspector hands cases to the main workstation.
    expect(can({ roles: ['admin'] }, 'registries')).toBe(true);
    expect(can({ roles: ['district-specialist'] }, 'intake')).toBe(true);
    expect(can({ roles: ['accumulation-inspector'] }, 'intake')).toBe(false);
    expect(can({ roles: ['accumulation-inspector'] }, 'registries')).toBe(true);
    expect(can({ roles: ['commission-member'] }, 'registries')).toBe(false);
    // Payment requests of maslikhat aid (issue 6 item 9): sent by the district, received by the Управление.
    expect(can({ roles: ['responsible-specialist'] }, 'registries')).toBe(true);
    expect(can({ roles: ['department-specialist'] }, 'registries')).toBe(true);
  });

  it('unites the areas of several roles in menu order', () => {
    expect(areasFor({ roles: ['commission-member', 'admin', 'center-inspector'] })).toEqual(AREAS);
  });

  it('gives a disabled account nothing', () => {
    expect(areasFor({ roles: ['admin'], disabled: true })).toEqual([]);
    expect(can({ roles: ['admin'], disabled: true }, 'users:manage')).toBe(false);
    expect(defaultArea({ roles: ['admin'], disabled: true })).toBeNull();
  });
});

describe('account rules', () => {
  const ok = {
    login: 'Aigul.S',
    fullName: 'Айгуль Сейтова',
    password: '12345678',
    passwordRepeat: '12345678',
    roles: ['admin'],
  };

  it('accepts a valid account and normalizes the login', () => {
    expect(validateNewAccount(ok)).toEqual({});
    expect(normalizeLogin('  Aigul.S ')).toBe('aigul.s');
  });

  it('names each bad field', () => {
    expect(validateNewAccount({ ...ok, login: 'ай' })).toEqual({ login: 'errors.loginFormat' });
    expect(validateNewAccount({ ...ok, fullName: ' ' })).toEqual({ fullName: 'errors.fullNameRequired' });
    expect(validateNewAccount({ ...ok, roles: [] })).toEqual({ roles: 'errors.rolesRequired' });
    expect(validateNewAccount({ ...ok, roles: ['root'] })).toEqual({ roles: 'errors.rolesRequired' });
    expect(validatePassword('1234567', '1234567')).toEqual({ password: 'errors.passwordTooShort' });
    expect(validatePassword('12345678', '12345679')).toEqual({ passwordRepeat: 'errors.passwordMismatch' });
  });

  const admin = { id: 'a', roles: ['admin' as const], disabled: false };
  const admin2 = { id: 'b', roles: ['admin' as const], disabled: false };
  const clerk = { id: 'c', roles: ['center-inspector' as const], disabled: false };

  it('keeps an administrator from disabling themselves or the last administrator', () => {
    expect(checkDisable([admin, admin2], 'a', 'a')).toBe('errors.cannotDisableSelf');
    expect(checkDisable([admin, admin2], 'a', 'b')).toBeNull();
    expect(checkDisable([admin, clerk], 'a', 'c')).toBeNull();
    expect(checkDisable([{ ...admin, disabled: true }, admin2], 'x', 'b')).toBe('errors.lastAdmin');
  });

  it('refuses a role change that removes the last administrator', () => {
    expect(checkRoleChange([admin, clerk], 'a', ['center-inspector'])).toBe('errors.lastAdmin');
    expect(checkRoleChange([admin, admin2], 'a', ['center-inspector'])).toBeNull();
    expect(checkRoleChange([admin, clerk], 'c', ['admin'])).toBeNull();
  });
});

describe('security settings', () => {
  it('checks bounds', () => {
    expect(invalidSecurityFields(DEFAULT_SECURITY)).toEqual([]);
    expect(
      invalidSecurityFields({
        maxFailedAttempts: 2,
        lockoutMinutes: 1.5,
        inactivityMinutes: 241,
        keyTransitDays: 0,
      }),
    ).toEqual(['maxFailedAttempts', 'lockoutMinutes', 'inactivityMinutes', 'keyTransitDays']);
  });

  it('reads the test iteration override only when sane', () => {
    expect(parseIterations('1000')).toBe(1000);
    expect(parseIterations('999')).toBeNull();
    expect(parseIterations('1e6')).toBeNull();
    expect(parseIterations(null)).toBeNull();
  });
});
