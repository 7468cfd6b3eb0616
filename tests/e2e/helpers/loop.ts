/**
 * Steps of the whole loop (issue 6): offices in separate browser contexts with their staff and keys,
 * registry files moved between them, the paper scanned, a case opened in the workflow panel.
 * Selectors are data-testids, so the steps work in Russian and Kazakh.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import type { Role } from '@shared/auth/roles';
import { createUser, openArea, setupAndSignIn, signIn, signOut, type TestAccount } from './app';
import { scanKazakh } from './journal';
import { createKeys, exportCard, importCard, openRegistries, previewFile } from './registries';

const tmp = mkdtempSync(join(tmpdir(), 'loop-e2e-'));

export const account = (login: string, fullName: string): TestAccount => ({
  login,
  fullName,
  password: `${login}-pass-1`,
});

/**
 * A new browser context (its own database) set up as an office's main workstation; `keeper` (who
 * holds the keys and sends and receives registries) and the other staff created by the
 * administrator; ends signed in as `keeper` with the office's keys created.
 */
export async function office(
  browser: Browser,
  baseURL: string | undefined,
  officeCode: string,
  keeper: [TestAccount, Role[]],
  staff: [TestAccount, Role[]][] = [],
): Promise<Page> {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    acceptDownloads: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
  });
  const page = await context.newPage();
  await setupAndSignIn(page, { officeCode });
  for (const [a, roles] of [keeper, ...staff]) await createUser(page, a, roles);
  await signOut(page);
  await signIn(page, keeper[0]);
  await createKeys(page);
  return page;
}

/** Both offices trust each other's card (downloaded on one side, chosen in the file chooser). */
export async function exchangeCards(a: Page, b: Page): Promise<void> {
  const cardA = await exportCard(a);
  const cardB = await exportCard(b);
  await importCard(a, cardB);
  await importCard(b, cardA);
}

/** Clicks a button that downloads a file; returns where it was saved. */
export async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(tmp, `${Date.now()}-${name}`);
  await file.saveAs(path);
  return path;
}

export const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

/**
 * Sends the listed cases in one registry to `partnerCode` (a district from a ЦОН, a ЦОН from a
 * district: results); returns the file and the registry number shown.
 */
export async function sendRegistry(
  page: Page,
  partnerCode: string,
  caseIds: string[],
  name: string,
): Promise<{ path: string; number: string }> {
  await openRegistries(page, 'send');
  await page.getByTestId('export-district').click();
  await page.getByRole('option', { name: new RegExp(`^${partnerCode} ·`) }).click();
  for (const id of caseIds) await expect(page.getByTestId(`export-case-${id}`)).toBeVisible();
  await expect(page.locator('[data-testid^="export-case-"]')).toHaveCount(caseIds.length);
  const path = await download(page, 'export-registry', name);
  const done = page.getByTestId('export-done');
  await expect(done).toBeVisible();
  const number = /\d{2}-\d{2}-\d{4}/.exec((await done.textContent()) ?? '')?.[0];
  if (!number) throw new Error('No registry number in the export message');
  return { path, number };
}

/** Imports a registry file: every check passed, applied. */
export async function receiveRegistry(page: Page, path: string): Promise<void> {
  expect(await previewFile(page, path, 'registry.asreg')).toBe('ready');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
}

/** Scans the paper of each case against a registry (Kazakh keyboard layout) until it is complete. */
export async function scanPaper(page: Page, registryNumber: string, caseIds: string[]): Promise<void> {
  await openArea(page, 'registries/list');
  await page.getByTestId(`open-${registryNumber}`).click();
  await expect(page.getByTestId('registry-detail')).toBeVisible();
  for (const [i, id] of caseIds.entries()) {
    await scanKazakh(page, id);
    await expect(page.getByTestId('custody-last')).toHaveAttribute('data-kind', 'listed');
    await expect(page.getByTestId('custody-count')).toContainText(String(i + 1));
  }
  await expect(page.getByTestId('custody-complete')).toBeVisible();
}

/** Signs in (signing out whoever is in) and opens the case's workflow panel. */
export async function openCase(page: Page, user: TestAccount, caseId: string): Promise<void> {
  if (await page.getByTestId('sign-out').isVisible()) await signOut(page);
  await signIn(page, user);
  await openArea(page, `deadlines/${caseId}`);
  await expect(page.getByTestId('workflow-panel')).toHaveAttribute('data-case-id', caseId);
}

/** Presses a step's button and waits for the status it leads to. */
export async function step(page: Page, event: string, status: string): Promise<void> {
  await page.getByTestId(`wf-submit-${event}`).click();
  await expect(page.getByTestId('wf-status')).toHaveAttribute('data-status', status);
}

/** Audit entries of one case, straight from the app's IndexedDB. */
export async function caseAudit(page: Page, caseId: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('audit').objectStore('audit').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as Record<string, unknown>[]).filter((e) => e['caseId'] === id));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    caseId,
  );
}
