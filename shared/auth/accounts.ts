/**
 * Account rules that do not need storage: login and password shape, and the guards that keep an
 * office from losing its last administrator. Errors are i18n keys (auth namespace).
 */
import { isRole, type Role } from './roles';

export const MIN_PASSWORD_LENGTH = 8;
const LOGIN_RE = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/** Logins compare case-insensitively: "Aigul" and "aigul" are the same account. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

export type AccountError =
  | 'errors.loginFormat'
  | 'errors.loginTaken'
  | 'errors.fullNameRequired'
  | 'errors.passwordTooShort'
  | 'errors.passwordMismatch'
  | 'errors.rolesRequired';

export interface NewAccountInput {
  login: string;
  fullName: string;
  password: string;
  passwordRepeat: string;
  roles: readonly string[];
}

export type AccountErrors = Partial<
  Record<'login' | 'fullName' | 'password' | 'passwordRepeat' | 'roles', AccountError>
>;

export function validatePassword(
  password: string,
  repeat: string,
): Pick<AccountErrors, 'password' | 'passwordRepeat'> {
  const errors: AccountErrors = {};
  if ([...password].length < MIN_PASSWORD_LENGTH) errors.password = 'errors.passwordTooShort';
  else if (password !== repeat) errors.passwordRepeat = 'errors.passwordMismatch';
  return errors;
}

export function validateNewAccount(input: NewAccountInput): AccountErrors {
  const errors: AccountErrors = { ...validatePassword(input.password, input.passwordRepeat) };
  if (!LOGIN_RE.test(normalizeLogin(input.login))) errors.login = 'errors.loginFormat';
  if (input.fullName.trim().length < 2) errors.fullName = 'errors.fullNameRequired';
  if (input.roles.length === 0 || !input.roles.every(isRole)) errors.roles = 'errors.rolesRequired';
  return errors;
}

export interface AccountSummary {
  id: string;
  roles: readonly Role[];
  disabled: boolean;
}

export type AdminGuardError = 'errors.cannotDisableSelf' | 'errors.lastAdmin';

/** Would disabling `targetId` (by `actorId`) leave the office without an active administrator? */
export function checkDisable(
  accounts: readonly AccountSummary[],
  actorId: string,
  targetId: string,
): AdminGuardError | null {
  if (actorId === targetId) return 'errors.cannotDisableSelf';
  return leavesNoAdmin(accounts, targetId, { disabled: true }) ? 'errors.lastAdmin' : null;
}

export function checkRoleChange(
  accounts: readonly AccountSummary[],
  targetId: string,
  roles: readonly Role[],
): AdminGuardError | null {
  return leavesNoAdmin(accounts, targetId, { roles }) ? 'errors.lastAdmin' : null;
}

function leavesNoAdmin(
  accounts: readonly AccountSummary[],
  targetId: string,
  change: Partial<AccountSummary>,
): boolean {
  const after = accounts.map((a) => (a.id === targetId ? { ...a, ...change } : a));
  return !after.some((a) => !a.disabled && a.roles.includes('admin'));
}
