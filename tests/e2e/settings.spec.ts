import { expect, test, type Page } from '@playwright/test';
import { ADMIN, createUser, openArea, setupAndSignIn, signIn, signOut, submitSignIn } from './helpers/app';

/** A refused attempt, waited for: the form clears the password once the answer is shown. */
async function refusedSignIn(page: Page, login: string, password: string): Promise<void> {
  await submitSignIn(page, login, password);
  await expect(page.getByTestId('sign-in-password')).toHaveValue('');
}

const CLERK = { login: 'aruzhan', fullName: 'Касымова Аружан Ериковна', password: 'clerk-pass-1' };

test('the administrator creates a ЦОН inspector, who sees only their areas', async ({ page }) => {
  await setupAndSignIn(page);
  await createUser(page, CLERK, ['center-inspector']);
  await expect(page.getByTestId(`user-row-${CLERK.login}`)).toContainText('Инспектор ЦОН');
  await signOut(page);

  await signIn(page, CLERK);
  await expect(page.getByTestId('user-roles')).toHaveText('Инспектор ЦОН');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link')).toHaveText([
    'Приём',
    'Журнал',
    'Реестры',
    'Контроль сроков',
    'Справочник',
  ]);
  await expect(page).toHaveURL(/#\/intake$/);
  // Settings by address is not opened for this role.
  await openArea(page, 'settings/users');
  await expect(page).toHaveURL(/#\/intake$/);
  await expect(page.getByTestId('new-user')).toHaveCount(0);
});

test('a disabled user cannot sign in; the administrator cannot disable themselves', async ({ page }) => {
  await setupAndSignIn(page);
  await createUser(page, CLERK, ['district-specialist']);
  await page.getByTestId(`user-row-${ADMIN.login}`).getByTestId('toggle-disabled').click();
  await expect(page.getByTestId('users-error')).toHaveText('Нельзя отключить собственную учётную запись.');
  await page.getByTestId(`user-row-${CLERK.login}`).getByTestId('toggle-disabled').click();
  await expect(page.getByTestId(`user-row-${CLERK.login}`)).toContainText('Отключена');
  await signOut(page);

  await submitSignIn(page, CLERK.login, CLERK.password);
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'Учётная запись отключена. Обратитесь к администратору учреждения.',
  );
  await expect(page.getByTestId('user-name')).toHaveCount(0);
});

test('roles can be changed, but never away from the last administrator', async ({ page }) => {
  await setupAndSignIn(page);
  await createUser(page, CLERK, ['commission-member']);
  await page.getByTestId(`user-row-${ADMIN.login}`).getByTestId('edit-roles').click();
  await page.getByTestId('role-admin').uncheck();
  await page.getByTestId('role-district-head').check();
  await page.getByTestId('roles-save').click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(
    'В учреждении должен остаться хотя бы один действующий администратор.',
  );
  await page.keyboard.press('Escape');

  await page.getByTestId(`user-row-${CLERK.login}`).getByTestId('edit-roles').click();
  await page.getByTestId('role-accumulation-inspector').check();
  await page.getByTestId('roles-save').click();
  await expect(page.getByTestId(`user-row-${CLERK.login}`)).toContainText(
    'Член комиссии, Инспектор накопительного отдела',
  );
  await signOut(page);
  await signIn(page, CLERK);
  await expect(page.getByRole('navigation').getByRole('link')).toHaveText([
    'Журнал',
    'Реестры',
    'Контроль сроков',
    'Отчёты',
    'Справочник',
  ]);
});

test('security settings: fewer attempts lock sooner; out-of-range values are refused', async ({ page }) => {
  await setupAndSignIn(page);
  await openArea(page, 'settings/security');
  await page.getByTestId('security-maxFailedAttempts').fill('2');
  await page.getByTestId('security-save').click();
  await expect(page.getByText('Целое число от 3 до 20.')).toBeVisible();
  await page.getByTestId('security-maxFailedAttempts').fill('3');
  await page.getByTestId('security-save').click();
  await expect(page.getByText('Параметры безопасности сохранены.')).toBeVisible();
  await signOut(page);
  for (const wrong of ['wrong-1', 'wrong-2', 'wrong-3']) {
    await refusedSignIn(page, ADMIN.login, wrong);
    await expect(page.getByTestId('sign-in-error')).toContainText('Неверный логин или пароль.');
  }
  // Locked after three: even the right password is refused now.
  await submitSignIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByTestId('sign-in-error')).toContainText('Неверный логин или пароль.');
  await expect(page.getByTestId('user-name')).toHaveCount(0);
});

test('the office panel shows the configuration read-only', async ({ page }) => {
  await setupAndSignIn(page, { officeCode: '24', workstation: 'desk', deskCode: '12' });
  await openArea(page, 'settings/office');
  await expect(page.getByTestId('office-code')).toHaveText('24');
  await expect(page.getByTestId('office-deskCode')).toHaveText('12');
  await expect(page.getByTestId('office-workstation')).toHaveText('Стойка приёма · 24-12');
  await expect(page.getByRole('textbox')).toHaveCount(0);
});
