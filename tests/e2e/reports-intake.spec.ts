/**
 * Reports and the audit log after real activity at a ЦОН desk (intake UI, issue 4): one application
 * registered and one incomplete package refused at the counter.
 */
import { expect, test } from '@playwright/test';
import { formatCaseNumber } from '@shared/case-number';
import { toAlmatyDate } from '@shared/time/almaty';
import { ADMIN, openArea, signIn, signOut } from './helpers/app';
import {
  INSPECTOR,
  acceptCase,
  checkDocuments,
  newApplication,
  setupIntakeDesk,
  startApplication,
} from './helpers/intake';

test('a registered case and a counter refusal appear in the month report and in the audit log', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  const digits = await acceptCase(page, { answers: { dwelling: 'individual-house' } });
  await newApplication(page);
  await startApplication(page, { applicant: { iin: '800505400128', surname: 'Жанұзақов' } });
  await checkDocuments(page, {
    answers: { dwelling: 'condominium' },
    documents: ['application', 'identity-copy'],
  });
  await page.getByTestId('intake-refuse').click();
  await Promise.all([page.waitForEvent('download'), page.getByTestId('refusal-confirm-button').click()]);
  await expect(page.getByTestId('refusal-done')).toBeVisible();
  await signOut(page);

  await signIn(page, ADMIN);
  await openArea(page, 'reports');
  const month = toAlmatyDate(Date.now()).slice(0, 7);
  const total = page.getByTestId('report-total');
  await expect(total.locator('[data-col="accepted"]')).toHaveText('1');
  await expect(total.locator('[data-col="center"]')).toHaveText('1');
  await expect(total.locator('[data-col="pending"]')).toHaveText('1');
  await expect(total.locator('[data-col="counterRefusals"]')).toHaveText('1');
  // Nothing decided yet: no share, shown as a dash.
  await expect(total.locator('[data-col="share"]')).toHaveText('—');
  await expect(page.getByTestId(`report-row-${month}-housing-assistance`)).toContainText(
    'Назначение жилищной помощи',
  );
  await expect(page.getByTestId('report-counts')).toContainText('Принято');

  await openArea(page, 'audit');
  const registered = page.locator('[data-testid="audit-row"][data-action="case.registered"]');
  await expect(registered.getByTestId('audit-row-user')).toHaveText(INSPECTOR.fullName);
  await expect(registered.getByTestId('audit-row-case')).toHaveText(formatCaseNumber(digits));
  await expect(registered.getByTestId('audit-row-details')).toContainText(
    'Назначение жилищной помощи; ЦОН; срок',
  );
  const refused = page.locator('[data-testid="audit-row"][data-action="intake.counter-refusal"]');
  await expect(refused.getByTestId('audit-row-action')).toHaveText('Отказ в приёме: неполный пакет');
  await expect(refused.getByTestId('audit-row-user')).toHaveText(INSPECTOR.fullName);
});
