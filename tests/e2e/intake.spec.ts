import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatCaseNumber } from '@shared/case-number';
import { createUser, openArea, setupAndSignIn, signIn, signOut } from './helpers/app';
import {
  IINS,
  INSPECTOR,
  acceptCase,
  checkDocuments,
  markReceived,
  newApplication,
  setupIntakeDesk,
  startApplication,
} from './helpers/intake';

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  const dir = mkdtempSync(join(tmpdir(), 'intake-'));
  const file = join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function barcodes(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bars-'));
  execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', file, join(dir, 'p')]);
  const png = join(dir, 'p-1.png');
  readFileSync(png);
  const out = execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

const norm = (s: string) => s.replace(/\s+/g, ' ');

test('ЦОН, Russian: individual house → items 1-5, 7, 8; receipt PDF with text and barcode', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22', lang: 'ru' });
  // ЦОН accepts housing assistance and child benefits only, and says why not the others.
  await expect(page.getByTestId('service-housing-assistance')).toBeVisible();
  await expect(page.getByTestId('service-child-benefit-under-18')).toBeVisible();
  await expect(page.getByTestId('service-unavailable-disability-wheelchair')).toContainText('районный отдел');
  // Search in Kazakh finds the service.
  await page.getByTestId('service-search').fill('тұрғын үй');
  await expect(page.getByTestId('service-child-benefit-under-18')).toHaveCount(0);
  await page.getByTestId('service-search').fill('');

  await startApplication(page);
  await expect(page.getByTestId('f-applicant-birthDate')).toHaveValue('15.06.1995');
  await expect(page.getByTestId('district-office')).toContainText('Алмалин');
  const ids = await checkDocuments(page, { answers: { dwelling: 'individual-house' } });
  const numbers = await page
    .locator('[data-testid="checklist"] tbody tr[data-required="yes"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
  expect(numbers).toEqual(['1', '2', '3', '4', '5', '7', '8']);
  expect(ids).not.toContain('maintenance-bills');
  await expect(page.getByTestId('package-complete')).toBeVisible();
  await page.getByTestId('intake-register').click();
  const number = page.getByTestId('result-case-number');
  await expect(number).toBeVisible();
  const digits = (await number.getAttribute('data-digits'))!;
  expect(digits).toMatch(/^2200026\d{7}$/);
  const issue = (await page.getByTestId('result-issue').textContent())!;
  expect(issue).toMatch(/\d{4}/);

  const file = await download(page, () => page.getByTestId('print-receipt').click());
  const text = norm(pdfText(file));
  expect(text).toContain(formatCaseNumber(digits));
  expect(text).toContain('Қасымов Әли Серікұлы');
  expect(text).toContain('Өмірбекова Гүлнар Серікқызы');
  expect(text).toContain('Заявление');
  expect(text).toContain('Квитанция');
  // The issue date shown on screen is printed on the receipt.
  const issueDate = /^(\d{1,2} \S+ \d{4})/.exec(issue)![1]!;
  expect(text).toContain(issueDate);
  expect(barcodes(file)).toContain(digits);
});

test('ЦОН, Kazakh: condominium → items 1-8; receipt printed in Kazakh', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '22', lang: 'kk' });
  await startApplication(page, {
    applicant: { iin: IINS.b, surname: 'Сейітова', name: 'Айгүл' },
    printLang: 'kk',
  });
  await checkDocuments(page, { answers: { dwelling: 'condominium' } });
  const numbers = await page
    .locator('[data-testid="checklist"] tbody tr[data-required="yes"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
  expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  await expect(page.getByTestId('package-complete')).toBeVisible();
  // The conditional item disappears with the answer and comes back.
  await page.getByTestId('f-situation-dwelling').selectOption('non-condominium');
  await expect(page.getByTestId('doc-maintenance-bills')).toHaveCount(0);
  await page.getByTestId('f-situation-dwelling').selectOption('condominium');
  await expect(page.getByTestId('doc-maintenance-bills')).toBeVisible();
  await markReceived(page, 'maintenance-bills');
  await page.getByTestId('intake-register').click();
  const digits = (await page.getByTestId('result-case-number').getAttribute('data-digits'))!;
  const file = await download(page, () => page.getByTestId('print-receipt').click());
  const text = norm(pdfText(file));
  expect(text).toContain(formatCaseNumber(digits));
  expect(text).toContain('Сейітова Айгүл');
  expect(text).toContain('ҚОЛХАТ');
  expect(text).toContain('Тұрғын үй көмегін тағайындау');
  expect(text).toContain('Коммуналдық қызметтерді тұтынуға арналған шоттар');
  expect(text).toContain('Өмірбекова Гүлнар Серікқызы');
  expect(barcodes(file)).toContain(digits);
});

test('an incomplete package is refused with its missing list, and nothing is registered', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  await startApplication(page);
  await checkDocuments(page, {
    answers: { dwelling: 'condominium' },
    documents: [
      'application',
      'identity-copy',
      'house-register-copy',
      'family-income',
      'utility-bills',
      'telecom-bill',
    ],
  });
  await expect(page.getByTestId('missing-list')).toBeVisible();
  await expect(page.getByTestId('missing-title-copy')).toBeVisible();
  await expect(page.getByTestId('missing-maintenance-bills')).toBeVisible();
  // Cited as the citizen reads the regulation: name, then paragraph and sub-item, no digest numbers.
  await expect(page.getByTestId('missing-title-copy')).toHaveText(
    'Копия правоустанавливающего документа на жилище — Не представлены копия и подлинник: требуется подпунктом 3) пункта 17 регламента государственной услуги',
  );
  await expect(page.getByTestId('missing-list')).not.toContainText('§');
  await expect(page.getByTestId('intake-register')).toBeDisabled();
  await page.getByTestId('intake-refuse').click();
  const file = await download(page, () => page.getByTestId('refusal-confirm-button').click());
  await expect(page.getByTestId('refusal-done')).toBeVisible();
  const text = norm(pdfText(file));
  expect(text).toContain('Копия правоустанавливающего документа');
  expect(text).toContain('Қасымов Әли Серікұлы');
  expect(text).toContain('требуется подпунктом');
  expect(text).not.toMatch(/§|item|3\.1 /);
  // Nothing registered: the journal store holds no case.
  const count = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('almaty-social-services');
        req.onsuccess = () => {
          const tx = req.result.transaction(['cases', 'counterRefusals'], 'readonly');
          const c = tx.objectStore('cases').count();
          const r = tx.objectStore('counterRefusals').count();
          tx.oncomplete = () => resolve(c.result * 100 + r.result);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(count).toBe(1); // 0 cases, 1 counter refusal
});

test('a district walk-in (office 12) gets an incoming number and prints a talon', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '12' });
  await expect(page.getByTestId('service-disability-wheelchair')).toBeVisible();
  const digits = await acceptCase(page, {
    answers: { dwelling: 'individual-house' },
    applicant: { district: 'auezov' },
  });
  expect(digits.slice(0, 2)).toBe('12');
  await expect(page.getByTestId('result-incoming-number')).toHaveText(/^12-\d{4}\/000001$/);
  const file = await download(page, () => page.getByTestId('print-talon').click());
  const text = norm(pdfText(file));
  expect(text).toContain(formatCaseNumber(digits));
  expect(text).toContain('Қасымов Әли Серікұлы');
  expect(barcodes(file)).toContain(digits);
});

test('a draft survives a reload', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  await startApplication(page, { applicant: { surname: 'Черновикова' } });
  await expect(page.getByTestId('draft-status')).toContainText(/\d\d:\d\d/);
  await page.reload();
  await signIn(page, INSPECTOR);
  await page.evaluate(() => (window.location.hash = '#/intake'));
  await expect(page.getByTestId('draft-row')).toContainText('Черновикова');
  await page.getByTestId('draft-resume').click();
  await expect(page.getByTestId('f-applicant-surname')).toHaveValue('Черновикова');
  await expect(page.getByTestId('f-applicant-iin')).toHaveValue(IINS.a);
  await checkDocuments(page, { answers: { dwelling: 'individual-house' } });
  await page.getByTestId('intake-register').click();
  await expect(page.getByTestId('result-case-number')).toBeVisible();
  await newApplication(page);
  await expect(page.getByTestId('drafts')).toHaveCount(0);
});

test('the duplicate guard asks for a reason before a second open case', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  const first = await acceptCase(page, { answers: { dwelling: 'individual-house' } });
  await newApplication(page);
  await startApplication(page);
  // Flagged as soon as the IIN is typed, then again before registering.
  await expect(page.getByTestId('duplicate-early')).toContainText(formatCaseNumber(first));
  await checkDocuments(page, { answers: { dwelling: 'individual-house' } });
  await page.getByTestId('intake-register').click();
  await expect(page.getByTestId('duplicate-guard')).toBeVisible();
  await expect(page.getByTestId(`duplicate-${first}`)).toBeVisible();
  await page.getByTestId('duplicate-confirm').click();
  await expect(page.getByTestId('duplicate-reason')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('duplicate-reason').fill('Заявитель сменил жильё');
  await page.getByTestId('duplicate-confirm').click();
  const second = await page.getByTestId('result-case-number').getAttribute('data-digits');
  expect(second).not.toBe(first);
});

/** Presses Tab until the element with this test id has focus; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max = 25): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (id === testId) return i;
  }
  throw new Error(`${testId} not reached with Tab`);
}

// The shell's keyboard-wedge listener takes digits typed less than 50 ms apart as a scan, so
// digits are typed here at a person's pace.
const HUMAN = { delay: 80 };

test('keyboard only: from the service search to the printed receipt', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  await expect(page.getByTestId('service-search')).toBeFocused();
  await page.keyboard.type('жилищ');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('f-applicant-surname')).toBeFocused();
  await page.keyboard.type('Клавиатурова');
  await tabTo(page, 'f-applicant-name');
  await page.keyboard.type('Дана');
  await tabTo(page, 'f-applicant-iin');
  await page.keyboard.type(IINS.c, HUMAN);
  await expect(page.getByTestId('f-applicant-iin')).toHaveValue(IINS.c);
  await expect(page.getByTestId('f-applicant-birthDate')).toHaveValue('02.02.1988');
  await tabTo(page, 'f-applicant-docNumber');
  await page.keyboard.type('N1234567', HUMAN);
  await tabTo(page, 'f-applicant-regDistrict');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('f-applicant-regDistrict')).toHaveValue('almaly');
  await tabTo(page, 'f-applicant-regStreet');
  await page.keyboard.type('пр. Абая, 10', HUMAN);
  await tabTo(page, 'f-applicant-phone');
  await page.keyboard.type('+7 702 111 22 33', HUMAN);
  await page.keyboard.press('Enter');
  // Step 2 opens with the first situation question focused.
  await expect(page.getByTestId('f-situation-dwelling')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('f-situation-dwelling')).toHaveValue('individual-house');
  for (const id of [
    'application',
    'identity-copy',
    'title-copy',
    'house-register-copy',
    'family-income',
    'utility-bills',
    'telecom-bill',
  ]) {
    // Housing (3.1 §17): the original is checked and returned, the copy kept; the application is kept.
    await tabTo(page, `doc-${id}-original`);
    await page.keyboard.press('Space');
    if (id === 'application') continue;
    await tabTo(page, `doc-${id}-copy`);
    await page.keyboard.press('Space');
  }
  await expect(page.getByTestId('package-complete')).toBeVisible();
  await page.keyboard.press('Alt+KeyR');
  await expect(page.getByTestId('result-case-number')).toBeVisible();
  const digits = (await page.getByTestId('result-case-number').getAttribute('data-digits'))!;
  await expect(page.getByTestId('print-receipt')).toBeFocused();
  const file = await download(page, () => page.keyboard.press('Enter'));
  expect(norm(pdfText(file))).toContain('Клавиатурова Дана');
  expect(barcodes(file)).toContain(digits);
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('service-search')).toBeFocused();
});

test('district office: wheelchair application form with the tear-off slip, in Kazakh', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '12' });
  const digits = await acceptCase(page, {
    serviceId: 'disability-wheelchair',
    applicant: { iin: IINS.d, surname: 'Нұрланов', name: 'Ерлан', district: 'auezov' },
    printLang: 'kk',
  });
  await expect(page.getByTestId('print-talon')).toBeVisible();
  const file = await download(page, () => page.getByTestId('print-application').click());
  const text = norm(pdfText(file));
  expect(text).toContain('Нұрланов Ерлан');
  expect(text).toContain(formatCaseNumber(digits));
  expect(barcodes(file)).toContain(digits);
});

test('district office: a same-visit service records its start time and prints no talon', async ({ page }) => {
  await setupIntakeDesk(page, { officeCode: '12' });
  await acceptCase(page, { serviceId: 'asp-recipient-certificate', applicant: { iin: IINS.b } });
  await expect(page.getByTestId('result-same-visit')).toContainText(/\d\d:\d\d.*\d\d:\d\d/);
  await expect(page.getByTestId('print-talon')).toHaveCount(0);
  await expect(page.getByTestId('same-visit-note')).toBeVisible();
});

test('the department accepts nothing and says so', async ({ page }) => {
  await setupAndSignIn(page, { officeCode: '00' });
  await createUser(page, INSPECTOR, ['center-inspector']);
  await signOut(page);
  await signIn(page, INSPECTOR);
  await openArea(page, 'intake');
  await expect(page.getByTestId('office-accepts-nothing')).toContainText('Управление');
  await expect(page.getByTestId('service-search')).toHaveCount(0);
});

test('Kazakh UI: a wrong IIN is flagged as typed, empty fields on Next, and nothing is saved as a case', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22', lang: 'kk' });
  await page.getByTestId('service-housing-assistance').click();
  await page.getByTestId('f-applicant-iin').fill('950615300001');
  await expect(page.getByText('ЖСН-нің бақылау цифры сәйкес келмейді')).toBeVisible();
  await page.getByTestId('intake-next').click();
  await expect(page.getByTestId('form-errors')).toBeVisible();
  await expect(page.getByText('Бұл өрісті толтырыңыз.').first()).toBeVisible();
  await expect(page.getByTestId('checklist')).toHaveCount(0);
  // The first field in error has the focus.
  await expect(page.getByTestId('f-applicant-surname')).toBeFocused();
  await page.getByTestId('f-applicant-iin').fill(IINS.a);
  await expect(page.getByText('ЖСН-нің бақылау цифры сәйкес келмейді')).toHaveCount(0);
  await expect(page.getByTestId('f-applicant-birthDate')).toHaveValue('15.06.1995');
  const cases = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('almaty-social-services');
        req.onsuccess = () => {
          const c = req.result.transaction('cases').objectStore('cases').count();
          c.onsuccess = () => resolve(c.result);
        };
      }),
  );
  expect(cases).toBe(0);
});

test('ЦОН: child benefit with a child in the family and a representative by notarized power of attorney', async ({
  page,
}) => {
  await setupIntakeDesk(page, { officeCode: '22' });
  await startApplication(page, {
    serviceId: 'child-benefit-under-18',
    applicant: { iin: IINS.b, surname: 'Ахметова', name: 'Сауле' },
  });
  await page.getByTestId('intake-next').click();
  await expect(page.getByTestId('family-error')).toContainText('хотя бы одного ребёнка');
  await page.getByTestId('family-add').click();
  await page.getByTestId('f-family-0-surname').fill('Ахметова');
  await page.getByTestId('f-family-0-name').fill('Айя');
  await page.getByTestId('f-family-0-iin').fill('150515600049');
  await page.getByTestId('f-family-0-relation').selectOption('child');
  await page.getByTestId('f-family-0-occupation').selectOption('pupil');
  await page.getByTestId('f-hasRepresentative').check();
  await page.getByTestId('f-representative-surname').fill('Ахметов');
  await page.getByTestId('f-representative-name').fill('Ерлан');
  await page.getByTestId('f-representative-basis').selectOption('power-of-attorney');
  await page.getByTestId('f-representative-basisDocument').fill('№ 15 от 02.03.2026');
  await page.getByTestId('intake-next').click();
  await expect(page.getByText('такое основание полномочий не принимается')).toBeVisible();
  await page.getByTestId('f-representative-basis').selectOption('notarized-power-of-attorney');
  await checkDocuments(page);
  await page.getByTestId('intake-register').click();
  const digits = (await page.getByTestId('result-case-number').getAttribute('data-digits'))!;
  const file = await download(page, () => page.getByTestId('print-receipt').click());
  const text = norm(pdfText(file));
  expect(text).toContain('Ахметова Сауле');
  expect(text).toContain('Ахметов Ерлан');
  expect(barcodes(file)).toContain(digits);
});
