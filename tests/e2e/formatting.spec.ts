import { expect, test } from '@playwright/test';
import { formatDate, formatMoney, formatNumber } from '@shared/i18n/format';
import { openArea, setupAndSignIn } from './helpers/app';

// Debian Chromium has no Kazakh locale data (docs/architecture.md traps): these checks run in the real
// browser against the project's own tables. 26 November 2026, midday in Almaty.
const NOW = new Date('2026-11-26T12:00:00+05:00');
const NBSP = '\u00a0';

test('Kazakh: long date in the header, date, number and money in the formats preview', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await setupAndSignIn(page, { lang: 'kk' });
  await expect(page.getByTestId('today')).toHaveText('2026 жылғы 26 қараша');
  await openArea(page, 'settings/formats');
  await expect(page.getByTestId('format-dateShort')).toHaveText('26.11.2026');
  await expect(page.getByTestId('format-dateLong')).toHaveText(formatDate('2026-11-26', 'kk', 'long'));
  await expect(page.getByTestId('format-number')).toHaveText(`1${NBSP}234${NBSP}567,89`);
  await expect(page.getByTestId('format-money')).toHaveText(`1${NBSP}234${NBSP}567,50${NBSP}₸`);
  expect(formatMoney(1234567.5, 'kk')).toBe(`1${NBSP}234${NBSP}567,50${NBSP}₸`);
});

test('Russian: the same values through ru-KZ, and switching language re-renders them', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await setupAndSignIn(page, { lang: 'ru' });
  await expect(page.getByTestId('today')).toHaveText('26 ноября 2026 г.');
  await openArea(page, 'settings/formats');
  await expect(page.getByTestId('format-dateLong')).toHaveText('26 ноября 2026 г.');
  await expect(page.getByTestId('format-number')).toHaveText(formatNumber(1234567.89, 'ru', 2));
  await expect(page.getByTestId('format-money')).toHaveText(`1${NBSP}234${NBSP}567,50${NBSP}₸`);
  await page.getByText('Қазақша').click();
  await expect(page.getByTestId('today')).toHaveText('2026 жылғы 26 қараша');
  await expect(page.getByTestId('format-money')).toHaveText(`1${NBSP}234${NBSP}567,50${NBSP}₸`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
});
