import type * as Electron from 'electron';
import type { Lang } from '@shared/i18n/lang';
import type { FileSystem } from '../files/dialogs';
import { registerHandlers } from '../ipc/handle';
import { createHandlers } from '../ipc/handlers';
import type { Logger } from '../logger';
import { appMenuTemplate } from '../menu/app-menu';
import { fill, menuLabels } from '../menu/labels';
import { createPdfViewer, type TempFs } from '../print/pdf-viewer';
import { registerAppScheme, serveBundle } from '../protocol/app-protocol';
import { contentSecurityPolicy, withCsp } from '../security/csp';
import { installPermissionHandlers } from '../security/permissions';
import { APP_ENTRY_URL, devServerOrigin, type TrustOptions } from '../security/trusted-url';
import { guardWebContents } from '../security/web-contents-guards';
import { secureWebPreferences } from '../security/web-preferences';
import { createPreferences, type PrefsFs } from './preferences';

export type ElectronModules = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'Menu' | 'protocol' | 'session' | 'ipcMain' | 'dialog' | 'shell'
>;

export interface StartConfig {
  preloadPath: string;
  /** Folder of the built renderer served as app://bundle. */
  rendererRoot: string;
  /** Vite's dev server in `npm start`; ignored in packaged builds and when not on loopback. */
  devServerUrl: string | undefined;
  platform: string;
  electronVersion: string;
  tmpDir: string;
  fs: FileSystem & TempFs & PrefsFs & { readBytes(path: string): Promise<Uint8Array> };
  logger: Logger;
}

/**
 * Wires the main process. Everything Electron is passed in, so a unit test can run this with fakes
 * and check the security-relevant calls (scheme privileges, single-instance lock, window settings).
 */
export function startApp(e: ElectronModules, config: StartConfig): Promise<void> {
  const { app } = e;
  const devServerUrl =
    !app.isPackaged && devServerOrigin(config.devServerUrl) ? config.devServerUrl : undefined;
  const trust: TrustOptions = { devServerUrl };
  const csp = contentSecurityPolicy({ devServerUrl });
  const logger = config.logger;

  // Before ready: privileged scheme, sandbox for every renderer, a separate data folder in development.
  registerAppScheme(e.protocol);
  app.enableSandbox();
  if (!app.isPackaged) app.setPath('userData', `${app.getPath('userData')}-dev`);

  if (!app.requestSingleInstanceLock()) {
    // Two copies on one database would race each other's writes; the first one gets the focus.
    app.quit();
    return Promise.resolve();
  }

  let window: Electron.BrowserWindow | null = null;
  let lang: Lang = 'ru';
  const prefs = createPreferences(app.getPath('userData'), config.fs);
  const pdfViewer = createPdfViewer({
    tmpDir: config.tmpDir,
    fs: config.fs,
    openPath: (p) => e.shell.openPath(p),
    logger,
  });

  const setMenu = () => {
    const template = appMenuTemplate(
      lang,
      { devTools: !app.isPackaged },
      {
        // The menu switches itself at once; the renderer follows (and may confirm with app:set-language).
        chooseLanguage: (l) => {
          setLanguage(l);
          window?.webContents.send('menu:language', l);
        },
        showAbout: () => {
          const t = menuLabels(lang);
          const options = {
            type: 'info' as const,
            title: t.help.about,
            message: app.getName(),
            detail: fill(t.help.aboutDetail, { version: app.getVersion() }),
            buttons: [t.dialog.ok],
          };
          void (window ? e.dialog.showMessageBox(window, options) : e.dialog.showMessageBox(options));
        },
      },
    );
    e.Menu.setApplicationMenu(e.Menu.buildFromTemplate(template));
  };

  function setLanguage(l: Lang): void {
    if (l === lang) return;
    lang = l;
    setMenu();
    prefs.saveLanguage(l).catch((err: unknown) => logger.warn('language not saved', { error: String(err) }));
  }

  const createWindow = () => {
    window = new e.BrowserWindow({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 640,
      show: false,
      title: app.getName(),
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences({ preloadPath: config.preloadPath, devTools: !app.isPackaged }),
    });
    const win = window;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      window = null;
    });
    void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { trust, openExternal: (url) => e.shell.openExternal(url), logger }),
  );
  app.on('window-all-closed', () => app.quit());
  // Temp PDFs are removed before the process ends: hold the quit once, clean up, quit again.
  let cleanedUp = false;
  app.on('will-quit', (event) => {
    if (cleanedUp) return;
    event.preventDefault();
    void pdfViewer.cleanup().finally(() => {
      cleanedUp = true;
      app.quit();
    });
  });

  return app.whenReady().then(async () => {
    const ses = e.session.defaultSession;
    installPermissionHandlers(ses, trust, logger);
    // The protocol handler sets the CSP itself; this covers the dev server and anything else.
    ses.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: withCsp(details.responseHeaders, csp) }),
    );
    serveBundle(e.protocol, { root: config.rendererRoot, csp, readFile: (p) => config.fs.readBytes(p) });

    lang = await prefs.loadLanguage(app.getLocale());
    const handlers = createHandlers({
      app,
      platform: config.platform,
      electronVersion: config.electronVersion,
      pdfViewer,
      dialogs: {
        dialog: e.dialog,
        window: () => window,
        fs: config.fs,
        defaultDir: () => app.getPath('documents'),
        titles: () => {
          const t = menuLabels(lang).dialog;
          return { save: t.saveTitle, open: t.openTitle, allFiles: t.allFiles };
        },
      },
      setLanguage: (l) => {
        lang = l;
        setMenu();
        prefs
          .saveLanguage(l)
          .catch((err: unknown) => logger.warn('language not saved', { error: String(err) }));
      },
    });
    registerHandlers(e.ipcMain, handlers, { trust, logger });
    setMenu();
    createWindow();
  });
}
