/**
 * Shared steps for e2e specs. Every test gets a fresh browser context, hence an empty database:
 * call `setupOffice` first, then `signIn`.
 *
 * The app is opened with `?pbkdf2=1000`: first-run setup stores that PBKDF2 iteration count for the
 * installation (renderer/src/features/setup/SetupWizard.tsx), so hashing takes milliseconds instead
 * of ~0.5 s per password. Accounts created later use the same stored count.
 *
 * Selectors are `data-testid`s, so the helpers work whatever the interface language.
 */
import { expect, type Page } from '@playwright/test';
import type { Role } from '@shared/auth/roles';
import type { Lang } from '@shared/i18n/lang';

export const TEST_ITERATIONS = 1000;

export interface TestAccount {
  login: string;
  fullName: string;
  password: string;
}

/** The administrator `setupOffice` creates unless told otherwise. */
export const ADMIN: TestAccount = {
  login: 'admin',
  fullName: 'Сейтова Айгуль Маратовна',
  password: 'admin-pass-1',
};

export interface SetupOptions {
  /** Interface language chosen on step 1 (default ru). */
  lang?: Lang;
  /** Office code from shared/directory/offices.ts: 00, 11-17, 20-27 (default 20). */
  officeCode?: string;
  /** Main workstation (desk code 00) or an intake desk (default main). */
  workstation?: 'main' | 'desk';
  /** Desk code typed for an intake desk (default "01"). */
  deskCode?: string;
  admin?: TestAccount;
}

/** Opens the app on an empty database and completes first-run setup; ends on the sign-in screen. */
export async function setupOffice(page: Page, options: SetupOptions = {}): Promise<TestAccount> {
  const { lang = 'ru', officeCode = '20', workstation = 'main', deskCode = '01', admin = ADMIN } = options;
  await page.goto(`/?pbkdf2=${TEST_ITERATIONS}`);
  await page.getByTestId(`lang-${lang}`).check();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.getByTestId('setup-next').click();
  await page.getByTestId(`office-${officeCode}`).click();
  await page.getByTestId('setup-next').click();
  await page.getByTestId(`workstation-${workstation}`).check();
  if (workstation === 'desk') await page.getByTestId('desk-code').fill(deskCode);
  await page.getByTestId('setup-next').click();
  await page.getByTestId('admin-login').fill(admin.login);
  await page.getByTestId('admin-fullName').fill(admin.fullName);
  await page.getByTestId('admin-password').fill(admin.password);
  await page.getByTestId('admin-passwordRepeat').fill(admin.password);
  await page.getByTestId('setup-finish').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  return admin;
}

/** Fills and submits the sign-in form without waiting for the outcome (for refusals). */
export async function submitSignIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByTestId('sign-in-login').fill(login);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** Signs in and waits for the shell showing the user's full name. */
export async function signIn(page: Page, user: TestAccount | string, password?: string): Promise<void> {
  const login = typeof user === 'string' ? user : user.login;
  const pass = password ?? (typeof user === 'string' ? undefined : user.password);
  if (pass === undefined) throw new Error('signIn: password missing');
  await submitSignIn(page, login, pass);
  await expect(page.getByTestId('user-name')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
}

/** Setup plus sign-in as the administrator: the usual start of a test. */
export async function setupAndSignIn(page: Page, options: SetupOptions = {}): Promise<TestAccount> {
  const admin = await setupOffice(page, options);
  await signIn(page, admin);
  return admin;
}

/** Opens an area of the shell by its hash route, e.g. `settings/users`. */
export async function openArea(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    window.location.hash = `#/${r}`;
  }, route);
}

/** As the signed-in administrator: Настройки → Пользователи → new account with these roles. */
export async function createUser(page: Page, account: TestAccount, roles: Role[]): Promise<void> {
  await openArea(page, 'settings/users');
  await page.getByTestId('new-user').click();
  await page.getByTestId('new-user-login').fill(account.login);
  await page.getByTestId('new-user-fullName').fill(account.fullName);
  await page.getByTestId('new-user-password').fill(account.password);
  await page.getByTestId('new-user-passwordRepeat').fill(account.password);
  for (const role of roles) await page.getByTestId(`role-${role}`).check();
  await page.getByTestId('new-user-submit').click();
  await expect(page.getByTestId(`user-row-${account.login.toLowerCase()}`)).toBeVisible();
  // The dialog fades out; wait until it is gone so the next dialog's test ids are unique.
  await expect(page.getByRole('dialog')).toHaveCount(0);
}
