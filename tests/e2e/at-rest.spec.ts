/**
 * Issue 13 in Chromium: a case accepted through the intake screen leaves no IIN, surname or address
 * in IndexedDB once the user has signed out (what a copied profile shows), and after signing in
 * again the journal finds it by IIN and by a surname prefix through the blind indexes.
 */
import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './helpers/app';
import { IINS, acceptCase, setupIntakeDesk } from './helpers/intake';
import { searchJournal } from './helpers/journal';

/** Every object store of the app's database, read with plain IndexedDB in the page. */
async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('a registered case is sealed in IndexedDB and found again by IIN and surname after signing in', async ({
  page,
}) => {
  const inspector = await setupIntakeDesk(page, { officeCode: '22' });
  const caseId = await acceptCase(page, {
    applicant: { surname: 'Жұмабекова', name: 'Гүлім', iin: IINS.c, street: 'ул. Абая, 150' },
  });
  await signOut(page);

  const dump = await rawDatabase(page);
  expect(dump).toContain(caseId);
  for (const secret of [
    IINS.c,
    IINS.c.slice(0, 8),
    'Жұмабекова',
    'жұмабекова',
    'жумабекова',
    'Гүлім',
    'Абая',
  ])
    expect(dump, secret).not.toContain(secret);

  await signIn(page, inspector);
  await searchJournal(page, IINS.c);
  await expect(page.getByTestId(`journal-row-${caseId}`)).toBeVisible();
  await expect(page.getByTestId(`journal-row-${caseId}`)).toContainText('Жұмабекова');
  await searchJournal(page, IINS.c.slice(0, 5));
  await expect(page.getByTestId(`journal-row-${caseId}`)).toBeVisible();
  await searchJournal(page, 'жумаб');
  await expect(page.getByTestId(`journal-row-${caseId}`)).toBeVisible();
});
