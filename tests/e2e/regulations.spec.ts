// Issue 14: the document check asks what the regulation asks (originals and copies), and service 5 is
// in person only. Real Chromium, the built renderer, an empty database per test.
import { expect, test } from '@playwright/test';
import { checkDocuments, setupIntakeDesk, startApplication } from './helpers/intake';

test('housing at a ЦОН: a copy without the original does not complete the package (3.1 §17)', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  await startApplication(page);
  await checkDocuments(page, { answers: { dwelling: 'individual-house' }, documents: [] });
  await expect(page.getByTestId('doc-identity-copy-rule')).toHaveText(
    'Копия остаётся в деле; подлинник — для сверки, возвращается',
  );
  await expect(page.getByTestId('doc-application-rule')).toHaveText('Подлинник остаётся в деле');
  for (const id of [
    'application',
    'title-copy',
    'house-register-copy',
    'family-income',
    'utility-bills',
    'telecom-bill',
  ])
    await page.getByTestId(`doc-${id}-original`).check();
  for (const id of ['title-copy', 'house-register-copy', 'family-income', 'utility-bills', 'telecom-bill'])
    await page.getByTestId(`doc-${id}-copy`).check();
  await page.getByTestId('doc-identity-copy-copy').check();
  await expect(page.getByTestId('missing-identity-copy')).toContainText('Не предъявлен подлинник');
  await expect(page.getByTestId('intake-register')).toBeDisabled();
  await page.getByTestId('doc-identity-copy-original').check();
  await expect(page.getByTestId('package-complete')).toBeVisible();
});

test('АСП certificate at a district office: in person only, a notarised copy is accepted (3.5 §13)', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '12' });
  await startApplication(page, { serviceId: 'asp-recipient-certificate' });
  await expect(page.getByTestId('f-hasRepresentative')).toBeDisabled();
  await checkDocuments(page, { documents: [] });
  await page.getByTestId('doc-application-original').check();
  await page.getByTestId('doc-identity-copy-notarised').check();
  await expect(page.getByTestId('package-complete')).toBeVisible();
});
