/**
 * Issue 4, journal (items 7-8) in Chromium on cases accepted through the intake screen: found by IIN
 * and by a folded surname after a reload, opened by a scan typed under the Kazakh layout, withdrawn
 * with a reason that shows in the history, and listed in the period's journal PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatCaseNumber } from '@shared/case-number';
import { toAlmatyDate } from '@shared/time/almaty';
import { signIn } from './helpers/app';
import { IINS, acceptCase, newApplication, setupIntakeDesk } from './helpers/intake';
import { scanKazakh, searchJournal } from './helpers/journal';

test('cases accepted at a ЦОН are found after a reload by IIN and by a folded surname, and a Kazakh-layout scan opens one', async ({
  page,
}) => {
  const inspector = await setupIntakeDesk(page, { officeCode: '22' });
  const kasymov = await acceptCase(page, {
    applicant: { surname: 'Қасымов', iin: IINS.a, docNumber: '045678912' },
  });
  await newApplication(page);
  const semenova = await acceptCase(page, {
    applicant: {
      surname: 'Семёнова',
      name: 'Анна',
      patronymic: 'Ивановна',
      iin: IINS.b,
      docNumber: 'N1234567',
    },
  });

  await page.reload();
  await signIn(page, inspector);

  await searchJournal(page, IINS.a);
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 1 дело');
  await expect(page.getByTestId(`journal-row-${kasymov}`)).toBeVisible();
  await expect(page.getByTestId(`journal-row-${semenova}`)).toHaveCount(0);

  await page.getByTestId('journal-search').fill('Касымов');
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 1 дело');
  await expect(page.getByTestId(`journal-row-${kasymov}`)).toContainText('Қасымов Әли Серікұлы');

  await page.getByTestId('journal-search').fill('семен');
  await expect(page.getByTestId(`journal-row-${semenova}`)).toBeVisible();
  await expect(page.getByTestId(`journal-row-${kasymov}`)).toHaveCount(0);

  // The case number typed with spaces and Enter opens the case.
  await page.getByTestId('journal-search').fill(formatCaseNumber(semenova));
  await page.getByTestId('journal-search').press('Enter');
  await expect(page.getByTestId('case-title')).toHaveText(`Дело № ${formatCaseNumber(semenova)}`);

  // Back in the journal with the focus in the search box: a scan under the Kazakh layout (code
  // Digit2, key «ә» …) is taken by the scanner, not by the box's Enter, and opens the other case.
  await searchJournal(page, 'Сем');
  await page.getByTestId('journal-search').focus();
  await scanKazakh(page, kasymov);
  await expect(page).toHaveURL(new RegExp(`#/journal/${kasymov}$`));
  await expect(page.getByTestId('case-applicant-iin')).toHaveText(IINS.a);
  await expect(page.getByTestId('case-status')).toHaveText('Принято');
});

test('the receipt reprints in Kazakh, a withdrawal with a reason shows in the history, and the period journal PDF lists the case', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  const caseId = await acceptCase(page, { applicant: { surname: 'Жұмабекова', name: 'Гүлім', iin: IINS.c } });
  const today = toAlmatyDate(Date.now());

  await page.evaluate((id) => {
    window.location.hash = `#/journal/${id}`;
  }, caseId);
  await expect(page.getByTestId('case-history-item')).toHaveCount(1);
  await expect(page.getByTestId('case-history-item')).toContainText('Приём документов');

  // Reprint of the receipt, in Kazakh.
  await page.getByTestId('case-print-lang').getByText('Қазақша').click();
  const receiptDownload = page.waitForEvent('download');
  await page.getByTestId('case-print-receipt').click();
  const receipt = join(mkdtempSync(join(tmpdir(), 'receipt-')), 'receipt.pdf');
  await (await receiptDownload).saveAs(receipt);
  const receiptText = execFileSync('pdftotext', [receipt, '-'], { encoding: 'utf8' });
  expect(receiptText).toContain(formatCaseNumber(caseId));
  expect(receiptText).toContain('Жұмабекова');
  expect(receiptText).toContain('ҚОЛХАТ');
  await page.getByTestId('case-action-withdraw').click();
  await page.getByTestId('case-reason').fill('Заявитель забрал документы: переезжает в другой город');
  await page.getByTestId('case-reason-submit').click();
  await expect(page.getByTestId('case-status')).toHaveText('Заявление отозвано');
  const newest = page.getByTestId('case-history-item').first();
  await expect(newest).toContainText('Отзыв заявления заявителем');
  await expect(newest).toContainText('Причина: Заявитель забрал документы: переезжает в другой город');
  await expect(newest).toContainText('Принято → Заявление отозвано');
  // Acceptance, the Kazakh reprint (a recorded duplicate, issue 16 item 8) and the withdrawal.
  await expect(page.getByTestId('case-history-item')).toHaveCount(3);

  await searchJournal(page, '');
  await page.getByTestId('journal-from').fill(today);
  await page.getByTestId('journal-to').fill(today);
  await expect(page.getByTestId(`journal-row-${caseId}`)).toContainText('Заявление отозвано');
  const download = page.waitForEvent('download');
  await page.getByTestId('journal-save-pdf').click();
  const pdf = join(mkdtempSync(join(tmpdir(), 'journal-')), 'journal.pdf');
  await (await download).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(formatCaseNumber(caseId));
  expect(text).toContain('Жұмабекова');
  expect(text).toContain('Заявление отозвано');
});

test('the journal and the case page in Kazakh', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '22', lang: 'kk' });
  const caseId = await acceptCase(page, { applicant: { surname: 'Әбенова', name: 'Гүлнұр', iin: IINS.d } });
  await searchJournal(page, 'абен');
  await expect(page.getByTestId('journal-count')).toHaveText('1 іс табылды');
  const row = page.getByTestId(`journal-row-${caseId}`);
  await expect(row).toContainText('Қабылданды');
  await expect(row).toContainText('ХҚКО');
  await expect(row).toContainText(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  await expect(page.getByRole('columnheader', { name: 'Іс нөмірі' })).toBeVisible();
  await row.press('Enter');
  await expect(page.getByTestId('case-title')).toHaveText(`№ ${formatCaseNumber(caseId)} іс`);
  await expect(page.getByTestId('case-center-clock')).toContainText(
    /^ХҚКО \(қолхат бойынша\): мерзімі \d{2}\.\d{2}\.\d{4}/,
  );
  await expect(page.getByTestId('case-district-clock')).toHaveText(
    'Аудандық бөлім: мерзім топтама тіркелгеннен басталады',
  );
  await expect(page.getByTestId('case-action-withdraw')).toHaveText(
    'Өтініш берушінің өтінішті кері қайтарып алуы',
  );
});
