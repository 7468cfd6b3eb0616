import { expect, test } from '@playwright/test';
import { setupAndSignIn } from './helpers/app';
import { directorySection, officeCards, openDirectory } from './helpers/directory';

// Digest 5.2: seven district offices (not eight), in the regulations' order, codes 11-17.
const DISTRICT_OFFICES_RU = [
  'Алатауский районный отдел',
  'Алмалинский районный отдел',
  'Ауэзовский районный отдел',
  'Бостандыкский районный отдел',
  'Жетысуский районный отдел',
  'Медеуский районный отдел',
  'Турксибский районный отдел',
];
const DISTRICT_OFFICES_KK = [
  'Алатау аудандық бөлімі',
  'Алмалы аудандық бөлімі',
  'Әуезов аудандық бөлімі',
  'Бостандық аудандық бөлімі',
  'Жетісу аудандық бөлімі',
  'Медеу аудандық бөлімі',
  'Түрксіб аудандық бөлімі',
];
const CENTER_CODES = ['20', '21', '22', '23', '24', '25', '26', '27'];

test('the directory lists the Управление, all 7 district offices and the ЦОН branches in Russian', async ({
  page,
}) => {
  await setupAndSignIn(page, { lang: 'ru', officeCode: '20' });
  await expect(page.getByTestId('nav-directory')).toHaveText('Справочник');
  await openDirectory(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Справочник' })).toBeVisible();

  const districts = officeCards(page, 'district');
  await expect(districts).toHaveCount(7);
  await expect(districts.getByRole('heading', { level: 4 })).toHaveText(DISTRICT_OFFICES_RU);
  await expect(directorySection(page, 'district')).toContainText('7 учреждений');
  // G1 values first; the other appendices' Alatau numbers stay, marked as secondary (docs/decisions.md).
  const alatau = page.getByTestId('directory-office-11');
  await expect(alatau).toContainText('8-727 299-87-79');
  await expect(alatau.locator('[data-secondary="true"]', { hasText: '395-36-40' })).toContainText('доп.');
  await expect(alatau).toContainText('Пять дней в неделю');

  const centers = officeCards(page, 'center');
  await expect(centers).toHaveCount(8);
  for (const code of CENTER_CODES) await expect(page.getByTestId(`directory-office-${code}`)).toBeVisible();
  await expect(page.getByTestId('directory-office-22')).toContainText('ЦОН Алмалинского района');
  await expect(page.getByTestId('directory-office-22')).toContainText('Шесть дней в неделю (пн–сб)');
  await expect(officeCards(page, 'department')).toHaveCount(1);
  await expect(page.getByTestId('directory-office-00')).toContainText('depart_zan@mail.ru');
});

test('the directory lists all 7 district offices and the ХҚКО in Kazakh, and follows the language switch', async ({
  page,
}) => {
  await setupAndSignIn(page, { lang: 'kk', officeCode: '13' });
  await expect(page.getByTestId('nav-directory')).toHaveText('Анықтамалық');
  await openDirectory(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Анықтамалық' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері' }),
  ).toBeVisible();

  const districts = officeCards(page, 'district');
  await expect(districts).toHaveCount(7);
  await expect(districts.getByRole('heading', { level: 4 })).toHaveText(DISTRICT_OFFICES_KK);
  await expect(page.getByTestId('directory-office-13')).toContainText(
    'Әуезов аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  );
  await expect(page.getByTestId('directory-office-13')).toContainText('Мекенжайы');

  await expect(
    page.getByRole('heading', { name: 'Халыққа қызмет көрсету орталықтары (ХҚКО)' }),
  ).toBeVisible();
  await expect(officeCards(page, 'center')).toHaveCount(8);
  await expect(page.getByTestId('directory-office-27')).toContainText('Түрксіб ауданының ХҚКО');
  await expect(page.getByTestId('directory-office-27')).toContainText('Аптасына алты күн (дс–сн)');

  // Switching the interface language re-renders the office texts from the data's other language.
  await page.getByText('Русский').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Справочник' })).toBeVisible();
  await expect(officeCards(page, 'district').getByRole('heading', { level: 4 })).toHaveText(
    DISTRICT_OFFICES_RU,
  );
});

test('the directory search filters by name, address and phone, and says when nothing matches', async ({
  page,
}) => {
  await setupAndSignIn(page, { lang: 'ru', officeCode: '16' });
  await openDirectory(page);
  const search = page.getByRole('searchbox', { name: 'Поиск' });

  await search.fill('Толе би');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByTestId('directory-office-16')).toBeVisible();
  await expect(page.getByTestId('directory-office-25')).toBeVisible();

  await search.fill('+7 727 236 55 97');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByTestId('directory-office-17')).toBeVisible();

  await search.fill('Жетісу');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByTestId('directory-office-15')).toBeVisible();

  await search.fill('такого нет');
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.getByTestId('directory-empty')).toHaveText('Ничего не найдено. Измените запрос.');

  await page.getByRole('button', { name: 'Очистить поиск' }).click();
  await expect(officeCards(page, 'district')).toHaveCount(7);
  await expect(officeCards(page, 'center')).toHaveCount(8);
});
