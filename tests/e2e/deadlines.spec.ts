/**
 * Deadline dashboard (issue 6, item 6) with an injected clock: Playwright's page.clock fixes
 * Date.now, which is all the dashboard reads. Cases are written as the intake stores them.
 */
import { expect, test } from '@playwright/test';
import { almatyInstant } from '@shared/time/almaty';
import { ADMIN, createUser, openArea, setupOffice, signIn, signOut } from './helpers/app';
import { seedCases } from './helpers/journal';
import { makeCase } from '../unit/renderer/journal/fixtures';

const HEAD = { login: 'head', fullName: 'Нурланов Серик Болатович', password: 'head-pass-1' };

test('the dashboard shows an overdue case, one due today and one at risk; counts open their cases', async ({
  page,
}) => {
  // Monday 20 April 2026, 10:00 in Almaty.
  await page.clock.setFixedTime(new Date(almatyInstant('2026-04-20', 10)));
  // Housing assistance: 10 calendar days from acceptance, moved to a working day.
  const overdue = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    acceptedAt: almatyInstant('2026-03-02', 10),
  });
  const today = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    acceptedAt: almatyInstant('2026-04-10', 10),
  });
  const atRisk = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    acceptedAt: almatyInstant('2026-04-11', 10),
  });
  const elsewhere = makeCase({
    channel: 'district',
    districtOfficeCode: '13',
    acceptedAt: almatyInstant('2026-03-02', 10),
  });
  expect([overdue.dueDate, today.dueDate, atRisk.dueDate]).toEqual([
    '2026-03-12',
    '2026-04-20',
    '2026-04-21',
  ]);

  await setupOffice(page, { officeCode: '12' });
  await seedCases(page, [overdue, today, atRisk, elsewhere]);
  await page.reload();
  await signIn(page, ADMIN);
  // The administrator has no deadlines area; a district head has.
  await createUser(page, HEAD, ['district-head']);
  await signOut(page);
  await signIn(page, HEAD);

  await openArea(page, 'deadlines');
  await expect(page.getByTestId('deadlines-dashboard')).toBeVisible();
  await expect(page.getByTestId('deadlines-today')).toContainText('20.04.2026');
  await expect(page.getByTestId('total-overdue')).toHaveText('1');
  await expect(page.getByTestId('total-due-today')).toHaveText('1');
  await expect(page.getByTestId('total-at-risk')).toHaveText('1');
  await expect(page.getByTestId('service-housing-assistance-overdue')).toHaveText('1');
  await expect(page.getByTestId('status-accepted-overdue')).toHaveText('1');

  await page.getByTestId('total-overdue').click();
  const list = page.getByTestId('deadlines-list');
  await expect(list.getByTestId(`deadline-case-${overdue.id}`)).toBeVisible();
  await expect(list.getByTestId(`deadline-case-${today.id}`)).toHaveCount(0);
  await expect(list.getByTestId(`deadline-case-${elsewhere.id}`)).toHaveCount(0);

  await list.getByTestId(`deadline-link-${overdue.id}`).click();
  await expect(page.getByTestId('workflow-panel')).toHaveAttribute('data-case-id', overdue.id);
  await expect(page.getByTestId('wf-overdue')).toBeVisible();
  await expect(page.getByTestId('wf-clock-service-level')).toHaveAttribute('data-level', 'overdue');
});

test('with the clock before the due dates nothing is late', async ({ page }) => {
  await page.clock.setFixedTime(new Date(almatyInstant('2026-03-03', 10)));
  const fresh = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    acceptedAt: almatyInstant('2026-03-02', 10),
  });
  await setupOffice(page, { officeCode: '12' });
  await seedCases(page, [fresh]);
  await page.reload();
  await signIn(page, ADMIN);
  await createUser(page, HEAD, ['district-head']);
  await signOut(page);
  await signIn(page, HEAD);
  await openArea(page, 'deadlines');
  await expect(page.getByTestId('total-overdue')).toHaveText('0');
  await expect(page.getByTestId('deadlines-all-clear')).toBeVisible();
});
