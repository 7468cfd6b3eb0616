/**
 * Intake steps for e2e specs (issue 4). `acceptCase` takes a signed-in inspector from the intake area
 * through the service, the applicant, the document check and registration, and returns the case
 * number. Selectors are data-testids, so it works in Russian and Kazakh.
 */
import { expect, type Page } from '@playwright/test';
import type { Lang } from '@shared/i18n/lang';
import { createUser, openArea, setupAndSignIn, signIn, signOut, type TestAccount } from './app';

/** Valid IINs (check digit computed) of made-up people. */
export const IINS = {
  a: '950615300000',
  b: '800505400128',
  c: '880202450012',
  d: '711111300014',
} as const;

export const INSPECTOR: TestAccount = {
  login: 'inspector',
  fullName: 'Өмірбекова Гүлнар Серікқызы',
  password: 'inspector-pass-1',
};

export const SPECIALIST: TestAccount = {
  login: 'specialist',
  fullName: 'Петрова Анна Ивановна',
  password: 'specialist-pass-1',
};

/**
 * Empty database → office set up → an intake user created → signed in as that user in the intake
 * area. A ЦОН (20-27) gets a center inspector, a district office (11-17) a district specialist.
 */
export async function setupIntakeDesk(
  page: Page,
  options: { officeCode?: string; lang?: Lang } = {},
): Promise<TestAccount> {
  const officeCode = options.officeCode ?? '22';
  const district = Number(officeCode) >= 11 && Number(officeCode) <= 17;
  const account = district ? SPECIALIST : INSPECTOR;
  await setupAndSignIn(page, { officeCode, lang: options.lang ?? 'ru' });
  await createUser(page, account, [district ? 'district-specialist' : 'center-inspector']);
  await signOut(page);
  await signIn(page, account);
  await openArea(page, 'intake');
  await expect(page.getByTestId('service-search')).toBeVisible();
  return account;
}

export interface ApplicantInput {
  surname?: string;
  name?: string;
  patronymic?: string;
  iin?: string;
  docNumber?: string;
  /** City district id (shared/directory/types CITY_DISTRICTS). */
  district?: string;
  street?: string;
  phone?: string;
}

export const DEFAULT_APPLICANT: Required<ApplicantInput> = {
  surname: 'Қасымов',
  name: 'Әли',
  patronymic: 'Серікұлы',
  iin: IINS.a,
  docNumber: '045678912',
  district: 'almaly',
  street: 'ул. Шевченко, 1, кв. 2',
  phone: '+7 701 000 00 00',
};

/** From the intake home: picks the service and fills step 1 (applicant). Stays on step 1. */
export async function startApplication(
  page: Page,
  options: { serviceId?: string; applicant?: ApplicantInput; printLang?: Lang } = {},
): Promise<void> {
  const a = { ...DEFAULT_APPLICANT, ...options.applicant };
  await page.getByTestId(`service-${options.serviceId ?? 'housing-assistance'}`).click();
  await expect(page.getByTestId('intake-form')).toBeVisible();
  await page.getByTestId('f-applicant-surname').fill(a.surname);
  await page.getByTestId('f-applicant-name').fill(a.name);
  await page.getByTestId('f-applicant-patronymic').fill(a.patronymic);
  await page.getByTestId('f-applicant-iin').fill(a.iin);
  await page.getByTestId('f-applicant-docNumber').fill(a.docNumber);
  await page.getByTestId('f-applicant-regDistrict').selectOption(a.district);
  await page.getByTestId('f-applicant-regStreet').fill(a.street);
  await page.getByTestId('f-applicant-phone').fill(a.phone);
  if (options.printLang) await page.getByTestId(`print-lang-${options.printLang}`).check();
}

/** Step 2: answers the situation questions and marks every listed document (or the given ones) received. */
export async function checkDocuments(
  page: Page,
  options: { answers?: Record<string, string>; documents?: 'all' | string[] } = {},
): Promise<string[]> {
  await page.getByTestId('intake-next').click();
  await expect(page.getByTestId('checklist')).toBeVisible();
  for (const [key, value] of Object.entries(options.answers ?? {})) {
    await page.getByTestId(`f-situation-${key}`).selectOption(value);
  }
  const rows = page.locator('[data-testid="checklist"] tbody tr');
  const ids = (
    await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(4)))
  ).filter(Boolean);
  const wanted = options.documents === undefined || options.documents === 'all' ? ids : options.documents;
  for (const id of wanted) await markReceived(page, id);
  return ids;
}

/** Ticks what the document's rule asks (issue 14): the original, the copy, or both. */
export async function markReceived(page: Page, id: string): Promise<void> {
  const rule = (await page.getByTestId(`doc-${id}-rule`).getAttribute('data-rule')) ?? 'either';
  const original = rule.startsWith('original');
  const copy = rule === 'copy-kept' || rule === 'either' || rule.startsWith('original-and-copy');
  if (original) await page.getByTestId(`doc-${id}-original`).check();
  if (copy) await page.getByTestId(`doc-${id}-copy`).check();
}

/**
 * The whole intake of one application; returns the case number (14 digits). Pass `duplicateReason`
 * when an open case of the same person and service exists.
 */
export async function acceptCase(
  page: Page,
  options: {
    serviceId?: string;
    applicant?: ApplicantInput;
    answers?: Record<string, string>;
    printLang?: Lang;
    duplicateReason?: string;
  } = {},
): Promise<string> {
  await startApplication(page, options);
  await checkDocuments(page, { ...(options.answers ? { answers: options.answers } : {}) });
  await page.getByTestId('intake-register').click();
  if (options.duplicateReason !== undefined) {
    await expect(page.getByTestId('duplicate-guard')).toBeVisible();
    await page.getByTestId('duplicate-reason').fill(options.duplicateReason);
    await page.getByTestId('duplicate-confirm').click();
  }
  const number = page.getByTestId('result-case-number');
  await expect(number).toBeVisible();
  const digits = await number.getAttribute('data-digits');
  if (!digits || !/^\d{14}$/.test(digits)) throw new Error(`No case number on the result screen: ${digits}`);
  return digits;
}

/** From the result screen back to the service chooser. */
export async function newApplication(page: Page): Promise<void> {
  await page.getByTestId('intake-new').click();
  await expect(page.getByTestId('service-search')).toBeVisible();
}
