import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleSquirrelEvent } from './app/squirrel';
import { startApp } from './app/start';
import { consoleLogger } from './logger';

// Entry point: real Electron and real file system in, everything else lives in testable modules.

const devServerUrl =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
const rendererName = typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';

/**
 * Forge puts the renderer in .vite/renderer/<name> beside .vite/build (this file). A plain
 * `npm run build` leaves it in dist/web; that fallback exists only for unpackaged runs.
 */
function rendererRoot(): string {
  const forged = join(__dirname, '..', 'renderer', rendererName);
  if (app.isPackaged || existsSync(join(forged, 'index.html'))) return forged;
  return join(__dirname, '..', '..', 'dist', 'web');
}

function runDetached(command: string, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true });
    child.on('close', () => resolve());
    child.on('error', () => resolve());
  });
}

const installerEvent = handleSquirrelEvent({
  platform: process.platform,
  argv: process.argv,
  execPath: process.execPath,
  run: runDetached,
  quit: () => app.quit(),
});

if (!installerEvent) {
  startApp(
    { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell },
    {
      preloadPath: join(__dirname, 'preload.js'),
      rendererRoot: rendererRoot(),
      devServerUrl,
      platform: process.platform,
      electronVersion: process.versions.electron ?? '',
      tmpDir: tmpdir(),
      logger: consoleLogger,
      fs: {
        readBytes: (p) => readFile(p),
        readFile: (p) => readFile(p),
        readText: (p) => readFile(p, 'utf8'),
        writeText: (p, text) => writeFile(p, text, 'utf8'),
        writeFile: (p, data) => writeFile(p, data, { mode: 0o600 }),
        size: async (p) => (await stat(p)).size,
        mkdtemp: (prefix) => mkdtemp(prefix),
        rm: (p) => rm(p, { recursive: true, force: true }),
      },
    },
  ).catch((error: unknown) => {
    consoleLogger.error('startup failed', { error: String(error) });
    app.exit(1);
  });
}
