import { expect, test } from '@playwright/test';
import { ADMIN, setupOffice, signIn } from './helpers/app';

test('first-run setup in Russian leads to sign-in and the shell', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Первоначальная настройка' })).toBeVisible();
  await setupOffice(page, { lang: 'ru', officeCode: '20' });
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  await signIn(page, ADMIN);
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.fullName);
  await expect(page.getByTestId('user-roles')).toHaveText('Администратор');
  await expect(page.getByTestId('workstation')).toHaveText('Основное рабочее место · 20-00');
  await expect(page.getByTestId('nav-settings')).toHaveText('Настройки');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('first-run setup in Kazakh shows the whole wizard and the shell in Kazakh', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('lang-kk').check();
  // The wizard switches at once, before the office exists.
  await expect(page.getByRole('heading', { name: 'Бастапқы баптау' })).toBeVisible();
  await expect(page.getByTestId('setup-next')).toHaveText('Әрі қарай');
  await page.getByTestId('setup-next').click();
  await expect(page.getByText('Халыққа қызмет көрсету орталықтары (ХҚКО)')).toBeVisible();

  await setupOffice(page, { lang: 'kk', officeCode: '13', workstation: 'desk', deskCode: '3' });
  await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
  await signIn(page, ADMIN);
  await expect(page.getByTestId('user-roles')).toHaveText('Әкімші');
  await expect(page.getByTestId('workstation')).toHaveText('Қабылдау орны · 13-03');
  await expect(page.getByTestId('nav-settings')).toHaveText('Баптаулар');
  await expect(page.getByTestId('nav-directory')).toHaveText('Анықтамалық');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
});

test('setup refuses a bad desk code and mismatched passwords in the chosen language, writing nothing', async ({
  page,
}) => {
  await page.goto('/?pbkdf2=1000');
  await page.getByTestId('lang-kk').check();
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-error')).toHaveText('Анықтамалықтан мекемені таңдаңыз.');
  await page.getByTestId('office-20').click();
  await page.getByTestId('setup-next').click();
  await page.getByTestId('workstation-desk').check();
  await page.getByTestId('desk-code').fill('00');
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-error')).toHaveText(
    'Қабылдау орнының коды — 01-ден 99-ға дейінгі екі цифр.',
  );
  await page.getByTestId('desk-code').fill('07');
  await page.getByTestId('setup-next').click();
  await page.getByTestId('admin-login').fill('admin');
  await page.getByTestId('admin-fullName').fill(ADMIN.fullName);
  await page.getByTestId('admin-password').fill('short');
  await page.getByTestId('admin-passwordRepeat').fill('short');
  await page.getByTestId('setup-finish').click();
  await expect(page.getByText('Құпиясөз кемінде 8 таңбадан тұруы керек.')).toBeVisible();
  await page.getByTestId('admin-password').fill('long-enough-1');
  await page.getByTestId('admin-passwordRepeat').fill('long-enough-2');
  await page.getByTestId('setup-finish').click();
  await expect(page.getByText('Құпиясөздер сәйкес келмейді.')).toBeVisible();
  // Nothing was stored: a reload starts setup again.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Бастапқы баптау' })).toBeVisible();
});

test('the language and the office configuration survive a reload', async ({ page }) => {
  await setupOffice(page, { lang: 'kk', officeCode: '11' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
  await signIn(page, ADMIN);
  await expect(page.getByTestId('workstation')).toHaveText('Негізгі жұмыс орны · 11-00');
  await page.getByText('Русский').click();
  await expect(page.getByTestId('nav-settings')).toHaveText('Настройки');
  await page.getByTestId('nav-settings').click();
  await page.getByRole('tab', { name: 'Учреждение' }).click();
  await expect(page.getByTestId('office-code')).toHaveText('11');
  await page.reload();
  // Session is in memory only: a reload asks for the password again, in the chosen language.
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await signIn(page, ADMIN);
  // The hash route keeps the area and tab.
  await expect(page.getByTestId('office-code')).toHaveText('11');
  await expect(page.getByTestId('office-language')).toHaveText('Русский');
});

test('without a network the app keeps working and only the indicator changes', async ({ page, context }) => {
  await setupOffice(page);
  await signIn(page, ADMIN);
  await expect(page.getByTestId('network-status')).toHaveText('В сети');
  await context.setOffline(true);
  await expect(page.getByTestId('network-status')).toHaveText('Нет сети');
  await page.getByTestId('nav-directory').click();
  await expect(page).toHaveURL(/#\/directory$/);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('user-row-admin')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByTestId('network-status')).toHaveText('В сети');
});
