/**
 * Settings → «Правила» (issue 3 items 1 and 3): the administrator lengthens the housing-assistance
 * ЦОН term and adds a day off; a ЦОН intake afterwards promises the date computed with both.
 */
import { expect, test } from '@playwright/test';
import { createUser, openArea, setupAndSignIn, signIn, signOut } from './helpers/app';
import { INSPECTOR, acceptCase } from './helpers/intake';

test('an administrator changes the ЦОН term and adds a day off; the next intake uses them', async ({
  page,
}) => {
  // Monday 16 March 2026, 10:00 in Almaty. Shipped: 10 calendar days → Thursday 26 March.
  await page.clock.setFixedTime(new Date('2026-03-16T05:00:00Z'));
  await setupAndSignIn(page, { officeCode: '22' });

  await openArea(page, 'settings/rules');
  await expect(page.getByTestId('rules-version')).toContainText('decree-2012-4-1050.v1');
  await expect(page.getByTestId('rules-version')).not.toContainText('+');
  await page.getByTestId('term-value-housing-assistance-center').fill('12');
  await expect(page.getByTestId('rules-draft-version')).toContainText('decree-2012-4-1050.v1+');
  await page.getByTestId('rules-save').click();
  await expect(page.getByTestId('rules-version')).toContainText('decree-2012-4-1050.v1+');
  await expect(page.getByTestId('term-value-housing-assistance-center')).toHaveValue('12');

  // 12 calendar days → Saturday 28 → Monday 30 March; a day off that Monday → Tuesday 31.
  await page.getByTestId('correction-date').fill('2026-03-30');
  await page.getByTestId('correction-kind').selectOption('day-off');
  await page.getByTestId('correction-ru').fill('Постановление о переносе');
  await page.getByTestId('correction-kk').fill('Ауыстыру туралы қаулы');
  await page.getByTestId('correction-add').click();
  await expect(page.getByTestId('correction-row-2026-03-30')).toBeVisible();

  // A date outside the calendar's years is refused, not stored.
  await page.getByTestId('correction-date').fill('2031-01-06');
  await page.getByTestId('correction-ru').fill('x');
  await page.getByTestId('correction-kk').fill('x');
  await page.getByTestId('correction-add').click();
  await expect(page.getByTestId('correction-error')).toBeVisible();
  await expect(page.getByTestId('correction-row-2031-01-06')).toHaveCount(0);

  await createUser(page, INSPECTOR, ['center-inspector']);
  await signOut(page);
  await signIn(page, INSPECTOR);
  await openArea(page, 'intake');
  await expect(page.getByTestId('service-search')).toBeVisible();
  await acceptCase(page);
  await expect(page.getByTestId('result-issue')).toContainText('31 марта 2026');
});
