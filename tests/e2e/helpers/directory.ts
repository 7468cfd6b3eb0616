/**
 * Steps for the Справочник screen. Office cards carry `data-testid="directory-office-<code>"` and
 * sections `directory-section-<type>`, so these work in either interface language.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens Справочник from the shell navigation (as a user would) and waits for it. */
export async function openDirectory(page: Page): Promise<void> {
  await page.getByTestId('nav-directory').click();
  await expect(page.getByTestId('directory-page')).toBeVisible();
}

export function directorySection(page: Page, type: 'department' | 'district' | 'center'): Locator {
  return page.getByTestId(`directory-section-${type}`);
}

/** The office cards (article elements) in a section. */
export function officeCards(page: Page, type: 'department' | 'district' | 'center'): Locator {
  return directorySection(page, type).getByRole('article');
}
