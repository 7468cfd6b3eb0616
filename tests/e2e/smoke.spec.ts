import { expect, test } from '@playwright/test';

test('the built renderer loads', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#root')).not.toBeEmpty();
});
