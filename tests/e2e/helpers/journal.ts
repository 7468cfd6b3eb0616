/**
 * E2E steps for the journal and the case page: barcode scans as a keyboard wedge types them, and
 * (for screens tested apart from intake) cases written straight into the app's IndexedDB.
 */
import { expect, type Page } from '@playwright/test';
import type { CaseRow } from '@renderer/db/types';
import { caseSortKeys } from '@shared/case/sortKeys';

/** The Kazakh layout's digit row (docs/decisions.md): what a wedge scanner "types" under it. */
export const KAZAKH_DIGIT_ROW: Record<string, string> = {
  '1': '"',
  '2': 'ә',
  '3': 'і',
  '4': 'ң',
  '5': 'ғ',
  '6': ',',
  '7': '.',
  '8': 'ү',
  '9': 'ұ',
  '0': 'қ',
};

/**
 * A scan as a wedge scanner under the Kazakh layout sends it: keydown events whose `code` is the
 * physical digit key and whose `key` is the Kazakh letter, fast, then Enter. `page.keyboard` cannot
 * set code and key independently, so the events are dispatched in the page, to the focused element.
 */
export async function scanKazakh(page: Page, digits: string): Promise<void> {
  await page.evaluate(
    ({ digits, row }) => {
      const target = document.activeElement ?? document.body;
      const send = (code: string, key: string) =>
        target.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true }));
      for (const d of digits) send(`Digit${d}`, row[d]!);
      send('Enter', 'Enter');
    },
    { digits, row: KAZAKH_DIGIT_ROW },
  );
}

/**
 * A scan as trusted key presses through the DevTools protocol, which sets each event's timestamp:
 * the keys arrive `gapMs` apart whatever the machine's load, type their Kazakh letters into a
 * focused field like a real keyboard, and carry the physical `code` of the digit keys.
 */
export async function scanKazakhTrusted(page: Page, digits: string, gapMs = 5): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let at = Date.now() / 1000;
  const press = async (code: string, key: string, text: string, keyCode: number) => {
    await cdp.send('Input.dispatchKeyEvent', {
      type: text ? 'keyDown' : 'rawKeyDown',
      code,
      key,
      text,
      unmodifiedText: text,
      windowsVirtualKeyCode: keyCode,
      timestamp: at,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      code,
      key,
      windowsVirtualKeyCode: keyCode,
      timestamp: at,
    });
    at += gapMs / 1000;
  };
  for (const d of digits)
    await press(`Digit${d}`, KAZAKH_DIGIT_ROW[d]!, KAZAKH_DIGIT_ROW[d]!, 48 + Number(d));
  await press('Enter', 'Enter', '\r', 13);
  await cdp.detach();
}

/**
 * Writes case rows into the app's database (the page must have opened it: call after setup), then
 * reloads, since another connection's writes are not observed by the app's live queries. The rows
 * are plaintext, like rows from before version 6: the next sign-in seals them (issue 13).
 */
export async function seedCases(page: Page, cases: CaseRow[]): Promise<void> {
  // Written past Dexie: the sortable keys its cases middleware sets on every write are added here.
  const rows = cases.map((row) => ({ ...row, ...caseSortKeys(row) }));
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'settings'], 'readwrite');
          for (const row of rows) tx.objectStore('cases').put(row);
          // Plaintext rows, as stored before version 6: the next sign-in seals them (issue 13).
          tx.objectStore('settings').delete('atRestMigration');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

/** Opens the journal and types into its search box. */
export async function searchJournal(page: Page, text: string): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/journal';
  });
  const box = page.getByTestId('journal-search');
  await expect(box).toBeVisible();
  await box.fill(text);
}
