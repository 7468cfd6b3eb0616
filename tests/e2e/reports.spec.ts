/**
 * Reports (issue 6, item 8) on seeded cases of the current month (the intake screen has its own
 * specs; cases are written straight into the app's database as journal-ui.spec does) and counter
 * refusals: counts, the share decided on time, the chart, the CSV download, and an empty month.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { CaseRow, CounterRefusalRow } from '@renderer/db/types';
import { almatyInstant, toAlmatyDate } from '@shared/time/almaty';
import { ADMIN, createUser, openArea, setupOffice, signIn, signOut, type TestAccount } from './helpers/app';
import { seedCases } from './helpers/journal';
import { makeCase } from '../unit/renderer/journal/fixtures';

function decided(row: CaseRow, decidedAt: number): CaseRow {
  return {
    ...row,
    status: 'decided-approved',
    state: { ...row.state, status: 'decided-approved', milestones: { ...row.state.milestones, decidedAt } },
  };
}

async function seedRefusals(page: Page, rows: CounterRefusalRow[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('counterRefusals', 'readwrite');
          for (const row of rows) tx.objectStore('counterRefusals').add(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

test('the current month shows counts, the share on time, the chart, and downloads as CSV', async ({
  page,
}) => {
  await setupOffice(page);
  const today = toAlmatyDate(Date.now());
  const month = today.slice(0, 7);
  // Minutes after the month began, so every seeded instant stays in this month and in the past.
  const base = Math.max(almatyInstant(`${month}-01`), Date.now() - 3 * 3_600_000);
  const onTime = decided(makeCase({ acceptedAt: base, channel: 'center' }), base + 60_000);
  const open = makeCase({ acceptedAt: base + 120_000, channel: 'center' });
  const child = makeCase({
    acceptedAt: base + 180_000,
    channel: 'district',
    serviceId: 'child-benefit-under-18',
  });
  const previous = makeCase({ acceptedAt: almatyInstant(`${month}-01`) - 60_000 });
  await seedCases(page, [onTime, open, child, previous]);
  await seedRefusals(page, [
    {
      at: base + 240_000,
      serviceId: 'housing-assistance',
      channel: 'center',
      officeCode: '20',
      userId: 'x',
      missingItemIds: ['identity'],
    },
  ]);
  await page.reload();
  await signIn(page, ADMIN);
  await openArea(page, 'reports');
  await expect(page.getByTestId('nav-reports')).toHaveText('Отчёты');

  const total = page.getByTestId('report-total');
  await expect(total.locator('[data-col="accepted"]')).toHaveText('3');
  await expect(total.locator('[data-col="district"]')).toHaveText('1');
  await expect(total.locator('[data-col="center"]')).toHaveText('2');
  await expect(total.locator('[data-col="onTime"]')).toHaveText('1');
  await expect(total.locator('[data-col="pending"]')).toHaveText('2');
  await expect(total.locator('[data-col="counterRefusals"]')).toHaveText('1');
  await expect(total.locator('[data-col="share"]')).toHaveText('100,0\u00a0%');
  const housing = page.getByTestId(`report-row-${month}-housing-assistance`);
  await expect(housing.locator('[data-col="accepted"]')).toHaveText('2');
  await expect(housing).toContainText('Назначение жилищной помощи');
  // The child benefit has nothing settled yet: its share is a dash, never NaN.
  const childRow = page.getByTestId(`report-row-${month}-child-benefit-under-18`);
  await expect(childRow.locator('[data-col="share"]')).toHaveText('—');
  await expect(page.getByTestId('report-summary')).not.toContainText('NaN');
  await expect(page.getByTestId('report-count-row')).toHaveCount(3);
  await expect(page.getByTestId('report-counts')).toContainText('Решение: назначить');

  const bar = page.getByTestId('chart-bar-housing-assistance');
  await expect(bar.getByTestId('chart-onTime')).toHaveAttribute('data-value', '1');
  await expect(bar.getByTestId('chart-late')).toHaveAttribute('data-value', '0');
  await expect(bar.getByTestId('chart-other')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('chart-bar-child-benefit-under-18')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('report-csv-summary').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`отчёт-сводка-${month}.csv`);
  const lines = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]!.startsWith('Месяц;Услуга;Принято;')).toBe(true);
  expect(lines).toContain(`${month};Назначение жилищной помощи;2;0;2;1;0;0;1;0;0;100;1`);
  expect(lines[lines.length - 1]).toBe('Итого;;3;1;2;1;0;0;2;0;0;100;1');
  await expect(page.getByTestId('report-message')).toContainText('сохранён');

  // Two months: the earlier case appears with its own month subtotal.
  const prev = toAlmatyDate(almatyInstant(`${month}-01`) - 1).slice(0, 7);
  await page.getByTestId('report-from').fill(prev);
  await expect(page.getByTestId(`report-month-total-${prev}`).locator('[data-col="accepted"]')).toHaveText(
    '1',
  );
  await expect(total.locator('[data-col="accepted"]')).toHaveText('4');
});

test('an empty month shows zeros and a dash for the share; a reversed range is refused', async ({ page }) => {
  await setupOffice(page);
  await signIn(page, ADMIN);
  await openArea(page, 'reports');
  await page.getByTestId('report-from').fill('2020-01');
  await page.getByTestId('report-to').fill('2020-01');
  await expect(page.getByTestId('report-empty')).toBeVisible();
  const total = page.getByTestId('report-total');
  await expect(total.locator('[data-col="accepted"]')).toHaveText('0');
  await expect(total.locator('[data-col="share"]')).toHaveText('—');
  await expect(page.getByTestId('reports-page')).not.toContainText('NaN');
  await page.getByTestId('report-from').fill('2020-03');
  await expect(page.getByTestId('report-error')).toHaveText('Начальный месяц позже конечного.');
  await expect(page.getByTestId('report-total')).toHaveCount(0);
});

test('the report is offered to the accumulation department, not to the front-desk inspector, in Kazakh too', async ({
  page,
}) => {
  const acc: TestAccount = { login: 'acc', fullName: 'Омарова Сауле Бекетовна', password: 'acc-pass-12' };
  const desk: TestAccount = { login: 'desk', fullName: 'Ахметов Нурлан Ержанович', password: 'desk-pass-1' };
  await setupOffice(page, { lang: 'kk' });
  await signIn(page, ADMIN);
  await createUser(page, acc, ['accumulation-inspector']);
  await createUser(page, desk, ['center-inspector']);
  await signOut(page);
  await signIn(page, desk);
  await expect(page.getByTestId('nav-reports')).toHaveCount(0);
  await signOut(page);
  await signIn(page, acc);
  await expect(page.getByTestId('nav-reports')).toHaveText('Есептер');
  await expect(page.getByTestId('nav-audit')).toHaveCount(0);
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('report-title')).toHaveText(
    'Мемлекеттік көрсетілетін қызметтер бойынша есеп',
  );
  await expect(page.getByTestId('report-total').locator('[data-col="share"]')).toHaveText('—');
});
