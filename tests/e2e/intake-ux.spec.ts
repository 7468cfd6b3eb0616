/**
 * Issue 16, intake items 3, 4, 6-9 as an inspector meets them in Chromium: each fact asked once,
 * limits on the field as typed, the IIN seen under another name, mark-all and digit keys, a refusal
 * confirmed and reprinted as a duplicate, reprinted receipts marked and in the case history, and the
 * sidebar's «Приём» leaving a form with its draft kept.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '@shared/i18n/format';
import { openArea } from './helpers/app';
import { IINS, acceptCase, newApplication, setupIntakeDesk, startApplication } from './helpers/intake';

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  const file = join(mkdtempSync(join(tmpdir(), 'intake-ux-')), d.suggestedFilename());
  await d.saveAs(file);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const today = (lang: 'ru' | 'kk') => formatDate(Date.now(), lang);

test('ЦОН, Russian: reprints are duplicates, limits and names on the field, refusal confirmed, sidebar keeps the draft', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22', lang: 'ru' });
  const digits = await acceptCase(page, { answers: { dwelling: 'individual-house' } });

  // Item 8: the first receipt is the original; printed again it says so, with the date.
  const first = await downloadText(page, () => page.getByTestId('print-receipt').click());
  expect(first).not.toContain('ДУБЛИКАТ');
  const again = await downloadText(page, () => page.getByTestId('print-receipt').click());
  expect(again).toContain(`ДУБЛИКАТ от ${today('ru')}`);

  // Item 6: the same IIN under another name is pointed out with both names.
  await newApplication(page);
  await startApplication(page, {
    applicant: { iin: IINS.a, surname: 'Петров', name: 'Пётр', patronymic: '' },
  });
  const conflict = page.getByTestId('name-conflict');
  await expect(conflict).toContainText('Қасымов Әли Серікұлы');
  await expect(conflict).toContainText('Петров Пётр');

  // Item 4: a surname over the schema's limit is refused on the field as typed.
  await page.getByTestId('f-applicant-surname').fill('Қ'.repeat(300));
  await expect(page.getByText('Слишком длинное значение: не больше 100 знаков.')).toBeVisible();
  await page.getByTestId('intake-next').click();
  await expect(page.getByTestId('checklist')).toHaveCount(0);
  await expect(page.getByTestId('f-applicant-surname')).toBeFocused();
  await expect(page.locator('body')).not.toContainText('applicant.surname');
  await page.getByTestId('f-applicant-surname').fill('Петров');

  // Item 9: the sidebar's «Приём» works with a form open; the draft is kept and the screen says so.
  await page.getByTestId('nav-intake').click();
  await expect(page.getByTestId('service-search')).toBeVisible();
  await expect(page.getByText('черновик сохранён, его можно продолжить')).toBeVisible();
  await expect(page.getByTestId('draft-row')).toContainText('Петров П.');
  await page.getByTestId('draft-resume').click();
  await expect(page.getByTestId('f-applicant-surname')).toHaveValue('Петров');

  // Item 7: one click per column, then digit keys by the line's number.
  await page.getByTestId('intake-next').click();
  await page.getByTestId('f-situation-dwelling').selectOption('individual-house');
  // Housing wants originals checked and copies kept (issue 14): both columns complete the package.
  await page.getByTestId('docs-all-copy').click();
  await page.getByTestId('docs-all-original').click();
  await expect(page.getByTestId('package-complete')).toBeVisible();
  await page.getByTestId('checklist').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+1');
  await expect(page.getByTestId('doc-application-original')).not.toBeChecked();
  await expect(page.getByTestId('missing-application')).toBeVisible();

  // Item 8: the refusal asks first; cancel records nothing; confirmed, it prints and can print again.
  await page.getByTestId('intake-refuse').click();
  await expect(page.getByTestId('refusal-confirm')).toContainText('Заявление');
  await page.getByTestId('refusal-cancel').click();
  await expect(page.getByTestId('refusal-confirm')).toHaveCount(0);
  await expect(page.getByTestId('intake-form')).toBeVisible();
  await page.getByTestId('intake-refuse').click();
  const refusal = await downloadText(page, () => page.getByTestId('refusal-confirm-button').click());
  await expect(page.getByTestId('refusal-done')).toBeVisible();
  expect(refusal).not.toContain('ДУБЛИКАТ');
  const refusalAgain = await downloadText(page, () => page.getByTestId('refusal-reprint').click());
  expect(refusalAgain).toContain(`ДУБЛИКАТ от ${today('ru')}`);
  await expect(page.getByTestId('refusal-reprints')).toContainText('1');

  // The receipt's reprint is in the case history.
  await openArea(page, `journal/${digits}`);
  await expect(page.getByTestId('case-history-list')).toContainText('Напечатан дубликат: расписка');
  await expect(page.getByTestId('case-history-list')).toContainText('Напечатан документ: расписка');
});

test('ЦОН, Kazakh: step 2 follows step 1 and the children, and a reprint says телнұсқа', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '22', lang: 'kk' });
  await startApplication(page, {
    serviceId: 'child-benefit-under-18',
    applicant: { iin: IINS.b, surname: 'Ахметова', name: 'Сауле' },
  });
  await page.getByTestId('family-add').click();
  await page.getByTestId('f-family-0-surname').fill('Ахметова');
  await page.getByTestId('f-family-0-name').fill('Айя');
  await page.getByTestId('f-family-0-iin').fill('150515600049');
  await page.getByTestId('f-family-0-relation').selectOption('child');
  await page.getByTestId('f-family-0-occupation').selectOption('pupil');
  await page.getByTestId('f-hasRepresentative').check();
  await page.getByTestId('f-representative-surname').fill('Ахметов');
  await page.getByTestId('f-representative-name').fill('Ерлан');
  await page.getByTestId('f-representative-basis').selectOption('notarized-power-of-attorney');
  await page.getByTestId('f-representative-basisDocument').fill('№ 15, 02.03.2026');
  await page.getByTestId('intake-next').click();

  // Item 3: not asked again, shown as given; the power of attorney is on the list.
  await expect(page.getByTestId('f-situation-representative')).toHaveCount(0);
  await expect(page.getByTestId('f-situation-applicantStatus')).toHaveCount(0);
  await expect(page.getByTestId('derived-representative')).toContainText('Өтініш берушінің өкілі');
  await expect(page.getByTestId('doc-notarized-power-of-attorney')).toHaveAttribute('data-required', 'yes');
  // Item 6: a child born in 2015 answers the births question.
  await expect(page.getByTestId('f-situation-birthsRegisteredAfter2007')).toHaveValue('yes');
  await page.getByTestId('f-situation-stateSystems').selectOption('available');
  await expect(page.getByTestId('doc-birth-certificates')).toHaveAttribute('data-required', 'no');

  await page.getByTestId('docs-all-copy').click();
  await page.getByTestId('docs-all-original').click();
  await expect(page.getByTestId('package-complete')).toBeVisible();
  await page.getByTestId('intake-register').click();
  await expect(page.getByTestId('result-case-number')).toBeVisible();
  await downloadText(page, () => page.getByTestId('print-receipt').click());
  const again = await downloadText(page, () => page.getByTestId('print-receipt').click());
  expect(again).toContain(`ТЕЛНҰСҚА, ${today('kk')}`);
});
