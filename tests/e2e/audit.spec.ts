/**
 * Audit viewer (issue 6, item 7): the log names people by full name, filters by user, and its CSV
 * export asks first (personal data), downloads the filtered rows and records itself.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AuditEvent } from '@renderer/db/types';
import { formatCaseNumber } from '@shared/case-number';
import { makeCase } from '../unit/renderer/journal/fixtures';
import {
  ADMIN,
  createUser,
  openArea,
  setupAndSignIn,
  setupOffice,
  signIn,
  signOut,
  type TestAccount,
} from './helpers/app';
import { seedCases } from './helpers/journal';

const HEAD: TestAccount = { login: 'erlan', fullName: 'Жумабаев Ерлан Серикович', password: 'erlan-pass-1' };

async function openAudit(page: Page) {
  await openArea(page, 'audit');
  await expect(page.getByTestId('audit-page')).toBeVisible();
}

const row = (page: Page, action: string) =>
  page.locator(`[data-testid="audit-row"][data-action="${action}"]`);

test('lists setup, sign-in and the new account with full names; filters by user', async ({ page }) => {
  await setupAndSignIn(page);
  await createUser(page, HEAD, ['district-head']);
  await openAudit(page);
  await expect(page.getByTestId('nav-audit')).toHaveText('Журнал действий');

  await expect(row(page, 'setup.completed')).toHaveCount(1);
  const signedIn = row(page, 'auth.signed-in');
  await expect(signedIn).toHaveCount(1);
  await expect(signedIn.getByTestId('audit-row-user')).toHaveText(ADMIN.fullName);
  await expect(signedIn.getByTestId('audit-row-action')).toHaveText('Вход в систему');
  const created = row(page, 'user.created');
  await expect(created.getByTestId('audit-row-user')).toHaveText(ADMIN.fullName);
  await expect(created.getByTestId('audit-row-action')).toHaveText('Создана учётная запись');
  await expect(created.getByTestId('audit-row-details')).toContainText(HEAD.fullName);
  await expect(created.getByTestId('audit-row-details')).toContainText('Руководитель');
  // Newest first: the account was created after the sign-in.
  await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'user.created');
  await expect(page.getByTestId('audit-total')).toHaveText('Найдено 3 записи');

  // The district head sees the log too; filtered to him, only his own sign-in remains.
  await signOut(page);
  await signIn(page, HEAD);
  await openAudit(page);
  await page.getByTestId('audit-user').selectOption({ label: `${HEAD.fullName} (${HEAD.login})` });
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
  await expect(row(page, 'auth.signed-in').getByTestId('audit-row-user')).toHaveText(HEAD.fullName);
  await expect(page.getByTestId('audit-total')).toHaveText('Найдена 1 запись');

  // Filtered to the administrator: setup, sign-in, account creation, sign-out.
  await page.getByTestId('audit-user').selectOption({ label: `${ADMIN.fullName} (${ADMIN.login})` });
  await expect(page.getByTestId('audit-row')).toHaveCount(4);
  await expect(row(page, 'auth.signed-out')).toHaveCount(1);
  for (const name of await page.getByTestId('audit-row-user').allTextContents())
    expect(name).toBe(ADMIN.fullName);

  // An action filter narrows further; a case number with letters is refused with a message.
  await page.getByTestId('audit-action').selectOption({ label: 'Создана учётная запись' });
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
  await page.getByTestId('audit-case').fill('12A');
  await expect(page.getByText('Номер дела состоит только из цифр')).toBeVisible();
  await expect(page.getByTestId('audit-export')).toBeDisabled();
  await page.getByTestId('audit-case').fill('20000026000011');
  await expect(page.getByTestId('audit-empty')).toBeVisible();
});

test('a user whose role lacks the audit area does not see it', async ({ page }) => {
  const clerk: TestAccount = { login: 'clerk', fullName: 'Ахметова Дина Каировна', password: 'clerk-pass-1' };
  await setupAndSignIn(page);
  await createUser(page, clerk, ['center-inspector']);
  await signOut(page);
  await signIn(page, clerk);
  await expect(page.getByTestId('nav-audit')).toHaveCount(0);
  await openArea(page, 'audit');
  await expect(page.getByTestId('audit-page')).toHaveCount(0);
});

test('CSV export warns about personal data, downloads the filtered rows and records itself', async ({
  page,
}) => {
  await setupAndSignIn(page);
  await createUser(page, HEAD, ['district-head']);
  await openAudit(page);
  await page.getByTestId('audit-action').selectOption({ label: 'Создана учётная запись' });
  await expect(page.getByTestId('audit-row')).toHaveCount(1);

  // First the warning; cancelling downloads nothing and records nothing.
  await page.getByTestId('audit-export').click();
  await expect(page.getByRole('dialog')).toContainText('Файл будет содержать персональные данные');
  await expect(page.getByTestId('audit-export-warning')).toContainText('фамилии сотрудников');
  await page.getByTestId('audit-export-cancel').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByTestId('audit-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('audit-export-confirm').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^журнал-действий-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Дата и время (Алматы);Пользователь;Код пользователя;Действие;Код действия;Номер дела;Что изменилось',
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`;${ADMIN.fullName};`);
  expect(lines[1]).toContain(';Создана учётная запись;user.created;');
  expect(lines[1]).toContain(HEAD.fullName);
  await expect(page.getByTestId('audit-message')).toHaveText('Выгружена 1 запись.');

  // The export is itself on record, by the administrator, with the filter it used.
  await page.getByTestId('audit-action').selectOption({ label: 'Выгрузка журнала действий' });
  const exported = row(page, 'audit.exported');
  await expect(exported).toHaveCount(1);
  await expect(exported.getByTestId('audit-row-user')).toHaveText(ADMIN.fullName);
  await expect(exported.getByTestId('audit-row-details')).toContainText('1 запись');
  await expect(exported.getByTestId('audit-row-details')).toContainText('Действие: Создана учётная запись');
});

/** Appends audit events as another part of the app would (the page must have opened the database). */
async function seedAudit(page: Page, events: AuditEvent[]): Promise<void> {
  await page.evaluate(
    (events) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('audit', 'readwrite');
          for (const e of events) tx.objectStore('audit').add(e);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    events,
  );
}

test('a case step shows the case as a link to the journal and the status change; filter by a typed case number', async ({
  page,
}) => {
  await setupOffice(page);
  const withdrawn = makeCase({ surname: 'Қасымов', acceptedAt: Date.now() - 3_600_000 });
  const other = makeCase({ acceptedAt: Date.now() - 3_600_000 });
  await seedCases(page, [withdrawn, other]);
  const at = Date.now() - 60_000;
  await seedAudit(page, [
    {
      at,
      userId: 'inspector-1',
      action: 'case.withdraw' as AuditEvent['action'],
      caseId: withdrawn.id,
      details: { from: 'accepted', to: 'withdrawn', reason: 'Заявитель передумал' },
    },
    { at, userId: 'inspector-1', action: 'case.registered', caseId: other.id, details: {} },
  ]);
  await page.reload();
  await signIn(page, ADMIN);
  await openAudit(page);
  const step = row(page, 'case.withdraw');
  await expect(step.getByTestId('audit-row-details')).toHaveText(
    'Принято → Заявление отозвано; причина: Заявитель передумал',
  );
  // A user id this installation does not know is shown as stored, never hidden.
  await expect(step.getByTestId('audit-row-user')).toHaveText('inspector-1');
  await page.getByTestId('audit-case').fill(formatCaseNumber(withdrawn.id, '-'));
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
  const link = page.getByTestId('audit-row-case');
  await expect(link).toHaveText(formatCaseNumber(withdrawn.id));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/journal/${withdrawn.id}$`));
});

test('pages of 50, newest first, and Kazakh texts', async ({ page }) => {
  await setupOffice(page, { lang: 'kk' });
  const start = Date.now() - 2 * 3_600_000;
  await seedAudit(
    page,
    Array.from({ length: 60 }, (_, i) => ({
      at: start + i * 60_000,
      userId: null,
      action: 'auth.sign-in-failed' as const,
      details: { login: `guest${i}` },
    })),
  );
  await page.reload();
  await signIn(page, ADMIN);
  await openAudit(page);
  await expect(page.getByTestId('nav-audit')).toHaveText('Әрекеттер журналы');
  // 60 failed sign-ins + setup + sign-in = 62; the newest (this sign-in) on top.
  await expect(page.getByTestId('audit-total')).toHaveText('62 жазба табылды');
  await expect(page.getByTestId('audit-row')).toHaveCount(50);
  await expect(page.getByTestId('audit-row').first().getByTestId('audit-row-action')).toHaveText(
    'Жүйеге кіру',
  );
  await expect(page.getByTestId('audit-row').nth(1).getByTestId('audit-row-details')).toHaveText(
    'логин «guest59»',
  );
  await expect(page.getByTestId('audit-prev')).toBeDisabled();
  await page.getByTestId('audit-next').click();
  await expect(page.getByTestId('audit-row')).toHaveCount(12);
  await expect(page.getByTestId('audit-range')).toHaveText('51–62 жазбалар');
  await expect(page.getByTestId('audit-row').first().getByTestId('audit-row-details')).toHaveText(
    'логин «guest10»',
  );
  await expect(page.getByTestId('audit-row').last()).toHaveAttribute('data-action', 'setup.completed');
  await expect(page.getByTestId('audit-next')).toBeDisabled();
});
