/**
 * Maslikhat aid payments end to end (issue 6, item 9; digest 3.2 §13 steps 5-6): two browser
 * contexts with separate storage — district office 12 and the Управление (00) — exchange office
 * cards; the district's responsible specialist requests payment of the assigned cases with amounts
 * (a case without an amount is left out with its reason), saves the encrypted file and prints the
 * list; the Управление imports the file and marks the request sent to the Treasury.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Role } from '@shared/auth/roles';
import type { CaseRow } from '@renderer/db/types';
import { createUser, openArea, setupAndSignIn, signIn, signOut, type TestAccount } from './helpers/app';
import { seedCases } from './helpers/journal';
import { makeCase } from '../unit/renderer/journal/fixtures';
import {
  createKeys,
  exportCard,
  importCard,
  PASSPHRASE,
  previewFile,
  storedStatus,
} from './helpers/registries';

test.setTimeout(180_000);

const tmp = mkdtempSync(join(tmpdir(), 'payments-e2e-'));
const DAY = 86_400_000;

async function station(
  browser: Browser,
  baseURL: string | undefined,
  officeCode: string,
  account: TestAccount,
  roles: Role[],
): Promise<Page> {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    acceptDownloads: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
  });
  const page = await context.newPage();
  await setupAndSignIn(page, { officeCode, workstation: 'main', deskCode: '01' });
  await createUser(page, account, roles);
  await signOut(page);
  await signIn(page, account);
  await createKeys(page);
  return page;
}

const account = (login: string, fullName: string): TestAccount => ({
  login,
  fullName,
  password: `${login}-pass-1`,
});

async function download(page: Page, locator: ReturnType<Page['getByTestId']>, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const path = join(tmp, name);
  await file.saveAs(path);
  return path;
}

/** An assigned maslikhat case at district 12, issued in person, with or without an amount. */
function assigned(surname: string, amount?: number): CaseRow {
  const row = makeCase({
    serviceId: 'maslikhat-social-aid',
    channel: 'district',
    surname,
    acceptedAt: Date.now() - 30 * DAY,
  });
  const state = {
    ...row.state,
    status: 'issued-in-person' as const,
    decision: 'approved' as const,
    revisions: { intake: 1, processing: 3, payment: 0 },
    milestones: { ...row.state.milestones, decidedAt: Date.now() - 10 * DAY },
    ...(amount !== undefined ? { amount } : {}),
  };
  return { ...row, status: state.status, state };
}

const flat = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '');

test('district requests payment, the list is printed, the Управление imports and sends to the Treasury', async ({
  browser,
  baseURL,
}) => {
  const resp = account('resp', 'Петрова Анна Ивановна');
  const district = await station(browser, baseURL, '12', resp, ['admin', 'responsible-specialist']);
  const department = await station(browser, baseURL, '00', account('dept', 'Сейтова Айгүл Маратқызы'), [
    'admin',
    'department-specialist',
  ]);
  const districtCard = await exportCard(district);
  const departmentCard = await exportCard(department);
  await importCard(district, departmentCard);
  await importCard(department, districtCard);

  const first = assigned('Ахметова', 25_000.5);
  const second = assigned('Бекова', 12_000);
  const none = assigned('Исаев');
  await seedCases(district, [first, second, none]);
  // Another connection's writes are not observed by the live queries: reload (it signs out).
  await district.reload();
  await signIn(district, resp);

  // The district's responsible specialist: unlock, see the cases, the one without amount left out.
  await openArea(district, 'registries/payments');
  await district.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await district.getByTestId('unlock-submit').click();
  await expect(district.getByTestId(`payment-case-${first.id}`)).toBeVisible();
  await expect(district.getByTestId(`payment-case-${second.id}`)).toBeVisible();
  await expect(district.getByTestId(`payment-left-out-${none.id}`)).toContainText('Не указана сумма');
  await expect(district.getByTestId('payment-chosen-total')).toContainText('37');
  await district.getByTestId('payment-compile').click();
  await expect(district.getByTestId('payment-done')).toContainText('12-00-0001');
  expect(await storedStatus(district, first.id)).toBe('payment-requested');
  expect(await storedStatus(district, none.id)).toBe('issued-in-person');

  // The printed list: case numbers, amounts in tenge, the total.
  const row = district.getByTestId('payment-request-12-00-0001');
  await expect(row).toHaveAttribute('data-status', 'sent');
  const pdf = await download(district, row.getByTestId('payment-print'), 'list.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('12-00-0001');
  expect(text).toContain('₸');
  expect(flat(text)).toContain('25000,50₸');
  expect(flat(text)).toContain('12000,00₸');
  expect(flat(text)).toContain('37000,50₸');
  expect(text.replace(/\D/g, '')).toContain(first.id);
  expect(text).toContain('Ахметова');
  expect(text).not.toContain('Исаев');

  // The encrypted file for the Управление.
  const file = await download(district, row.getByTestId('payment-save-file'), '12-00-0001.asreg');

  // The Управление imports it through the ordinary preview → apply.
  expect(await previewFile(department, file, '12-00-0001.asreg')).toBe('ready');
  await department.getByTestId('import-apply').click();
  await expect(department.getByTestId('import-done')).toBeVisible();
  expect(await storedStatus(department, first.id)).toBe('payment-requested');

  await openArea(department, 'registries/payments');
  const received = department.getByTestId('payment-request-12-00-0001');
  await expect(received).toHaveAttribute('data-status', 'pending');
  expect(flat((await received.getByTestId('payment-request-total').textContent()) ?? '')).toBe('37000,50₸');
  await received.getByTestId('payment-treasury').click();
  await expect(department.getByTestId('payment-message')).toContainText('2');
  await expect(received).toHaveAttribute('data-status', 'treasury');
  expect(await storedStatus(department, first.id)).toBe('sent-to-treasury');
  expect(await storedStatus(department, second.id)).toBe('sent-to-treasury');

  // The same file again: already imported.
  expect(await previewFile(department, file, '12-00-0001.asreg')).toBe('already-imported');
});
