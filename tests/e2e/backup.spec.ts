/**
 * Backup and restore through the settings screen (issue 7 item 3), in the web build: a backup file is
 * downloaded, then restored on a "replacement workstation" (a second browser context, its own database).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, createUser, openArea, setupAndSignIn, signIn } from './helpers/app';

const PASS = 'резерв-2026-пароль';
const CLERK = { login: 'aruzhan', fullName: 'Касымова Аружан Ериковна', password: 'clerk-pass-1' };

async function makeBackup(
  page: Page,
  passphrase = PASS,
): Promise<{ path: string; bytes: Buffer; name: string }> {
  await openArea(page, 'settings/backup');
  await page.getByTestId('backup-passphrase').fill(passphrase);
  await page.getByTestId('backup-passphrase-repeat').fill(passphrase);
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-create').click();
  const file = await download;
  // Outside test-results: other runs sharing the tree may clean that folder meanwhile.
  const path = join(await mkdtemp(join(tmpdir(), 'bk-e2e-')), file.suggestedFilename());
  await file.saveAs(path);
  return { path, bytes: await readFile(path), name: file.suggestedFilename() };
}

async function chooseBackup(page: Page, path: string, passphrase: string) {
  await openArea(page, 'settings/backup');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('restore-choose').click();
  await (await chooser).setFiles(path);
  await page.getByTestId('restore-passphrase').fill(passphrase);
  await page.getByTestId('restore-check').click();
}

async function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const req = indexedDB.open('almaty-social-services');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const n of names) {
            const c = tx.objectStore(n).count();
            c.onsuccess = () => (out[n] = c.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

test('a backup restored on a replacement workstation brings back the accounts; the file hides them', async ({
  page,
  browser,
}) => {
  await setupAndSignIn(page, { officeCode: '22', workstation: 'desk', deskCode: '03' });
  await createUser(page, CLERK, ['center-inspector']);
  const backup = await makeBackup(page);
  await expect(page.getByText('Резервная копия сохранена')).toBeVisible();
  expect(backup.name).toMatch(/^backup-22-03-\d{4}-\d{2}-\d{2}-\d{4}\.assbak$/);
  // A stolen file: no names, logins or office in it.
  const latin1 = backup.bytes.toString('latin1');
  for (const secret of [CLERK.fullName, ADMIN.fullName, 'Касымова', CLERK.login, '"officeCode"']) {
    expect(latin1.includes(Buffer.from(secret, 'utf8').toString('latin1')), secret).toBe(false);
  }

  const context = await browser.newContext();
  const replacement = await context.newPage();
  await setupAndSignIn(replacement, { officeCode: '22', workstation: 'desk', deskCode: '03' });
  await chooseBackup(replacement, backup.path, PASS);
  const summary = replacement.getByTestId('restore-summary');
  await expect(summary).toContainText(/Резервная копия от \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  await expect(summary).toContainText('рабочее место 22-03');
  await expect(summary).toContainText('пользователей: 2');
  await expect(replacement.getByTestId('restore-other-office')).toHaveCount(0);
  await replacement.getByTestId('restore-confirm').click();
  // The app reloads on the restored data: the clerk, who exists only in the backup, signs in.
  await expect(replacement.getByTestId('sign-in-form')).toBeVisible();
  await signIn(replacement, CLERK);
  await expect(replacement.getByTestId('user-roles')).toHaveText('Инспектор ЦОН');
  const epoch = await replacement.evaluate(() =>
    localStorage.getItem('almaty-social-services.restoreEpoch.22-03'),
  );
  expect(epoch).toBe('1');
  await context.close();
});

test('a wrong passphrase or a damaged file is refused and changes nothing', async ({ page, browser }) => {
  await setupAndSignIn(page);
  const backup = await makeBackup(page);

  const context = await browser.newContext();
  const other = await context.newPage();
  await setupAndSignIn(other, { officeCode: '21' });
  const before = await tableCounts(other);
  await chooseBackup(other, backup.path, 'не тот пароль');
  await expect(other.getByTestId('restore-error')).toHaveText('Неверный пароль резервной копии.');

  const damaged = join(dirname(backup.path), 'damaged.assbak');
  const bytes = Buffer.from(backup.bytes);
  bytes[bytes.length - 50]! ^= 0xff;
  await writeFile(damaged, bytes);
  await chooseBackup(other, damaged, PASS);
  await expect(other.getByTestId('restore-error')).toContainText('проверка целостности не пройдена');

  const truncated = join(dirname(backup.path), 'truncated.assbak');
  await writeFile(truncated, backup.bytes.subarray(0, 200));
  await chooseBackup(other, truncated, PASS);
  await expect(other.getByTestId('restore-error')).toContainText('неполный');

  expect(await tableCounts(other)).toEqual(before);
  await context.close();
});

test('a backup of another office is flagged before it replaces anything', async ({ page, browser }) => {
  await setupAndSignIn(page, { officeCode: '22' });
  const backup = await makeBackup(page);
  const context = await browser.newContext();
  const other = await context.newPage();
  await setupAndSignIn(other, { officeCode: '21' });
  const before = await tableCounts(other);
  await chooseBackup(other, backup.path, PASS);
  await expect(other.getByTestId('restore-other-office')).toBeVisible();
  await other.getByTestId('restore-cancel').click();
  expect(await tableCounts(other)).toEqual(before);
  await context.close();
});
