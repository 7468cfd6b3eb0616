import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Drives the real desktop app. It needs the Electron binary, which cannot be downloaded on the CI
// machine (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so it skips there; the main process is covered by
// unit tests of its modules (tests/unit/electron). On a developer machine: `npm run build` first.

const root = join(__dirname, '..', '..');

/**
 * Where `require('electron')` would point, without calling it: electron's index.js starts a
 * download when the binary is missing, which must never happen during a test run.
 */
function electronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override ? join(override, relative) : join(pkg, 'dist', relative);
  return existsSync(full) ? full : null;
}

const binary = electronBinary();
const mainBuilt = existsSync(join(root, '.vite', 'build', 'main.js'));

test.describe('Electron shell', () => {
  test.skip(
    !binary,
    'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD); main is covered by unit tests.',
  );
  test.skip(!mainBuilt, 'No .vite/build/main.js: run `npm run build` before this spec.');

  test('opens the app on app:// with a hardened page and a minimal window.api', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: [root], cwd: root });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toMatch(/^app:\/\/bundle\//);

      const probe = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        let evalBlocked = false;
        try {
          // The CSP must refuse this.
          eval('1');
        } catch {
          evalBlocked = true;
        }
        return {
          apiKeys: Object.keys((w.api as object) ?? {}).sort(),
          hasRequire: typeof w.require,
          hasProcess: typeof w.process,
          secure: window.isSecureContext,
          subtle: typeof crypto.subtle?.digest,
          indexedDB: typeof indexedDB,
          popup: window.open('https://example.com') === null,
          evalBlocked,
        };
      });
      expect(probe).toEqual({
        apiKeys: ['appInfo', 'onMenuLanguage', 'openFile', 'printPdf', 'saveFile', 'savePdf', 'setLanguage'],
        hasRequire: 'undefined',
        hasProcess: 'undefined',
        secure: true,
        subtle: 'function',
        indexedDB: 'object',
        popup: true,
        evalBlocked: true,
      });

      const info = await page.evaluate(() =>
        (window as unknown as { api: { appInfo(): Promise<unknown> } }).api.appInfo(),
      );
      expect(info).toMatchObject({ isPackaged: false });

      // Navigation away from the app is refused: the page stays on app://.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/bundle\//);
    } finally {
      await app.close();
    }
  });
});
