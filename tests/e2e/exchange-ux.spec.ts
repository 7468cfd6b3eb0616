/**
 * Registries as a new inspector meets them (issue 16, items 13–16): what is missing is said before
 * the button is pressed, with who can fix it; after export the file name, where it went and the next
 * step; file names in the user's language; every printed document confirmed with "print again".
 */
import { expect, test, type Page } from '@playwright/test';
import { makeCase } from '../unit/renderer/journal/fixtures';
import {
  ADMIN,
  createUser,
  openArea,
  setupAndSignIn,
  signIn,
  signOut,
  type TestAccount,
} from './helpers/app';
import { seedCases } from './helpers/journal';
import { createKeys, exportCard, importCard, openRegistries } from './helpers/registries';

const CLERK: TestAccount = {
  login: 'nurlan',
  fullName: 'Ахметов Нурлан Ерланович',
  password: 'clerk-pass-1',
};

async function downloadName(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file.suggestedFilename();
}

test('export says what is missing and who fixes it, then the file, where it went and what next', async ({
  page,
  browser,
}) => {
  await setupAndSignIn(page, { officeCode: '22' });
  await createUser(page, CLERK, ['accumulation-inspector']);

  // Before any keys exist the Import tab asks for no passphrase; it says who creates the keys.
  await openArea(page, 'registries/receive');
  await expect(page.getByTestId('import-no-keys')).toContainText('Ключи учреждения ещё не созданы');
  await expect(page.getByTestId('unlock-passphrase')).toHaveCount(0);
  await createKeys(page);
  const row = makeCase({ surname: 'Досова', acceptedAt: Date.now() - 3_600_000 });
  await seedCases(page, [row]);
  await signOut(page);

  // The accumulation inspector: the card import is the administrator's, and it says so.
  await signIn(page, CLERK);
  await openArea(page, 'registries/identity');
  await expect(page.getByTestId('import-card')).toBeDisabled();
  await expect(page.getByTestId('import-card-why')).toContainText('администратор');
  // No card of district office 12 yet: said before the click, and the button is not offered.
  await openRegistries(page, 'send');
  await page.getByTestId('export-district').click();
  await page.getByRole('option', { name: /^12 ·/ }).click();
  await expect(page.getByTestId(`export-case-${row.id}`)).toBeVisible();
  await expect(page.getByTestId('export-missing-card')).toContainText(
    'Нет карточки учреждения-получателя 12',
  );
  await expect(page.getByTestId('export-missing-card')).toContainText('администратор учреждения');
  await expect(page.getByTestId('export-registry')).toBeDisabled();
  await signOut(page);

  // The district office's card arrives; the administrator imports it.
  const districtContext = await browser.newContext();
  const district = await districtContext.newPage();
  await setupAndSignIn(district, { officeCode: '12' });
  await createKeys(district);
  const card = await exportCard(district);
  await districtContext.close();
  await signIn(page, ADMIN);
  await importCard(page, card);
  await signOut(page);

  await signIn(page, CLERK);
  await openRegistries(page, 'send');
  await page.getByTestId('export-district').click();
  await page.getByRole('option', { name: /^12 ·/ }).click();
  await expect(page.getByTestId('export-missing-card')).toHaveCount(0);
  expect(await downloadName(page, 'export-registry')).toBe('реестр-22-12-0001.asreg');
  await expect(page.getByTestId('export-file')).toHaveText(
    'Файл «реестр-22-12-0001.asreg» сохранён в папку загрузок браузера.',
  );
  await expect(page.getByTestId('export-next')).toContainText('передайте его вместе с файлом курьеру');

  // The printed sheet: its name, a confirmation, and "print again".
  expect(await downloadName(page, 'export-print-sheet')).toBe('лист-реестра-22-12-0001.pdf');
  await expect(page.getByTestId('delivered-text')).toContainText('лист-реестра-22-12-0001.pdf');
  expect(await downloadName(page, 'delivered-again')).toBe('лист-реестра-22-12-0001.pdf');
  await expect(page.getByTestId('delivered-notice')).toHaveCount(1);
});
