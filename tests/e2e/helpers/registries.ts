/**
 * E2E steps for the registry exchange (issue 5): keys, office cards passed as downloads and
 * uploaded with the file chooser, unlocking the keys, registry files moved between contexts.
 * Selectors are data-testids, so the steps work in Russian and Kazakh.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { openArea } from './app';

export const PASSPHRASE = 'ключи учреждения 2026';

/** Creates the office's (or desk's) key pairs as the signed-in administrator. */
export async function createKeys(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await openArea(page, 'registries/identity');
  await expect(page.getByTestId('no-keys')).toBeVisible();
  await page.getByTestId('keys-passphrase').fill(passphrase);
  await page.getByTestId('keys-passphrase-repeat').fill(passphrase);
  await page.getByTestId('keys-create').click();
  await expect(page.getByTestId('own-card')).toBeVisible();
}

/** Saves the own card (a download); returns its path and the fingerprint shown beside it. */
export async function exportCard(page: Page): Promise<{ path: string; fingerprint: string }> {
  await openArea(page, 'registries/identity');
  const fingerprint = (await page.getByTestId('own-fingerprint-digits').textContent()) ?? '';
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-card').click(),
  ]);
  // Saved out of test-results: another run may clean that folder meanwhile.
  const path = join(mkdtempSync(join(tmpdir(), 'office-card-')), download.suggestedFilename());
  await download.saveAs(path);
  return { path, fingerprint };
}

/** Picks a file through the page's file chooser after clicking `button`. */
export async function chooseFile(page: Page, button: string, path: string, name: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(button).click()]);
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: readFileSync(path) });
}

/** Imports a partner card; checks the fingerprint read "by phone" and trusts it. */
export async function importCard(page: Page, card: { path: string; fingerprint: string }): Promise<void> {
  await openArea(page, 'registries/identity');
  await chooseFile(page, 'import-card', card.path, 'card.json');
  await expect(page.getByTestId('card-candidate')).toBeVisible();
  await expect(page.getByTestId('card-fingerprint-digits')).toHaveText(card.fingerprint);
  await page.getByTestId('card-trust').click();
  await expect(page.getByTestId('card-candidate')).toHaveCount(0);
}

/** Opens a registries tab and unlocks the keys when asked. */
export async function openRegistries(page: Page, tab: 'send' | 'receive' | 'list', passphrase = PASSPHRASE) {
  await openArea(page, `registries/${tab}`);
  if (tab === 'list') return;
  const unlock = page.getByTestId('unlock-passphrase');
  const ready = page.getByTestId(tab === 'send' ? 'export-panel' : 'import-panel');
  await expect(unlock.or(ready)).toBeVisible();
  if (await unlock.isVisible()) {
    await unlock.fill(passphrase);
    await page.getByTestId('unlock-submit').click();
    await expect(ready).toBeVisible();
  }
}

/** Imports a registry file up to the preview; returns the status shown. */
export async function previewFile(page: Page, path: string, name = 'file.asreg'): Promise<string | null> {
  await openRegistries(page, 'receive');
  await chooseFile(page, 'import-choose', path, name);
  const status = page.getByTestId('import-status');
  // A 5,000-case file takes seconds to verify and decrypt on a loaded two-core machine.
  await expect(status).toBeVisible({ timeout: 30_000 });
  return status.getAttribute('data-status');
}

/** Reads one stored case's status straight from the app's IndexedDB. */
export async function storedStatus(page: Page, caseId: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('cases').objectStore('cases').get(id);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { status?: string } | undefined)?.status ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    caseId,
  );
}

/** Counts the rows of an object store of the app's IndexedDB. */
export async function storeCount(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
