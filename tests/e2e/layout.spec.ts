/**
 * The journal, case page and reports at 1366×800, the usual ЦОН monitor (issue 16, items 10–12): no
 * sideways scrolling, a case number that stays readable, one human number format and no internal
 * counters on the case page, and date and month fields in the project's own ru/kk formats.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatCaseNumber } from '@shared/case-number';
import { almatyInstant, toAlmatyDate } from '@shared/time/almaty';
import { makeCase } from '../unit/renderer/journal/fixtures';
import { ADMIN, openArea, setupOffice, signIn } from './helpers/app';
import { searchJournal, seedCases } from './helpers/journal';

test.use({ viewport: { width: 1366, height: 800 } });

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'page scrolls sideways').toBeLessThanOrEqual(client);
}

test('the journal fits 1366×800: the number is whole and apart from the date, nothing is clipped', async ({
  page,
}) => {
  await setupOffice(page);
  const rows = Array.from({ length: 5 }, (_, i) =>
    makeCase({
      surname: `Абдрахмановакызы${i}`,
      name: 'Гульнур',
      serviceId: i % 2 ? 'housing-assistance' : 'child-benefit-under-18',
      acceptedAt: almatyInstant('2026-03-02', 9) + i * 60_000,
    }),
  );
  await seedCases(page, rows);
  await page.reload();
  await signIn(page, ADMIN);
  await searchJournal(page, '');
  const row = page.getByTestId(`journal-row-${rows[0]!.id}`);
  await expect(row).toBeVisible();
  await noSidewaysScroll(page);

  const cells = row.locator('[role="cell"]');
  const number = cells.nth(0);
  await expect(number).toHaveText(formatCaseNumber(rows[0]!.id));
  const n = await number.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { right: r.right, scroll: el.scrollWidth, client: el.clientWidth };
  });
  expect(n.scroll, 'case number clipped').toBeLessThanOrEqual(n.client);
  const dateLeft = await cells.nth(1).evaluate((el) => el.getBoundingClientRect().left);
  expect(n.right, 'case number runs into the date').toBeLessThanOrEqual(dateLeft);

  // The last column ends inside the table, and the rows do not scroll sideways.
  const table = await page.getByTestId('journal-rows').evaluate((el) => ({
    right: el.getBoundingClientRect().right,
    scroll: el.scrollWidth,
    client: el.clientWidth,
  }));
  expect(table.scroll).toBeLessThanOrEqual(table.client);
  const lastRight = await cells.last().evaluate((el) => el.getBoundingClientRect().right);
  expect(lastRight).toBeLessThanOrEqual(table.right);
});

test('the reports table shows every column, or a scrollbar a person can see', async ({ page }) => {
  await setupOffice(page);
  await seedCases(page, [makeCase({ acceptedAt: Date.now() - 3_600_000 })]);
  await page.reload();
  await signIn(page, ADMIN);
  await openArea(page, 'reports');
  await expect(page.getByTestId('report-summary')).toBeVisible();
  await noSidewaysScroll(page);
  const box = await page.getByTestId('report-summary-scroll').evaluate((el) => ({
    overflows: el.scrollWidth > el.clientWidth,
    // A native horizontal scrollbar takes height; an overlay one that hides until hover does not.
    scrollbar: (el as HTMLElement).offsetHeight - el.clientHeight,
  }));
  if (box.overflows) expect(box.scrollbar, 'hidden column without a visible scrollbar').toBeGreaterThan(0);
  const lastHeader = page.getByTestId('report-summary').locator('th').last();
  if (!box.overflows) await expect(lastHeader).toBeInViewport();
});

test('the case page shows the number in one human format and no revision counters', async ({ page }) => {
  await setupOffice(page);
  const row = makeCase({ surname: 'Сапарова', acceptedAt: almatyInstant('2026-03-02', 9) });
  await seedCases(page, [row]);
  await page.reload();
  await signIn(page, ADMIN);
  await openArea(page, `journal/${row.id}`);
  await expect(page.getByTestId('case-title')).toContainText(formatCaseNumber(row.id));
  await expect(page.getByTestId('case-history')).toBeVisible();
  const text = await page.locator('main').innerText();
  expect(text).not.toContain(row.id);
  expect(text).not.toMatch(/Редакция данных/);
  await noSidewaysScroll(page);
});

test('date and month fields use the project formats in Kazakh, typed or picked', async ({ page }) => {
  await setupOffice(page, { lang: 'kk' });
  await signIn(page, ADMIN);
  await searchJournal(page, '');
  expect(await page.locator('input[type="date"], input[type="month"]').count()).toBe(0);
  const from = page.getByTestId('journal-from');
  await expect(from).toHaveAttribute('placeholder', 'КК.АА.ЖЖЖЖ');
  await from.fill('5.3.2026');
  await from.blur();
  await expect(from).toHaveValue('05.03.2026');
  await from.fill('31.02.2026');
  await from.blur();
  await expect(page.getByText('Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз')).toBeVisible();

  // The calendar: Kazakh month and weekday names from our tables, Monday first.
  await page.getByTestId('journal-to-calendar').click();
  const grid = page.getByTestId('date-grid');
  const today = toAlmatyDate(Date.now());
  await expect(grid).toContainText('Дс');
  await expect(grid.getByTestId('date-grid-title')).toHaveText(new RegExp(`^${today.slice(0, 4)} жылғы `));
  await grid.locator(`[data-date="${today}"]`).click();
  await expect(page.getByTestId('journal-to')).toHaveValue(
    `${today.slice(8)}.${today.slice(5, 7)}.${today.slice(0, 4)}`,
  );

  await openArea(page, 'reports');
  const month = page.getByTestId('report-from');
  await expect(month).toHaveValue(/^\d{4} жылғы [а-яәіңғүұқөһ]+$/);
  await month.fill('03.2026');
  await month.blur();
  await expect(month).toHaveValue('2026 жылғы наурыз');
  await page.getByTestId('report-to-calendar').click();
  await expect(page.getByTestId('month-grid')).toContainText('желтоқсан');
  await expect(page.getByTestId('month-grid')).not.toContainText(/December|Dec/);
});
