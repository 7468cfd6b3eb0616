/**
 * Storage faults (issue 7 item 2): a database left by a newer release, and a disk that fills up in the
 * middle of a write. Each shows a clear message and leaves the data as it was.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openArea, setupAndSignIn } from './helpers/app';

const DB = 'almaty-social-services';
const PASS = 'резерв-2026-пароль';

/** Every store's rows, read with the raw API (never through the app's Dexie, which might upgrade). */
async function rawDump(page: Page): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  return page.evaluate(
    (name) =>
      new Promise<{ version: number; stores: Record<string, unknown[]> }>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          const stores: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            resolve({ version: db.version, stores });
            return;
          }
          const tx = db.transaction(names, 'readonly');
          for (const n of names) {
            const all = tx.objectStore(n).getAll();
            all.onsuccess = () => (stores[n] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve({ version: db.version, stores });
          };
        };
      }),
    DB,
  );
}

async function counts(page: Page): Promise<Record<string, number>> {
  const { stores } = await rawDump(page);
  return Object.fromEntries(Object.entries(stores).map(([k, v]) => [k, v.length]));
}

test.describe('a database from a newer release', () => {
  for (const lang of ['ru', 'kk'] as const) {
    test(`shows why it cannot open (${lang}) and touches nothing`, async ({ page }) => {
      // Before any app script: a database at IndexedDB version 990 (Dexie version 99) with a table
      // this release does not know and rows in a table it does.
      await page.addInitScript(
        ({ name, lang }) => {
          localStorage.setItem('almaty-social-services.lang', lang);
          const req = indexedDB.open(name, 990);
          req.onupgradeneeded = () => {
            const db = req.result;
            db.createObjectStore('settings', { keyPath: 'key' }).put({
              key: 'office',
              value: { officeCode: '22', workstation: 'main', deskCode: '00', configuredAt: 1 },
            });
            db.createObjectStore('futureThings', { keyPath: 'id' }).put({ id: 'f1', note: 'из будущего' });
          };
          req.onsuccess = () => req.result.close();
        },
        { name: DB, lang },
      );
      await page.goto('/');
      const alert = page.getByRole('alert');
      if (lang === 'ru') {
        await expect(alert).toContainText('Данные созданы более новой версией приложения');
      } else {
        await expect(alert).toContainText('Деректерді қолданбаның жаңарақ нұсқасы жасаған');
      }
      await expect(page.getByTestId('sign-in-form')).toHaveCount(0);
      await expect(page.getByTestId('setup-next')).toHaveCount(0);
      // Give a stray open or upgrade time to happen, then check nothing did.
      await page.waitForTimeout(500);
      const after = await rawDump(page);
      expect(after.version).toBe(990);
      expect(Object.keys(after.stores).sort()).toEqual(['futureThings', 'settings']);
      expect(after.stores.futureThings).toEqual([{ id: 'f1', note: 'из будущего' }]);
      expect(after.stores.settings).toHaveLength(1);
    });
  }
});

test('a disk that fills up during a restore: a clear message, the previous data whole', async ({
  page: target,
  context,
  browser,
}) => {
  // A backup several megabytes large: the source office (another browser context) gets bulky drafts.
  const sourceContext = await browser.newContext();
  const page = await sourceContext.newPage();
  await setupAndSignIn(page, { officeCode: '22' });
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('drafts', 'readwrite');
          // Random text: Chromium compresses IndexedDB values, so a repeated letter would weigh nothing.
          const random = () => {
            const bytes = crypto.getRandomValues(new Uint8Array(48_000));
            return btoa(String.fromCharCode(...bytes));
          };
          for (let i = 0; i < 80; i++) {
            const filler = random();
            tx.objectStore('drafts').put({
              id: `big-${i}`,
              userId: 'u',
              form: { text: `${i}-${filler}` },
              serviceId: null,
              label: `draft ${i}`,
              createdAt: i,
              updatedAt: i,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    DB,
  );
  await openArea(page, 'settings/backup');
  await page.getByTestId('backup-passphrase').fill(PASS);
  await page.getByTestId('backup-passphrase-repeat').fill(PASS);
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-create').click();
  const file = await download;
  const path = join(await mkdtemp(join(tmpdir(), 'bk-e2e-')), file.suggestedFilename());
  await file.saveAs(path);
  expect((await readFile(path)).length).toBeGreaterThan(1_000_000);

  await sourceContext.close();

  // The disk is nearly full: room for the office's own data, not for the backup's megabytes.
  // Chromium keeps an origin's quota once it has written there, so the override comes first.
  await target.goto('/');
  const origin = new URL(target.url()).origin;
  const cdp = await context.newCDPSession(target);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_500_000 });
  await setupAndSignIn(target, { officeCode: '22' });
  const before = await rawDump(target);

  await openArea(target, 'settings/backup');
  const chooser = target.waitForEvent('filechooser');
  await target.getByTestId('restore-choose').click();
  await (await chooser).setFiles(path);
  await target.getByTestId('restore-passphrase').fill(PASS);
  await target.getByTestId('restore-check').click();
  await expect(target.getByTestId('restore-summary')).toBeVisible();
  await target.getByTestId('restore-confirm').click();
  const error = target.getByTestId('restore-error');
  await expect(error).toContainText('Недостаточно места для данных на диске');
  await expect(error).toContainText('Прежние данные не изменены');

  // Nothing half-written: every table as it was; the app carries on.
  expect(await rawDump(target)).toEqual(before);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await target.reload();
  await expect(target.getByTestId('sign-in-form')).toBeVisible();
  expect((await counts(target)).drafts).toBe(0);
});
