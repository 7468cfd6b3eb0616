/**
 * Interrupted import (issue 7, item 2): district office 12 imports a 5,000-case registry and the page
 * is reloaded — or closed — while the cases are being written. Afterwards the database holds all of
 * the registry or none of it (rows counted straight from IndexedDB after reopening), and the same
 * file then imports completely.
 *
 * The sending ЦОН is built in Node with shared/crypto and shared/registry (its keys, its card, the
 * signed and encrypted file addressed to the card the district exported from its own browser
 * context): compiling 5,000 cases through the ЦОН's UI would add ~20 s and prove nothing here.
 */
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOfficeCard, officeCardFileText, type OfficeCard } from '@shared/crypto/office-card';
import { generateOfficeKeys } from '@shared/crypto/office-keys';
import { officeByCode } from '@shared/directory/offices';
import { buildRegistryFile } from '@shared/registry/export';
import { ownedParts } from '@renderer/registry/parts';
import { caseGenerator } from '../bench/page/generate';
import { createUser, setupAndSignIn, signIn, signOut, type TestAccount } from './helpers/app';
import { chooseFile, createKeys, exportCard, previewFile, storeCount } from './helpers/registries';

const COUNT = 5_000;
// 5,000 cases, slow on purpose. Measured on the shared 2-core machine (load 4-7 from other runs):
// reload test 42 s (interrupted at 10 % after 5 s; the complete apply 28.5 s), close test 14 s.
// Before the import's plan table was memoised the complete apply alone took 174 s. Timeouts leave
// room for a busier machine.
test.setTimeout(180_000);

const SPEC: TestAccount = { login: 'spec', fullName: 'Петрова Анна Ивановна', password: 'spec-pass-1' };
const tmp = mkdtempSync(join(tmpdir(), 'faults-import-'));

/** District office 12 with its keys, trusting a ЦОН 22 made in Node; returns the registry file. */
async function districtWithRegistry(browser: Browser, baseURL: string | undefined, name: string) {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    acceptDownloads: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
  });
  const page = await context.newPage();
  await setupAndSignIn(page, { officeCode: '12' });
  await createUser(page, SPEC, ['admin', 'district-specialist']);
  await signOut(page);
  await signIn(page, SPEC);
  await createKeys(page);
  const districtCard = JSON.parse(readFileSync((await exportCard(page)).path, 'utf8')) as OfficeCard;

  // The ЦОН: keys and card in Node; the district trusts the card (file chooser, fingerprint shown).
  const now = new Date();
  const keys = await generateOfficeKeys({ withEncryption: true });
  const center = officeByCode('22')!;
  const card = await createOfficeCard(keys, {
    officeCode: '22',
    name: { ru: center.name.ru, kk: center.name.kk },
    now,
  });
  const cardPath = join(tmp, `${name}-card.json`);
  writeFileSync(cardPath, officeCardFileText(card));
  await chooseFile(page, 'import-card', cardPath, 'card.json');
  await expect(page.getByTestId('card-candidate')).toBeVisible();
  await page.getByTestId('card-trust').click();
  await expect(page.getByTestId('card-candidate')).toHaveCount(0);

  const gen = caseGenerator(20_261_126);
  const rows = Array.from({ length: COUNT }, () =>
    gen.next({ channel: 'center', acceptingOfficeCode: '22', districtOfficeCode: '12', openOnly: true }),
  );
  const bytes = await buildRegistryFile({
    kind: 'registry',
    registryNumber: '22-12-0001',
    sequence: 1,
    createdBy: 'faults-import',
    cases: rows.map((r) => ownedParts(r, '22')),
    sender: { officeCode: '22', keyId: keys.keyId, signingKey: keys.signing.privateKey },
    recipientCard: districtCard,
    now,
  });
  const file = join(tmp, `${name}.asreg`);
  writeFileSync(file, bytes);
  return { page, file };
}

/** Previews the file, presses Apply and waits until the write is well under way (≥ 10 %, < 100 %). */
async function applyUntilMidway(page: Page, file: string) {
  expect(await previewFile(page, file, 'registry.asreg')).toBe('ready');
  await expect(page.getByTestId('import-count')).toHaveText(String(COUNT));
  await page.getByTestId('import-apply').click();
  const bar = page.getByTestId('registry-progress').getByRole('progressbar');
  await expect
    .poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0), {
      timeout: 60_000,
      intervals: [50],
    })
    .toBeGreaterThanOrEqual(10);
  const value = Number(await bar.getAttribute('aria-valuenow'));
  expect(value).toBeLessThan(100);
  await expect(page.getByTestId('import-done')).toHaveCount(0);
  return value;
}

/** Rows after reopening: all of the registry or none of it. */
async function allOrNone(page: Page): Promise<'all' | 'none'> {
  const counts = {
    cases: await storeCount(page, 'cases'),
    registries: await storeCount(page, 'registries'),
    caseParts: await storeCount(page, 'caseParts'),
  };
  const none = { cases: 0, registries: 0, caseParts: 0 };
  if (counts.cases === 0) {
    expect(counts).toEqual(none);
    return 'none';
  }
  expect(counts.cases).toBe(COUNT);
  expect(counts.registries).toBe(1);
  return 'all';
}

/**
 * Signs in again and previews the same file: nothing of it on record after "none" (ready to import),
 * everything after "all". With `complete`, imports it to the end.
 */
async function importAgain(page: Page, file: string, state: 'all' | 'none', complete: boolean) {
  await signIn(page, SPEC);
  const status = await previewFile(page, file, 'registry.asreg');
  if (state === 'all') {
    expect(status).toBe('already-imported');
    return;
  }
  expect(status).toBe('ready');
  if (!complete) return;
  const t0 = Date.now();
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 150_000 });
  test.info().annotations.push({ type: 'complete apply', description: `${Date.now() - t0} ms` });
  expect(await storeCount(page, 'cases')).toBe(COUNT);
  expect(await storeCount(page, 'registries')).toBe(1);
}

test('the page reloaded in the middle of a 5,000-case import: all of it or none, then the import completes', async ({
  browser,
  baseURL,
}) => {
  const { page, file } = await districtWithRegistry(browser, baseURL, 'reload');
  const t0 = Date.now();
  const at = await applyUntilMidway(page, file);
  test
    .info()
    .annotations.push({ type: 'interrupted at', description: `${at} % after ${Date.now() - t0} ms` });
  await page.reload();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  const state = await allOrNone(page);
  test.info().annotations.push({ type: 'after reload', description: state });
  await importAgain(page, file, state, true);
});

test('the page closed in the middle of a 5,000-case import: all of it or none, and the file is still new to the office', async ({
  browser,
  baseURL,
}) => {
  const { page, file } = await districtWithRegistry(browser, baseURL, 'close');
  const context = page.context();
  const t0 = Date.now();
  const at = await applyUntilMidway(page, file);
  test
    .info()
    .annotations.push({ type: 'interrupted at', description: `${at} % after ${Date.now() - t0} ms` });
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto('/');
  await expect(reopened.getByTestId('sign-in-form')).toBeVisible();
  const state = await allOrNone(reopened);
  test.info().annotations.push({ type: 'after close', description: state });
  // The complete import is shown once, after the reload; here the file is still new to the office.
  await importAgain(reopened, file, state, false);
});
