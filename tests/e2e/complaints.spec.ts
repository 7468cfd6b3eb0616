/**
 * Complaints (issue 15, digest 3.1 §§21-26): ЦОН management registers a complaint by hand with the
 * case scanned from its receipt, prints the talon (text and barcode read back), records the review
 * and the answer, and the complaint leaves the overdue list; at the Управление, in Kazakh, a
 * complaint by post without an address is refused with a message and nothing typed is lost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatComplaintNumber } from '@shared/complaints';
import { almatyInstant } from '@shared/time/almaty';
import { createUser, openArea, setupAndSignIn, signIn, signOut, type TestAccount } from './helpers/app';
import { IINS, INSPECTOR, acceptCase } from './helpers/intake';
import { scanKazakh } from './helpers/journal';

const HEAD: TestAccount = { login: 'head', fullName: 'Жұмабаева Сәуле Ерланқызы', password: 'head-pass-1' };
const DEPT: TestAccount = { login: 'dept', fullName: 'Ахметов Нұрлан Маратұлы', password: 'dept-pass-1' };

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  const file = join(mkdtempSync(join(tmpdir(), 'complaint-')), d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

function barcodes(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-bars-'));
  execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', file, join(dir, 'p')]);
  const out = execFileSync('zbarimg', ['--quiet', '--raw', join(dir, 'p-1.png')], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

/** What each language prints and says, for the same steps. */
const TEXTS = {
  ru: {
    talon: (n: string) => [
      `ТАЛОН № ${n}`,
      'о принятии жалобы',
      'Место получения ответа',
      'По почте: г. Алматы, ул. Шевченко, 1, кв. 2',
    ],
    stamp: (n: string) => `Вх. № ${n}`,
    missingReasons: 'Укажите основания отказа',
    beforeRegistration: 'раньше даты регистрации',
    answer: ['Исх. № 22-2026/117 от 30.03.2026', 'удовлетворена частично'],
  },
  kk: {
    talon: (n: string) => [
      `№ ${n} ТАЛОН`,
      'шағымның қабылданғаны туралы',
      'Жауапты алу орны',
      'Пошта арқылы: г. Алматы, ул. Шевченко, 1, кв. 2',
    ],
    stamp: (n: string) => `Кіріс № ${n}`,
    missingReasons: 'Бас тарту негіздерін көрсетіңіз',
    beforeRegistration: 'тіркелген күнінен',
    answer: ['Шығыс № 22-2026/117, 30.03.2026', 'ішінара қанағаттандырылды'],
  },
} as const;

for (const lang of ['ru', 'kk'] as const) {
  const L = TEXTS[lang];
  test(`ЦОН, ${lang}: a complaint by hand about a scanned case, its talon, the answer, off the overdue list`, async ({
    page,
  }) => {
    // Monday 2 March 2026, 10:00 in Almaty: 15 working days (8 March and Nauryz off) end on 27 March.
    await page.clock.setFixedTime(new Date(almatyInstant('2026-03-02', 10)));
    await setupAndSignIn(page, { officeCode: '22', lang });
    await createUser(page, INSPECTOR, ['center-inspector']);
    await createUser(page, HEAD, ['center-head']);
    await signOut(page);
    await signIn(page, INSPECTOR);
    // Without the administrator's permission the inspector has no complaints area.
    await expect(page.getByTestId('nav-complaints')).toHaveCount(0);
    await openArea(page, 'intake');
    const caseId = await acceptCase(page, { applicant: { surname: 'Қасымов', iin: IINS.a } });
    await signOut(page);

    await signIn(page, HEAD);
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('complaint-new').click();
    await expect(page.getByTestId('complaint-form')).toBeVisible();
    // The receipt's barcode is scanned (Kazakh layout): the case is linked and the applicant filled in.
    await page.getByTestId('c-caseNumber').focus();
    await scanKazakh(page, caseId);
    await expect(page.getByTestId('c-caseNumber')).toHaveValue(caseId);
    await expect(page.getByTestId('c-case-found')).toContainText('Қасымов');
    await expect(page.getByTestId('c-surname')).toHaveValue('Қасымов');
    await expect(page.getByTestId('c-iin')).toHaveValue(IINS.a);
    await page.getByTestId('c-kind').selectOption('service');
    await page.getByTestId('c-employee').fill('Оператор окна № 3');
    await page.getByTestId('c-address').fill('г. Алматы, ул. Шевченко, 1, кв. 2');
    await page.getByTestId('c-phone').fill('+7 701 000 00 00');
    await page.getByTestId('c-summary').fill('Грубое обращение при приёме документов');
    await page.getByTestId('c-sheets').fill('2');
    await page.getByTestId('c-register').click();

    await expect(page.getByTestId('complaint-view')).toBeVisible();
    const number = (await page.getByTestId('complaint-number').textContent())!.trim();
    const digits = number.replace(/\s/g, '');
    expect(digits).toMatch(/^22000260000\d{2}$/);
    expect(formatComplaintNumber(digits)).toBe(number);
    await expect(page.getByTestId('complaint-due')).toContainText('27.03.2026');
    await expect(page.getByTestId('complaint-case-link')).toHaveAttribute('href', `#/journal/${caseId}`);

    const talon = await download(page, () => page.getByTestId('complaint-print-talon').click());
    const text = pdfText(talon);
    for (const expected of [...L.talon(number), '02.03.2026 10:00', 'Жұмабаева С. Е., Тел. 8-727'])
      expect(text).toContain(expected);
    expect(barcodes(talon)).toEqual([digits]);
    const stamp = await download(page, () => page.getByTestId('complaint-print-stamp').click());
    expect(pdfText(stamp)).toContain(L.stamp(number));

    // The case page shows the complaint, and the complaint is found in the journal by a folded surname.
    await openArea(page, `journal/${caseId}`);
    await expect(page.getByTestId(`case-complaint-${digits}`)).toBeVisible();
    await openArea(page, 'complaints');
    await page.getByTestId('complaint-search').fill('касымов');
    await expect(page.getByTestId(`complaint-row-${digits}`)).toBeVisible();

    // Monday 30 March: past its due date, it is on the dashboard as overdue.
    await page.clock.setFixedTime(new Date(almatyInstant('2026-03-30', 11)));
    await openArea(page, 'deadlines');
    await expect(page.getByTestId(`complaint-deadline-${digits}`)).toHaveAttribute('data-level', 'overdue');
    await expect(page.getByTestId('complaint-count-overdue')).toContainText('1');

    await openArea(page, `complaints/${digits}`);
    await page.getByTestId('r-responsible').fill('Жұмабаева Сәуле Ерланқызы');
    await page.getByTestId('r-assign').click();
    await page.getByTestId('r-findings').fill('Факт подтвердился, с работником проведена беседа.');
    await page.getByTestId('r-outcome').selectOption('partly');
    await page.getByTestId('r-review').click();
    await expect(page.getByTestId('complaint-action-error')).toContainText(L.missingReasons);
    await page.getByTestId('r-reasons').fill('Требование о компенсации не основано на регламенте.');
    await page.getByTestId('r-review').click();
    await expect(page.getByTestId('complaint-view')).toHaveAttribute('data-status', 'reviewed');
    // An answer dated before the registration is refused with a message.
    await page.getByTestId('r-outgoing').fill('22-2026/117');
    await page.getByTestId('r-posted-on').fill('2026-02-27');
    await page.getByTestId('r-answer').click();
    await expect(page.getByTestId('complaint-action-error')).toContainText(L.beforeRegistration);
    await page.getByTestId('r-posted-on').fill('2026-03-30');
    await page.getByTestId('r-answer').click();
    await expect(page.getByTestId('complaint-view')).toHaveAttribute('data-status', 'answered');
    await expect(page.getByTestId('complaint-answer')).toContainText('22-2026/117');
    const answer = await download(page, () => page.getByTestId('complaint-print-answer').click());
    const answerText = pdfText(answer);
    for (const expected of L.answer) expect(answerText).toContain(expected);
    expect(barcodes(answer)).toEqual([digits]);

    await openArea(page, 'deadlines');
    await expect(page.getByTestId('complaint-deadlines')).toBeVisible();
    await expect(page.getByTestId(`complaint-deadline-${digits}`)).toHaveCount(0);
    await expect(page.getByTestId('complaint-count-overdue')).toContainText('0');
  });
}

test('Управление, Kazakh: a complaint by post without an address is refused; nothing typed is lost; the talon in Kazakh', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(almatyInstant('2026-03-02', 15)));
  await setupAndSignIn(page, { officeCode: '00', lang: 'kk' });
  await createUser(page, DEPT, ['department-specialist']);
  await signOut(page);
  await signIn(page, DEPT);
  await openArea(page, 'complaints/new');
  await page.getByTestId('c-channel-post').check();
  await page.getByTestId('c-kind').selectOption('result');
  await page.getByTestId('c-iin').fill(IINS.b);
  await page.getByTestId('c-surname').fill('Сейітова');
  await page.getByTestId('c-name').fill('Мәдина');
  await page.getByTestId('c-caseNumber').fill('22 00 0 26 000001 0');
  await page.getByTestId('c-summary').fill('Тұрғын үй көмегінен бас тартумен келіспеймін');
  await page.getByTestId('c-register').click();
  await expect(page.getByTestId('c-error-address')).toHaveText(
    'Шағым пошта арқылы келді: өтініш берушінің пошталық мекенжайын көрсетіңіз — жауап пошта арқылы жіберіледі.',
  );
  await expect(page.getByTestId('c-error-caseNumber')).toContainText('бақылау цифрының');
  // Nothing was registered, and after a reload (sign-in again) the draft brings back everything typed.
  await page.reload();
  await signIn(page, DEPT);
  await openArea(page, 'complaints');
  await expect(page.getByTestId('complaints-empty')).toBeVisible();
  await openArea(page, 'complaints/new');
  await expect(page.getByTestId('c-surname')).toHaveValue('Сейітова');
  await expect(page.getByTestId('c-summary')).toHaveValue('Тұрғын үй көмегінен бас тартумен келіспеймін');
  await expect(page.getByTestId('c-channel-post')).toBeChecked();

  await page.getByTestId('c-caseNumber').fill('');
  await page.getByTestId('c-address').fill('Алматы қ., Абай д-лы, 10');
  await page.getByTestId('c-register').click();
  await expect(page.getByTestId('complaint-view')).toBeVisible();
  const number = (await page.getByTestId('complaint-number').textContent())!.trim();
  const digits = number.replace(/\s/g, '');
  expect(digits.slice(0, 7)).toBe('0000026');
  const talon = await download(page, () => page.getByTestId('complaint-print-talon').click());
  const text = pdfText(talon);
  for (const expected of [
    `№ ${number} ТАЛОН`,
    'шағымның қабылданғаны туралы',
    '02.03.2026 15:00',
    'Ахметов Н. М.',
    'Жауапты алу орны',
    'Пошта арқылы: Алматы қ., Абай д-лы, 10',
  ])
    expect(text).toContain(expected);
  expect(barcodes(talon)).toEqual([digits]);
  await openArea(page, 'complaints');
  await page.getByTestId('complaint-filter-kind').selectOption('result');
  await expect(page.getByTestId(`complaint-row-${digits}`)).toBeVisible();
  const journal = await download(page, () => page.getByTestId('complaint-journal-print').click());
  expect(pdfText(journal)).toContain('Жеке және заңды тұлғалардың өтініштерін тіркеу журналы');
  expect(pdfText(journal)).toContain(number);
  // The month's report counts it, by kind.
  await openArea(page, 'reports');
  await expect(page.getByTestId('complaint-report-received')).toHaveText('1');
  await expect(page.getByTestId('complaint-report-kind-result')).toHaveText('1');
  await expect(page.getByTestId('complaint-report-overdue')).toHaveText('0');
});

test('the administrator confirms a changed term and lets the ЦОН inspector register; the new term applies from then on', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(almatyInstant('2026-03-02', 10)));
  await setupAndSignIn(page, { officeCode: '22', lang: 'ru' });
  await createUser(page, INSPECTOR, ['center-inspector']);
  await openArea(page, 'settings/rules');
  await expect(page.getByTestId('complaint-term-unconfirmed')).toBeVisible();
  await expect(page.getByTestId('complaint-term-current')).toHaveText('Действует: 15 рабочих дней');
  await page.getByTestId('complaint-term-value').fill('10');
  await page.getByTestId('complaint-term-unit').selectOption('calendar-days');
  await page.getByTestId('complaint-term-confirmed').check();
  await page.getByTestId('complaint-term-save').click();
  await expect(page.getByTestId('complaint-term-current')).toHaveText('Действует: 10 календарных дней');
  await expect(page.getByTestId('complaint-term-unconfirmed')).toHaveCount(0);
  await page.getByTestId('complaint-inspector-may-register').check();
  await expect(page.getByTestId('complaint-inspector-may-register')).toBeChecked();
  await signOut(page);

  await signIn(page, INSPECTOR);
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('complaint-new').click();
  await page.getByTestId('c-kind').selectOption('service');
  await page.getByTestId('c-noIin').check();
  await page.getByTestId('c-surname').fill('Smith');
  await page.getByTestId('c-summary').fill('Долгое ожидание');
  await page.getByTestId('c-register').click();
  await expect(page.getByTestId('complaint-view')).toBeVisible();
  // 2 March + 10 calendar days = Thursday 12 March; the inspector registers but does not review.
  await expect(page.getByTestId('complaint-due')).toContainText('12.03.2026');
  await expect(page.getByTestId('r-assign-box')).toHaveCount(0);
});
