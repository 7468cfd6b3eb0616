/**
 * Registry exchange end to end (issue 5): three browser contexts with separate storage — a ЦОН
 * intake desk (office 22, desk 01), the ЦОН main workstation (22) and the district office (12) —
 * exchange office cards, a desk hand-off and a registry file; barcode scans typed as a wedge
 * scanner types them; the registry sheet printed; the district sees the cases as received; a
 * tampered file refused with its message and nothing written; the same file twice "already imported".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Role } from '@shared/auth/roles';
import { createUser, openArea, setupAndSignIn, signIn, signOut, type TestAccount } from './helpers/app';
import { acceptCase } from './helpers/intake';
import { scanKazakh, seedCases } from './helpers/journal';
import { makeCase } from '../unit/renderer/journal/fixtures';
import {
  createKeys,
  exportCard,
  importCard,
  openRegistries,
  previewFile,
  storeCount,
  storedStatus,
} from './helpers/registries';

test.setTimeout(180_000);

const tmp = mkdtempSync(join(tmpdir(), 'registries-e2e-'));

async function station(
  browser: Browser,
  baseURL: string | undefined,
  options: { officeCode: string; workstation?: 'main' | 'desk'; account: TestAccount; roles: Role[] },
): Promise<Page> {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    acceptDownloads: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
  });
  const page = await context.newPage();
  await setupAndSignIn(page, {
    officeCode: options.officeCode,
    workstation: options.workstation ?? 'main',
    deskCode: '01',
  });
  await createUser(page, options.account, options.roles);
  await signOut(page);
  await signIn(page, options.account);
  await createKeys(page);
  return page;
}

const account = (login: string, fullName: string): TestAccount => ({
  login,
  fullName,
  password: `${login}-pass-1`,
});

async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(tmp, name);
  await file.saveAs(path);
  return path;
}

test('desk hand-off, ЦОН registry, district receipt, custody scans, tampering and repeats', async ({
  browser,
  baseURL,
}) => {
  const desk = await station(browser, baseURL, {
    officeCode: '22',
    workstation: 'desk',
    account: account('desk', 'Өмірбекова Гүлнар Серікқызы'),
    roles: ['admin', 'center-inspector', 'accumulation-inspector'],
  });
  const center = await station(browser, baseURL, {
    officeCode: '22',
    account: account('acc', 'Жұмабаева Сәуле Асқарқызы'),
    roles: ['admin', 'accumulation-inspector'],
  });
  const district = await station(browser, baseURL, {
    officeCode: '12',
    account: account('spec', 'Петрова Анна Ивановна'),
    roles: ['admin', 'district-specialist'],
  });

  // Office cards: downloads on one side, the file chooser on the other, fingerprints compared.
  const centerCard = await exportCard(center);
  const deskCard = await exportCard(desk);
  const districtCard = await exportCard(district);
  await importCard(desk, centerCard);
  await importCard(center, deskCard);
  await importCard(center, districtCard);
  await importCard(district, centerCard);
  await expect(center.getByTestId('trusted-2201')).toBeVisible();

  // A case accepted at the desk and handed to the main workstation.
  await openArea(desk, 'intake');
  const caseId = await acceptCase(desk, {
    answers: { dwelling: 'individual-house' },
    applicant: { district: 'almaly' },
  });
  expect(caseId.slice(0, 4)).toBe('2201');
  await openRegistries(desk, 'send');
  await expect(desk.getByTestId(`export-case-${caseId}`)).toBeVisible();
  const handoff = await download(desk, 'export-registry', 'handoff.asreg');
  await expect(desk.getByTestId('export-done')).toBeVisible();

  expect(await previewFile(center, handoff, 'handoff.asreg')).toBe('ready');
  await expect(center.getByTestId(`plan-${caseId}-intake`)).toHaveAttribute('data-action', 'insert');
  await center.getByTestId('import-apply').click();
  await expect(center.getByTestId('import-done')).toBeVisible();
  expect(await storedStatus(center, caseId)).toBe('accepted');
  // The same hand-off again: nothing to do.
  expect(await previewFile(center, handoff, 'handoff.asreg')).toBe('already-imported');

  // The ЦОН compiles the registry for district office 12.
  await openRegistries(center, 'send');
  await center.getByTestId('export-district').click();
  await center.getByRole('option', { name: /^12 ·/ }).click();
  await expect(center.getByTestId(`export-case-${caseId}`)).toBeVisible();
  const registryFile = await download(center, 'export-registry', 'registry.asreg');
  await expect(center.getByTestId('export-done')).toContainText('22-12-0001');
  expect(await storedStatus(center, caseId)).toBe('in-transit');
  const sheet = await download(center, 'export-print-sheet', 'sheet.pdf');
  expect(readFileSync(sheet).subarray(0, 5).toString()).toBe('%PDF-');
  const sheetText = execFileSync('pdftotext', ['-layout', sheet, '-'], { encoding: 'utf8' });
  expect(sheetText).toContain('22-12-0001');
  expect(sheetText.replace(/\D/g, '')).toContain(caseId);
  // Built off the main thread (issue 12): the sheet's worker is running, kept warm for the next sheet.
  expect(center.workers().some((w) => /heavyWorker/.test(w.url()))).toBe(true);
  await expect(center.getByTestId('sheet-progress')).toHaveCount(0);

  // Dispatch scans at the ЦОН (Kazakh layout: the digit row types letters).
  await openArea(center, 'registries/list');
  await center.getByTestId('open-22-12-0001').click();
  await expect(center.getByTestId('custody-missing-paper')).toBeVisible();
  await scanKazakh(center, caseId);
  await expect(center.getByTestId('custody-last')).toHaveAttribute('data-kind', 'listed');
  await expect(center.getByTestId('custody-complete')).toBeVisible();

  // The preview runs in a Web Worker, off the window's thread (issue 5, item 6).
  const workers: string[] = [];
  district.on('worker', (w) => workers.push(w.url()));

  // A tampered copy (one flipped byte) is refused at the district with its message, nothing written.
  const bytes = readFileSync(registryFile);
  const tampered = Buffer.from(bytes);
  tampered[Math.floor(tampered.length / 2)]! ^= 0x01;
  const tamperedPath = join(tmp, 'tampered.asreg');
  writeFileSync(tamperedPath, tampered);
  expect(await previewFile(district, tamperedPath, 'tampered.asreg')).toBe('refused');
  await expect(district.getByTestId('import-refusal')).toHaveText(
    'Подпись не сходится: файл изменён после подписания или повреждён.',
  );
  await expect(district.getByTestId('import-apply')).toHaveCount(0);
  expect(await storeCount(district, 'cases')).toBe(0);
  expect(await storeCount(district, 'registries')).toBe(0);

  // The real file: every check shown, then applied; the case is received at the district.
  expect(await previewFile(district, registryFile, 'registry.asreg')).toBe('ready');
  await expect(district.getByTestId('check-signature')).toHaveAttribute('data-ok', 'true');
  await expect(district.getByTestId('check-schema')).toHaveAttribute('data-ok', 'true');
  await expect(district.getByTestId(`plan-${caseId}-intake`)).toHaveAttribute('data-action', 'insert');
  await district.getByTestId('import-apply').click();
  await expect(district.getByTestId('import-done')).toBeVisible();
  expect(await storedStatus(district, caseId)).toBe('received-by-district');
  expect(workers.some((url) => url.includes('heavyWorker'))).toBe(true);

  // Receipt scans at the district: the package matches the data.
  await openArea(district, 'registries/list');
  await district.getByTestId('open-22-12-0001').click();
  await scanKazakh(district, caseId);
  await expect(district.getByTestId('custody-complete')).toBeVisible();

  // The same file twice: "already imported", nothing changes.
  const cases = await storeCount(district, 'cases');
  const audit = await storeCount(district, 'audit');
  expect(await previewFile(district, registryFile, 'registry.asreg')).toBe('already-imported');
  await expect(district.getByTestId('import-status')).toContainText('уже импортирован');
  expect(await storeCount(district, 'cases')).toBe(cases);
  expect(await storeCount(district, 'audit')).toBe(audit);
  expect(await storeCount(district, 'registries')).toBe(1);

  // The district's journal shows the case as received.
  await openArea(district, `journal/${caseId}`);
  await expect(district.getByText('Поступило в районный отдел').first()).toBeVisible();
});

test('a file signed with a key the district revoked is refused in Kazakh and nothing is written', async ({
  browser,
  baseURL,
}) => {
  const center = await station(browser, baseURL, {
    officeCode: '22',
    account: account('acc', 'Жұмабаева Сәуле Асқарқызы'),
    roles: ['admin', 'accumulation-inspector'],
  });
  const district = await station(browser, baseURL, {
    officeCode: '12',
    account: account('spec', 'Петрова Анна Ивановна'),
    roles: ['admin', 'district-specialist'],
  });
  const centerCard = await exportCard(center);
  await importCard(center, await exportCard(district));
  await importCard(district, centerCard);

  // Two cases accepted at the ЦОН (written straight into its database), sent in one registry.
  const rows = [makeCase({ surname: 'Әбдірахманова' }), makeCase({ surname: 'Нұрланов' })];
  await seedCases(center, rows);
  await center.reload();
  await signIn(center, account('acc', 'Жұмабаева Сәуле Асқарқызы'));
  await openRegistries(center, 'send');
  await center.getByTestId('export-district').click();
  await center.getByRole('option', { name: /^12 ·/ }).click();
  for (const row of rows) await expect(center.getByTestId(`export-case-${row.id}`)).toBeVisible();
  const registryFile = await download(center, 'export-registry', 'revoked.asreg');
  await expect(center.getByTestId('export-done')).toBeVisible();

  // A package scanned at dispatch that is not in the registry: paper without data.
  await openArea(center, 'registries/list');
  await center.getByTestId('open-22-12-0001').click();
  const stranger = makeCase({ surname: 'Басқа' });
  await scanKazakh(center, stranger.id);
  await expect(center.getByTestId('custody-last')).toHaveAttribute('data-kind', 'not-listed');
  await expect(center.getByTestId('custody-paper-without-data')).toBeVisible();
  await expect(center.getByTestId('custody-missing-paper')).toBeVisible();

  // The district, in Kazakh, revokes the ЦОН's key (say, a stolen PC) after a confirmation.
  await district.getByRole('radiogroup').getByText('Қазақша').click();
  await expect(district.locator('html')).toHaveAttribute('lang', 'kk');
  await openArea(district, 'registries/identity');
  const keyId = JSON.parse(readFileSync(centerCard.path, 'utf8')).keyId as string;
  await district.getByTestId(`revoke-${keyId}`).click();
  await district.getByTestId(`revoke-confirm-${keyId}`).click();
  await expect(district.getByTestId('trusted-22')).toContainText('Кері қайтарылған');

  expect(await previewFile(district, registryFile, 'revoked.asreg')).toBe('refused');
  await expect(district.getByTestId('import-refusal')).toHaveText(
    'Файлға кері қайтарып алынған кілтпен қол қойылған.',
  );
  await expect(district.getByTestId('check-signature')).toHaveAttribute('data-ok', 'false');
  expect(await storeCount(district, 'cases')).toBe(0);
  expect(await storeCount(district, 'registries')).toBe(0);
});
