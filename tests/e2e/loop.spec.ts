/**
 * The whole loop (issue 6, "tests that must exist"): ЦОН 22 and district office 12 in two browser
 * contexts with separate databases. A housing-assistance case accepted at the ЦОН's intake screen
 * travels by registry (cards exchanged, file exported and imported, paper scanned on both sides),
 * goes through every district role to an assignment notice printed in Kazakh, comes back in a
 * results registry, its paper is scanned in at the ЦОН and the inspector issues it to the applicant
 * on presentation of the receipt. Then: a targeted-assistance case refused with two grounds, and an
 * incomplete package returned to the ЦОН and sent again in a later registry.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Role } from '@shared/auth/roles';
import { makeCase } from '../unit/renderer/journal/fixtures';
import { ADMIN, createUser, openArea, setupOffice, signIn, signOut, type TestAccount } from './helpers/app';
import { acceptCase } from './helpers/intake';
import { seedCases } from './helpers/journal';
import {
  account,
  caseAudit,
  download,
  exchangeCards,
  office,
  openCase,
  pdfText,
  receiveRegistry,
  scanPaper,
  sendRegistry,
  step,
} from './helpers/loop';
import { storedStatus } from './helpers/registries';

test.setTimeout(240_000);

// ЦОН 22: the accumulation department (keys, registries) and the counter inspector.
const ACC = account('acc', 'Жұмабаева Сәуле Асқарқызы');
const INSP = account('insp', 'Өмірбекова Гүлнар Серікқызы');
// District office 12: the specialist (keys, registries, journal) and the district roles.
const SPEC = account('spec', 'Петрова Анна Ивановна');
const HEAD = account('head', 'Нурланов Серик Болатович');
const RESP = account('resp', 'Омарова Жанар Каировна');
const COMM = account('comm', 'Бекова Алия Маратовна');

const CENTER_KEEPER: [TestAccount, Role[]] = [ACC, ['admin', 'accumulation-inspector']];
const CENTER_STAFF: [TestAccount, Role[]][] = [[INSP, ['center-inspector']]];
const DISTRICT_KEEPER: [TestAccount, Role[]] = [SPEC, ['admin', 'district-specialist']];
const DISTRICT_STAFF: [TestAccount, Role[]][] = [
  [HEAD, ['district-head']],
  [RESP, ['responsible-specialist']],
  [COMM, ['commission-member']],
];

const status = (page: Page) => page.getByTestId('wf-status');

/** The district specialist registers a received package and passes it to the head. */
async function registerAndPass(district: Page, caseId: string) {
  await openCase(district, SPEC, caseId);
  await expect(status(district)).toHaveAttribute('data-status', 'received-by-district');
  const journal = district.getByTestId('wf-journal-number');
  if ((await journal.inputValue()) === '') await journal.fill(`12-0001/${caseId.slice(-6)}`);
  await step(district, 'register', 'registered');
  await step(district, 'pass-to-head', 'head-review');
}

test('a housing case from the ЦОН goes to the district and back: every role, a Kazakh notice, issued at the ЦОН', async ({
  browser,
  baseURL,
}) => {
  const center = await office(browser, baseURL, '22', CENTER_KEEPER, CENTER_STAFF);
  const district = await office(browser, baseURL, '12', DISTRICT_KEEPER, DISTRICT_STAFF);
  await exchangeCards(center, district);

  // The ЦОН inspector accepts the application at the intake screen.
  await signOut(center);
  await signIn(center, INSP);
  await openArea(center, 'intake');
  const caseId = await acceptCase(center, {
    answers: { dwelling: 'individual-house' },
    applicant: { district: 'almaly' },
    printLang: 'kk',
  });
  expect(caseId.slice(0, 2)).toBe('22');
  expect(await storedStatus(center, caseId)).toBe('accepted');

  // The accumulation department sends it to district office 12 and scans the package out.
  await signOut(center);
  await signIn(center, ACC);
  const out = await sendRegistry(center, '12', [caseId], 'registry.asreg');
  expect(out.number).toBe('22-12-0001');
  expect(await storedStatus(center, caseId)).toBe('in-transit');
  await scanPaper(center, out.number, [caseId]);

  // The district imports the file and scans the package in.
  await receiveRegistry(district, out.path);
  expect(await storedStatus(district, caseId)).toBe('received-by-district');
  await scanPaper(district, out.number, [caseId]);

  // Every district role in turn.
  await registerAndPass(district, caseId);
  await openCase(district, HEAD, caseId);
  await district.getByTestId('wf-assignee').click();
  await district.getByRole('option', { name: RESP.fullName }).click();
  await step(district, 'assign', 'with-specialist');
  await openCase(district, RESP, caseId);
  await step(district, 'send-to-commission', 'at-housing-commission');

  // The housing commission: assign, 12 months, 18 500 ₸; the notice printed in Kazakh.
  await openCase(district, COMM, caseId);
  await district.getByRole('radiogroup').getByText('Қазақша').click();
  await expect(district.locator('html')).toHaveAttribute('lang', 'kk');
  await district.getByTestId('wf-outcome-approved').check();
  await district.getByTestId('wf-amount').fill('18500');
  await expect(district.getByTestId('wf-period')).toHaveValue('12');
  await step(district, 'decide', 'decided-approved');
  const notice = pdfText(await download(district, 'wf-print-notification-of-assignment', 'notice.pdf'));
  expect(notice.replace(/\D/g, '')).toContain(caseId);
  expect(notice).toContain('тағайындау');
  expect(notice).toContain('Қасымов');
  expect(notice).toMatch(/18\s500/);
  expect(notice).not.toMatch(/назначен/i);
  await district.getByRole('radiogroup').getByText('Русский').click();
  await expect(district.locator('html')).toHaveAttribute('lang', 'ru');

  // The head signs; the responsible specialist sends the result to the ЦОН.
  await openCase(district, HEAD, caseId);
  await step(district, 'sign-result', 'result-signed');
  await openCase(district, RESP, caseId);
  await expect(district.getByTestId('wf-delivery-post')).toHaveCount(0);
  await step(district, 'send-result-to-center', 'result-sent-to-center');

  // The results registry back to ЦОН 22.
  await signOut(district);
  await signIn(district, SPEC);
  const back = await sendRegistry(district, '22', [caseId], 'results.asreg');
  expect(back.number).toBe('12-22-0001');

  // The ЦОН imports it, scans the returning paper in: ready for pickup.
  await receiveRegistry(center, back.path);
  expect(await storedStatus(center, caseId)).toBe('result-at-center');
  await scanPaper(center, back.number, [caseId]);
  await expect.poll(() => storedStatus(center, caseId)).toBe('ready-for-pickup');

  // The inspector hands it over on presentation of the receipt; who and when are on record.
  await openCase(center, INSP, caseId);
  await expect(status(center)).toHaveAttribute('data-status', 'ready-for-pickup');
  await expect(center.getByTestId('wf-recipient')).toHaveValue('Қасымов Әли Серікұлы');
  await expect(center.getByTestId('wf-submit-issue')).toBeDisabled();
  await center.getByTestId('wf-receipt-presented').check();
  const before = Date.now();
  await step(center, 'issue', 'issued-by-center');
  await expect(center.getByTestId('wf-nothing')).toBeVisible();
  const issued = (await caseAudit(center, caseId)).find((e) => e['action'] === 'case.issue');
  expect(issued).toBeDefined();
  expect(issued!['at'] as number).toBeGreaterThanOrEqual(before - 1000);
  expect(issued!['userId']).toBeTruthy();
  // Who received it is personal data: kept in the entry's sealed details, not in clear (issue 13).
  expect(issued!['sealed']).toBeDefined();
  expect(issued!['details']).toBeUndefined();
  expect(JSON.stringify(issued)).not.toContain('Қасымов');
});

/** The text of a ground's checkbox, without its number, spaces folded. */
async function groundText(page: Page, i: number): Promise<string> {
  const id = await page.getByTestId(`wf-ground-${i}`).getAttribute('id');
  const label = (await page.locator(`label[for="${id}"]`).textContent()) ?? '';
  return fold(label.replace(/^\s*\d+\.\s*/, ''));
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a targeted-assistance case refused with two grounds: the motivated refusal cites both', async ({
  page,
}) => {
  // The intake UI path is proven above; here the case is written into the district's database.
  const tsa = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    serviceId: 'targeted-social-assistance',
    surname: 'Әбдірахманова',
    acceptedAt: Date.now() - 3_600_000,
    status: 'draft-decision',
  });
  await setupOffice(page, { officeCode: '12' });
  await seedCases(page, [tsa]);
  await page.reload();
  await signIn(page, ADMIN);
  await createUser(page, HEAD, ['district-head']);
  await signOut(page);

  await openCase(page, HEAD, tsa.id);
  await expect(status(page)).toHaveAttribute('data-status', 'draft-decision');
  await page.getByTestId('wf-outcome-refused').check();
  const grounds = [await groundText(page, 0), await groundText(page, 1)];
  expect(grounds[0]).not.toBe(grounds[1]);
  await page.getByTestId('wf-ground-0').check();
  await page.getByTestId('wf-ground-1').check();
  await step(page, 'decide', 'decided-refused');
  const chosen = fold((await page.getByTestId('wf-grounds-chosen').textContent()) ?? '');
  for (const g of grounds) expect(chosen).toContain(g);

  const refusal = fold(pdfText(await download(page, 'wf-print-motivated-refusal', 'refusal.pdf')));
  expect(refusal).toContain('Әбдірахманова');
  expect(refusal.replace(/\D/g, '')).toContain(tsa.id);
  // Each ground's wording (its first words, so a line break in the PDF cannot split the check).
  for (const g of grounds) expect(refusal).toContain(g.split(' ').slice(0, 6).join(' '));
});

test('an incomplete package is returned to the ЦОН with its missing documents and sent again in a later registry', async ({
  browser,
  baseURL,
}) => {
  const center = await office(browser, baseURL, '22', CENTER_KEEPER);
  const district = await office(browser, baseURL, '12', DISTRICT_KEEPER);
  await exchangeCards(center, district);
  // Accepted at the ЦОН (the intake screen is proven in the first test): written into its database.
  const row = makeCase({ channel: 'center', districtOfficeCode: '12', surname: 'Нұрланов' });
  await seedCases(center, [row]);
  await center.reload();
  await signIn(center, ACC);

  const first = await sendRegistry(center, '12', [row.id], 'first.asreg');
  expect(first.number).toBe('22-12-0001');
  await receiveRegistry(district, first.path);

  // The district finds documents missing and returns the package within the step limit.
  await openCase(district, SPEC, row.id);
  await expect(status(district)).toHaveAttribute('data-status', 'received-by-district');
  await expect(district.getByTestId('wf-step-clock-completeness-check')).toBeVisible();
  await district.getByTestId('wf-missing-0').check();
  await district.getByTestId('wf-missing-other').fill('Справка о доходах за квартал');
  await step(district, 'return-incomplete', 'returned-incomplete');
  await expect(district.getByTestId('wf-missing-chosen')).toContainText('Справка о доходах за квартал');
  const missing = pdfText(await download(district, 'wf-print-missing-documents-notice', 'missing.pdf'));
  expect(fold(missing)).toContain('Справка о доходах за квартал');

  // Back to the ЦОН in a results registry: the ЦОН waits for the documents.
  const back = await sendRegistry(district, '22', [row.id], 'back.asreg');
  expect(back.number).toBe('12-22-0001');
  await receiveRegistry(center, back.path);
  expect(await storedStatus(center, row.id)).toBe('center-correcting');

  // The documents brought in, the package goes again in the next registry and is received.
  const again = await sendRegistry(center, '12', [row.id], 'again.asreg');
  expect(again.number).toBe('22-12-0002');
  expect(await storedStatus(center, row.id)).toBe('in-transit');
  await receiveRegistry(district, again.path);
  expect(await storedStatus(district, row.id)).toBe('received-by-district');
  await registerAndPass(district, row.id);
  await expect(district.getByTestId('wf-missing-chosen')).toContainText('Справка о доходах за квартал');
});
