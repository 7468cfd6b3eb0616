import { expect, test, type Page } from '@playwright/test';
import { ADMIN, openArea, setupOffice, signIn, submitSignIn } from './helpers/app';

/** A refused attempt, waited for: the form clears the password once the answer is shown. */
async function refusedSignIn(page: Page, login: string, password: string): Promise<void> {
  await submitSignIn(page, login, password);
  await expect(page.getByTestId('sign-in-password')).toHaveValue('');
}

const REFUSED =
  'Неверный логин или пароль. После нескольких неудачных попыток вход временно блокируется; если не получается войти, обратитесь к администратору.';

test('a wrong password and an unknown login get the same answer; the right one signs in', async ({
  page,
}) => {
  await setupOffice(page);
  await submitSignIn(page, ADMIN.login, 'wrong-password');
  await expect(page.getByTestId('sign-in-error')).toHaveText(REFUSED);
  await expect(page.getByTestId('sign-in-error')).not.toContainText('4');
  await expect(page.getByTestId('user-name')).toHaveCount(0);
  await submitSignIn(page, 'nobody', 'whatever-1');
  await expect(page.getByTestId('sign-in-error')).toHaveText(REFUSED);
  await signIn(page, ADMIN);
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.fullName);
});

test('repeated failures lock the account, even against the right password, with one answer', async ({
  page,
}) => {
  await setupOffice(page, { lang: 'kk' });
  const answers: string[] = [];
  for (let i = 0; i < 5; i++) {
    await refusedSignIn(page, ADMIN.login, `wrong-${i}`);
    await expect(page.getByTestId('sign-in-error')).toBeVisible();
    answers.push(await page.getByTestId('sign-in-error').innerText());
  }
  await submitSignIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByTestId('user-name')).toHaveCount(0);
  answers.push(await page.getByTestId('sign-in-error').innerText());
  await submitSignIn(page, 'nobody', 'whatever-1');
  answers.push(await page.getByTestId('sign-in-error').innerText());
  expect(new Set(answers).size).toBe(1);
  expect(answers[0]).toContain('Логин немесе құпиясөз қате');
  expect(answers[0]).not.toContain('қалды');
});

test('the lock button asks for the same user password; sign-out returns to sign-in', async ({ page }) => {
  await setupOffice(page);
  await signIn(page, ADMIN);
  await page.getByTestId('lock').click();
  await expect(page.getByTestId('lock-screen')).toContainText('Сеанс заблокирован');
  await page.getByTestId('unlock-password').fill('not-my-password');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('sign-in-error')).toContainText('Неверный логин или пароль.');
  await page.getByTestId('unlock-password').fill(ADMIN.password);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.fullName);
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
});

test('the session locks itself after the configured inactivity', async ({ page }) => {
  await page.clock.install();
  await setupOffice(page);
  await signIn(page, ADMIN);
  await openArea(page, 'settings/security');
  await page.getByTestId('security-inactivityMinutes').fill('1');
  await page.getByTestId('security-save').click();
  await expect(page.getByText('Параметры безопасности сохранены.')).toBeVisible();
  await page.clock.fastForward('00:50');
  await expect(page.getByTestId('user-name')).toBeVisible();
  await page.clock.fastForward('00:20');
  await expect(page.getByTestId('lock-screen')).toContainText('Сеанс заблокирован после бездействия.');
  await page.getByTestId('unlock-password').fill(ADMIN.password);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
});

test('a machine clock earlier than the newest recorded event is shown as a warning', async ({ page }) => {
  await setupOffice(page);
  await expect(page.getByTestId('clock-warning')).toHaveCount(0);
  // The office was set up "now"; a clock set back a day is suspicious.
  await page.clock.install({ time: Date.now() - 24 * 3600_000 });
  await page.reload();
  await expect(page.getByTestId('clock-warning')).toContainText('Проверьте часы компьютера');
});
