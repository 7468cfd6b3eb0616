/** Chromium for the bench: launch flags, the first-screen timing and a CDP heap poller. */
import type { Browser, CDPSession } from '@playwright/test';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
];

export async function firstScreen(browser: Browser, url: string, loads = 5): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Almaty' });
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .locator('[data-testid="setup-next"], [data-testid="sign-in-form"]')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    times.push(performance.now() - t0);
    await context.close();
  }
  return times;
}

/** Polls CDP's heap usage while the page works; the page samples performance.memory itself too. */
export function heapPoller(cdp: CDPSession) {
  let peak = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    cdp
      .send('Runtime.getHeapUsage')
      .then((h) => (peak = Math.max(peak, h.usedSize)))
      .catch(() => {})
      .finally(() => (busy = false));
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
