/**
 * District workflow (issue 6, item 1): a walk-in housing case at district office 12 taken through
 * every role — registration, the head's assignment, the responsible specialist, the housing
 * commission's decision, the head's signature, delivery — each by a user holding that role; a user
 * without the role sees the step only as unavailable, with the lifecycle's reason.
 *
 * The walk-in is accepted through the intake screen (tests/e2e/helpers/intake.ts); the cases of the
 * second test are written into the app's database as the intake stores them (seedCases).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Role } from '@shared/auth/roles';
import { ADMIN, createUser, openArea, setupOffice, signIn, signOut, type TestAccount } from './helpers/app';
import { acceptCase, setupIntakeDesk, SPECIALIST } from './helpers/intake';
import { seedCases } from './helpers/journal';
import { makeCase } from '../unit/renderer/journal/fixtures';

const account = (login: string, fullName: string): TestAccount => ({
  login,
  fullName,
  password: `${login}-pass-1`,
});
const SPEC = SPECIALIST;
const HEAD = account('head', 'Нурланов Серик Болатович');
const RESP = account('resp', 'Омарова Жанар Каировна');
const COMM = account('comm', 'Бекова Алия Маратовна');

const STAFF: [TestAccount, Role[]][] = [
  [SPEC, ['district-specialist']],
  [HEAD, ['district-head']],
  [RESP, ['responsible-specialist']],
  [COMM, ['commission-member']],
];

async function officeWithStaff(page: Page, caseRows: ReturnType<typeof makeCase>[]) {
  await setupOffice(page, { officeCode: '12' });
  await seedCases(page, caseRows);
  await page.reload();
  await signIn(page, ADMIN);
  for (const [a, roles] of STAFF) await createUser(page, a, roles);
  await signOut(page);
}

async function openCase(page: Page, user: TestAccount, id: string) {
  await signIn(page, user);
  await openArea(page, `deadlines/${id}`);
  await expect(page.getByTestId('workflow-panel')).toBeVisible();
}

const status = (page: Page) => page.getByTestId('wf-status');

/** The web build downloads a printed PDF; returns where it was saved. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  const file = join(mkdtempSync(join(tmpdir(), 'workflow-')), d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

test('a walk-in housing case accepted at the intake desk goes through every district role to delivery', async ({
  page,
}) => {
  // District specialist of office 12 accepts the application through the intake screen.
  await setupIntakeDesk(page, { officeCode: '12' });
  const caseId = await acceptCase(page, { answers: { dwelling: 'individual-house' } });
  await signOut(page);
  await signIn(page, ADMIN);
  for (const [a, roles] of STAFF.filter(([a]) => a !== SPEC)) await createUser(page, a, roles);
  await signOut(page);
  const row = { id: caseId };

  // District specialist: registration in the incoming-correspondence journal, then to the head.
  await openCase(page, SPEC, row.id);
  await expect(status(page)).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('wf-clock-service')).toBeVisible();
  // The intake gave the incoming number; it is offered for the journal entry.
  await expect(page.getByTestId('wf-journal-number')).toHaveValue(/^12-\d{4}\/\d{6}$/);
  await page.getByTestId('wf-submit-register').click();
  await expect(status(page)).toHaveAttribute('data-status', 'registered');
  await page.getByTestId('wf-submit-pass-to-head').click();
  await expect(status(page)).toHaveAttribute('data-status', 'head-review');
  // The head's step is not the specialist's: shown disabled, with the reason.
  await expect(page.getByTestId('wf-event-assign')).toHaveCount(0);
  await expect(page.getByTestId('wf-blocked-reason-assign')).toHaveText(
    'У вас нет роли, которой разрешён этот шаг.',
  );
  await signOut(page);

  // Head: assigns a responsible specialist chosen among the users holding that role.
  await openCase(page, HEAD, row.id);
  await page.getByTestId('wf-assignee').click();
  await page.getByRole('option', { name: RESP.fullName }).click();
  await page.getByTestId('wf-submit-assign').click();
  await expect(status(page)).toHaveAttribute('data-status', 'with-specialist');
  await expect(page.getByTestId('wf-assignee-name')).toContainText(RESP.fullName);
  await signOut(page);

  // Responsible specialist: prepares and passes to the housing commission.
  await openCase(page, RESP, row.id);
  await page.getByTestId('wf-submit-send-to-commission').click();
  await expect(status(page)).toHaveAttribute('data-status', 'at-housing-commission');
  await signOut(page);

  // Commission member: the decision, with amount and period; the notice is offered for printing.
  await openCase(page, COMM, row.id);
  await page.getByTestId('wf-outcome-approved').check();
  await page.getByTestId('wf-amount').fill('15000');
  await expect(page.getByTestId('wf-period')).toHaveValue('12');
  await page.getByTestId('wf-submit-decide').click();
  await expect(status(page)).toHaveAttribute('data-status', 'decided-approved');
  await expect(page.getByTestId('wf-decision')).toContainText('назначить');
  // Printed at once: the notice names the applicant and the amount.
  const notice = pdfText(
    await download(page, () => page.getByTestId('wf-print-notification-of-assignment').click()),
  );
  expect(notice).toContain('Қасымов');
  expect(notice).toMatch(/15\s000/);
  // The web host downloads it (saved); Electron shows the print dialog.
  await expect(page.getByTestId('wf-print-note')).toHaveText(/Документ (отправлен на печать|сохранён)\./);
  await signOut(page);

  // Head: signature.
  await openCase(page, HEAD, row.id);
  await page.getByTestId('wf-submit-sign-result').click();
  await expect(status(page)).toHaveAttribute('data-status', 'result-signed');
  await signOut(page);

  // Responsible specialist: delivery by post.
  await openCase(page, RESP, row.id);
  await page.getByTestId('wf-delivery-post').check();
  await page.getByTestId('wf-submit-issue').click();
  await expect(status(page)).toHaveAttribute('data-status', 'sent-by-post');
  await expect(page.getByTestId('wf-nothing')).toBeVisible();
});

test('a user without the role cannot take the step; a refusal without grounds is refused with the message', async ({
  page,
}) => {
  const registered = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    acceptedAt: Date.now() - 3_600_000,
  });
  const wheelchair = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    serviceId: 'disability-wheelchair',
    acceptedAt: Date.now() - 3_600_000,
    status: 'draft-decision',
  });
  await officeWithStaff(page, [
    { ...registered, status: 'registered', state: { ...registered.state, status: 'registered' } },
    wheelchair,
  ]);

  // The commission member may not pass a registered case to the head: no form, only the reason.
  await openCase(page, COMM, registered.id);
  await expect(status(page)).toHaveAttribute('data-status', 'registered');
  await expect(page.getByTestId('wf-event-pass-to-head')).toHaveCount(0);
  await expect(page.getByTestId('wf-submit-pass-to-head')).toHaveCount(0);
  await expect(page.getByTestId('wf-blocked-reason-pass-to-head')).toHaveText(
    'У вас нет роли, которой разрешён этот шаг.',
  );
  await signOut(page);

  // The head refuses without choosing a ground: the lifecycle's message, and nothing changes.
  await openCase(page, HEAD, wheelchair.id);
  await page.getByTestId('wf-outcome-refused').check();
  await page.getByTestId('wf-submit-decide').click();
  await expect(page.getByTestId('wf-error')).toHaveText('Для отказа укажите основания.');
  await expect(status(page)).toHaveAttribute('data-status', 'draft-decision');
  // With two grounds the refusal is recorded and the motivated refusal offered for printing.
  await page.getByTestId('wf-ground-0').check();
  await page.getByTestId('wf-ground-1').check();
  await page.getByTestId('wf-submit-decide').click();
  await expect(status(page)).toHaveAttribute('data-status', 'decided-refused');
  await expect(page.getByTestId('wf-grounds-chosen')).toBeVisible();
  const refusal = pdfText(await download(page, () => page.getByTestId('wf-print-motivated-refusal').click()));
  expect(refusal).toContain('Иванов');
});

test('an incomplete ЦОН package is returned with its missing documents; a child benefit waits for originals', async ({
  page,
}) => {
  // A housing package from ЦОН 22 received at district office 12 (the registry exchange does this).
  const fromCenter = makeCase({
    channel: 'center',
    districtOfficeCode: '12',
    acceptedAt: Date.now() - 86_400_000,
  });
  const received = {
    ...fromCenter,
    status: 'received-by-district' as const,
    state: {
      ...fromCenter.state,
      status: 'received-by-district' as const,
      runningClocks: [...fromCenter.state.runningClocks, 'completeness-check' as const],
    },
  };
  const child = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    serviceId: 'child-benefit-under-18',
    acceptedAt: Date.now() - 3_600_000,
  });
  await officeWithStaff(page, [received, child]);

  await openCase(page, SPEC, received.id);
  await expect(status(page)).toHaveAttribute('data-status', 'received-by-district');
  // Both clocks of a ЦОН case and the completeness-check limit (3 working days for housing).
  await expect(page.getByTestId('wf-clock-center')).toBeVisible();
  await expect(page.getByTestId('wf-step-clock-completeness-check')).toBeVisible();
  await expect(page.getByTestId('wf-event-register')).toBeVisible();
  // Returning without naming a document is refused with the lifecycle's message.
  await page.getByTestId('wf-submit-return-incomplete').click();
  await expect(page.getByTestId('wf-error')).toHaveText('Укажите недостающие документы.');
  await page.getByTestId('wf-missing-0').check();
  await page.getByTestId('wf-missing-other').fill('Справка о доходах за квартал');
  await page.getByTestId('wf-submit-return-incomplete').click();
  await expect(status(page)).toHaveAttribute('data-status', 'returned-incomplete');
  await expect(page.getByTestId('wf-missing-chosen')).toContainText('Справка о доходах за квартал');
  await expect(page.getByTestId('wf-print-missing-documents-notice')).toBeVisible();

  // Child benefit: state-system data differ, originals are requested (3 working days), not brought.
  await openArea(page, `deadlines/${child.id}`);
  await expect(page.getByTestId('workflow-panel')).toHaveAttribute('data-case-id', child.id);
  await page.getByTestId('wf-submit-request-originals').click();
  await expect(status(page)).toHaveAttribute('data-status', 'awaiting-originals');
  await expect(page.getByTestId('wf-step-clock-originals')).toBeVisible();
  await page.getByTestId('wf-reason').fill('Подлинники не представлены в течение 3 рабочих дней');
  await page.getByTestId('wf-submit-refuse-acceptance').click();
  await expect(status(page)).toHaveAttribute('data-status', 'acceptance-refused');
  await expect(page.getByTestId('wf-print-refusal-to-accept-notice')).toBeVisible();
});

test('same visit: an employment referral is issued and printed at once; an overrun visit is flagged', async ({
  page,
}) => {
  const quick = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    serviceId: 'employment-referral',
    acceptedAt: Date.now() - 5 * 60_000,
    intake: { subType: 'job-placement' },
  });
  const slow = makeCase({
    channel: 'district',
    districtOfficeCode: '12',
    serviceId: 'employment-referral',
    acceptedAt: Date.now() - 45 * 60_000,
    intake: { subType: 'job-placement' },
  });
  await officeWithStaff(page, [quick, slow]);

  await openCase(page, SPEC, slow.id);
  await expect(page.getByTestId('wf-same-visit')).toHaveAttribute('data-overrun', 'yes');
  await expect(page.getByTestId('wf-same-visit')).toContainText('Время обслуживания превышено.');

  await openArea(page, `deadlines/${quick.id}`);
  await expect(page.getByTestId('workflow-panel')).toHaveAttribute('data-case-id', quick.id);
  await expect(page.getByTestId('wf-same-visit')).toHaveAttribute('data-overrun', 'no');
  await page.getByTestId('wf-same-visit-issued').check();
  await page.getByTestId('wf-org-name').fill('ТОО «Алматы Құрылыс»');
  await page.getByTestId('wf-org-position').fill('Каменщик');
  await page.getByTestId('wf-submit-issue-same-visit').click();
  await expect(status(page)).toHaveAttribute('data-status', 'issued-in-person');
  await expect(page.getByTestId('wf-same-visit')).toContainText('Завершено');
  const referral = pdfText(await download(page, () => page.getByTestId('wf-print-referral').click()));
  expect(referral).toContain('Алматы Құрылыс');
  expect(referral).toContain('Каменщик');
});
