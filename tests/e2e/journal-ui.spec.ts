/**
 * Journal screens on seeded cases (the intake flow is covered in journal.spec.ts): the virtualized
 * table renders rows and scrolls, overdue marking, filters, keyboard navigation, scans of unknown
 * numbers, the lifecycle's refusals, and a correction.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatCaseNumber } from '@shared/case-number';
import { almatyInstant } from '@shared/time/almaty';
import { ADMIN, createUser, setupOffice, signIn, signOut } from './helpers/app';
import { INSPECTOR } from './helpers/intake';
import { scanKazakh, scanKazakhTrusted, searchJournal, seedCases } from './helpers/journal';
import { makeCase } from '../unit/renderer/journal/fixtures';

test('the table renders and scrolls 300 seeded cases, marks the overdue ones, and opens a case with the keyboard', async ({
  page,
}) => {
  await setupOffice(page);
  const rows = Array.from({ length: 300 }, (_, i) =>
    makeCase({
      surname: `Фамилия${String(i).padStart(3, '0')}`,
      acceptedAt: almatyInstant('2026-01-05', 9) + i * 60_000,
    }),
  );
  await seedCases(page, rows);
  await page.reload();
  await signIn(page, ADMIN);
  await searchJournal(page, '');
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 300 дел');
  const newest = rows[299]!;
  await expect(page.getByTestId(`journal-row-${newest.id}`)).toBeVisible();
  // Virtualized: the oldest row is not in the DOM until scrolled to.
  await expect(page.getByTestId(`journal-row-${rows[0]!.id}`)).toHaveCount(0);
  await expect(page.getByTestId(`journal-row-${newest.id}`).getByTestId('overdue-badge')).toBeVisible();
  await page.getByTestId('journal-rows').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByTestId(`journal-row-${rows[0]!.id}`)).toBeVisible();

  await page.getByTestId('journal-search').fill('фамилия12');
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 10 дел');
  await page.getByTestId('journal-search').press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-title')).toHaveText(`Дело № ${formatCaseNumber(rows[128]!.id)}`);
});

test('a scan of a number not in this journal shows a notice; the admin may cancel but not withdraw', async ({
  page,
}) => {
  await setupOffice(page);
  const row = makeCase({ surname: 'Әбдірахманова' });
  const other = makeCase();
  await seedCases(page, [row]);
  await page.reload();
  await signIn(page, ADMIN);
  await scanKazakh(page, other.id);
  await expect(page.getByText(`Дело № ${formatCaseNumber(other.id)} не найдено`)).toBeVisible();

  // Trusted key presses into the focused search box, 5 ms apart as a scanner sends them: the scan is
  // taken and nothing of it stays in the box (the first letter, typed before the scan was
  // recognised, is removed).
  await searchJournal(page, 'Әбд');
  await page.getByTestId('journal-search').press('End');
  await scanKazakhTrusted(page, other.id);
  await expect(page.getByText(`Дело № ${formatCaseNumber(other.id)} не найдено`).last()).toBeVisible();
  await expect(page.getByTestId('journal-search')).toHaveValue('Әбд');
  await expect(page.getByTestId(`journal-row-${row.id}`)).toBeVisible();

  await scanKazakh(page, row.id);
  await expect(page).toHaveURL(new RegExp(`#/journal/${row.id}$`));
  await expect(page.getByTestId('case-applicant-name')).toHaveText('Әбдірахманова Иван Петрович');
  await expect(page.getByTestId('case-action-withdraw')).toHaveCount(0);
  await page.getByTestId('case-action-cancel').click();
  await page.getByTestId('case-reason-submit').click();
  await expect(page.getByTestId('case-action-error')).toHaveText('Укажите причину.');
  await page.getByTestId('case-reason').fill('Зарегистрировано дважды');
  await page.getByTestId('case-reason-submit').click();
  await expect(page.getByTestId('case-status')).toHaveText('Ошибочная регистрация аннулирована');
  await expect(page.getByTestId('case-history-item').first()).toContainText('Зарегистрировано дважды');
  await expect(page.getByTestId('case-no-actions')).toBeVisible();
});

test('the journal list for a period downloads as a PDF listing the cases of the period only', async ({
  page,
}) => {
  await setupOffice(page);
  const inside = makeCase({ surname: 'Қасымов', acceptedAt: almatyInstant('2026-03-02', 10) });
  const outside = makeCase({ surname: 'Жанұзақов', acceptedAt: almatyInstant('2026-04-02', 10) });
  await seedCases(page, [inside, outside]);
  await page.reload();
  await signIn(page, ADMIN);
  await searchJournal(page, '');
  await page.getByTestId('journal-from').fill('2026-03-01');
  await page.getByTestId('journal-to').fill('2026-03-31');
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 1 дело');
  const download = page.waitForEvent('download');
  await page.getByTestId('journal-save-pdf').click();
  const file = await download;
  const dir = mkdtempSync(join(tmpdir(), 'journal-'));
  const pdf = join(dir, 'journal.pdf');
  await file.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  writeFileSync(join(dir, 'journal.txt'), text);
  expect(text).toContain(formatCaseNumber(inside.id));
  expect(text).toContain('Қасымов');
  expect(text).not.toContain('Жанұзақов');
});

test('filters by service and status narrow the table; an inspector corrects the applicant’s surname and IIN', async ({
  page,
}) => {
  await setupOffice(page, { officeCode: '22' });
  const housing = makeCase({ surname: 'Касымов' });
  const child = makeCase({ surname: 'Ержанова', serviceId: 'child-benefit-under-18' });
  await seedCases(page, [housing, child]);
  await page.reload();
  await signIn(page, ADMIN);
  await createUser(page, INSPECTOR, ['center-inspector']);
  await signOut(page);
  await signIn(page, INSPECTOR);
  await searchJournal(page, '');
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 2 дела');
  await page.getByTestId('journal-service').click();
  await page.getByRole('option', { name: /^Назначение жилищной помощи/ }).click();
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 1 дело');
  await expect(page.getByTestId(`journal-row-${housing.id}`)).toBeVisible();
  await page.getByTestId('journal-status').click();
  await page.getByRole('option', { name: 'Заявление отозвано' }).click();
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 0 дел');
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(page.getByTestId('journal-count')).toHaveText('Найдено 2 дела');

  await page.getByTestId(`journal-row-${housing.id}`).click();
  await page.getByTestId('case-action-correct').click();
  await page.getByTestId('correction-surname').fill('Қасымов');
  await page.getByTestId('correction-iin').fill('95061530000');
  await page.getByTestId('case-reason').fill('Фамилия и ИИН с ошибкой');
  await page.getByTestId('case-reason-submit').click();
  await expect(page.getByTestId('case-action-error')).toHaveText('Проверьте поля: ИИН.');
  await page.getByTestId('correction-iin').fill('950615300000');
  await page.getByTestId('case-reason-submit').click();
  await expect(page.getByTestId('correction-modal')).toHaveCount(0);
  await expect(page.getByTestId('case-applicant-name')).toHaveText('Қасымов Иван Петрович');
  await expect(page.getByTestId('case-applicant-iin')).toHaveText('950615300000');
  const entry = page.getByTestId('case-history-item').first();
  await expect(entry).toContainText('Исправить данные приёма');
  await expect(entry).toContainText('Изменено: фамилия, ИИН');
  await expect(entry).toContainText('Причина: Фамилия и ИИН с ошибкой');
  await searchJournal(page, '950615300000');
  await expect(page.getByTestId(`journal-row-${housing.id}`)).toBeVisible();
});
