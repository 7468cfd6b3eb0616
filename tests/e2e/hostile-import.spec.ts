/**
 * A trusted but hostile district office (issue 10): district 12, whose card the ЦОН trusts, sends a
 * validly signed results file that writes "approved, 999 999" into a case of district 13. The ЦОН's
 * preview lists the case as refused with its reason in Russian before anything is written; after
 * "Apply the rest" the case is exactly as it was.
 *
 * District 12 is built in Node with shared/crypto and shared/registry (keys, card, the signed file
 * addressed to the card the ЦОН exported from its browser context), as in faults-import.spec.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createOfficeCard, officeCardFileText, type OfficeCard } from '@shared/crypto/office-card';
import { generateOfficeKeys } from '@shared/crypto/office-keys';
import { officeByCode } from '@shared/directory/offices';
import { buildRegistryFile } from '@shared/registry/export';
import { toCaseRow } from '@renderer/cases/caseRow';
import { makeCase } from '../unit/renderer/journal/fixtures';
import { createUser, setupAndSignIn, signIn, signOut, type TestAccount } from './helpers/app';
import { seedCases } from './helpers/journal';
import { chooseFile, createKeys, exportCard, previewFile } from './helpers/registries';

test.setTimeout(120_000);

const ACC: TestAccount = { login: 'acc', fullName: 'Жұмабаева Сәуле Асқарқызы', password: 'acc-pass-1' };
const tmp = mkdtempSync(join(tmpdir(), 'hostile-import-'));

/** The stored case as the app keeps it, read straight from IndexedDB. */
function storedCase(page: Page, id: string) {
  return page.evaluate(
    (caseId) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('almaty-social-services');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('cases').objectStore('cases').get(caseId);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

test('a hostile results file for another district’s case is refused with its reason; the case is unchanged', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    acceptDownloads: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
  });
  const center = await context.newPage();
  await setupAndSignIn(center, { officeCode: '22' });
  await createUser(center, ACC, ['admin', 'accumulation-inspector']);
  await signOut(center);
  await signIn(center, ACC);
  await createKeys(center);
  const centerCard = JSON.parse(readFileSync((await exportCard(center)).path, 'utf8')) as OfficeCard;

  // District 12 in Node; the ЦОН trusts its card.
  const now = new Date();
  const keys = await generateOfficeKeys({ withEncryption: true });
  const district = officeByCode('12')!;
  const card = await createOfficeCard(keys, {
    officeCode: '12',
    name: { ru: district.name.ru, kk: district.name.kk },
    now,
  });
  const cardPath = join(tmp, 'district-12-card.json');
  writeFileSync(cardPath, officeCardFileText(card));
  await chooseFile(center, 'import-card', cardPath, 'card.json');
  await expect(center.getByTestId('card-candidate')).toBeVisible();
  await center.getByTestId('card-trust').click();
  await expect(center.getByTestId('card-candidate')).toHaveCount(0);

  // A ЦОН case on its way to district 13.
  const opened = makeCase({ districtOfficeCode: '13', surname: 'Сәрсенбаева' });
  const victim = toCaseRow(
    opened.intake,
    { ...opened.state, status: 'in-transit', revisions: { intake: 3, processing: 0, payment: 0 } },
    opened.deadlines,
    opened.updatedAt,
  );
  await seedCases(center, [victim]);
  const before = await storedCase(center, victim.id);

  // District 12 claims the processing part and decides it.
  const forged = {
    ...victim.state,
    status: 'result-sent-to-center' as const,
    decision: 'approved' as const,
    amount: 999_999,
    revisions: { intake: 3, processing: 5, payment: 0 },
  };
  const bytes = await buildRegistryFile({
    kind: 'results',
    registryNumber: '12-22-0001',
    sequence: 1,
    createdBy: 'hostile',
    cases: [{ number: victim.id, parts: [{ part: 'processing', owner: '12', revision: 5, data: forged }] }],
    sender: { officeCode: '12', keyId: keys.keyId, signingKey: keys.signing.privateKey },
    recipientCard: centerCard,
    now,
  });
  const file = join(tmp, 'hostile.asreg');
  writeFileSync(file, bytes);

  expect(await previewFile(center, file, 'hostile.asreg')).toBe('ready');
  await expect(center.getByTestId('check-ownership')).toHaveAttribute('data-ok', 'true');
  const held = center.getByTestId(`held-${victim.id}-processing`);
  await expect(held).toHaveAttribute('data-reason', 'owner-mismatch');
  await expect(held).toContainText(
    'Эта часть дела принадлежит другому учреждению: отправитель не вправе её менять.',
  );
  await expect(center.getByTestId(`plan-${victim.id}-processing`)).toHaveAttribute(
    'data-action',
    'not-owner',
  );
  await expect(center.getByTestId('import-apply')).toContainText('Записать остальное (0 дел)');
  await center.getByTestId('import-apply').click();
  await expect(center.getByTestId('import-done')).toBeVisible();
  await expect(center.getByTestId('import-conflicts')).toBeVisible();
  expect(await storedCase(center, victim.id)).toEqual(before);
});
