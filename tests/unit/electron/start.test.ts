import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { startApp, type ElectronModules, type StartConfig } from '../../../electron/app/start';
import { requestSchemas } from '@shared/ipc/contract';
import { APP_FRAME, fakeIpcMain, recordingLogger } from './fakes';

function fakeElectron(options: { isPackaged: boolean; lock?: boolean }) {
  const order: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    options: { webPreferences: Record<string, unknown> };
    loaded: string[] = [];
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => true);
    webContents = { send: vi.fn() };
    constructor(o: { webPreferences: Record<string, unknown> }) {
      this.options = o;
      order.push('new BrowserWindow');
      windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const menus: MenuItemConstructorOptions[][] = [];
  const ipcMain = fakeIpcMain();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  const app = {
    isPackaged: options.isPackaged,
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    getPath: vi.fn(() => '/home/u/.config/Almaty Social Services'),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => {
      order.push('requestSingleInstanceLock');
      return options.lock ?? true;
    }),
    quit: vi.fn(),
    on: vi.fn((name: string, l: (...args: unknown[]) => void) => appListeners.set(name, l)),
    whenReady: vi.fn(() => {
      order.push('whenReady');
      return Promise.resolve();
    }),
    getLocale: () => 'ru-RU',
    getName: () => 'Almaty Social Services',
    getVersion: () => '0.1.0',
  };
  const e = {
    app,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (t: MenuItemConstructorOptions[]) => (menus.push(t), t),
      setApplicationMenu: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession: session },
    ipcMain,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
  } as unknown as ElectronModules;
  return { e, app, order, appListeners, windows, menus, ipcMain, session, protocol: e.protocol };
}

function config(devServerUrl?: string): StartConfig {
  return {
    preloadPath: '/app/.vite/build/preload.js',
    rendererRoot: '/app/.vite/renderer/main_window',
    devServerUrl,
    platform: 'win32',
    electronVersion: '45.5.0',
    tmpDir: '/tmp',
    logger: recordingLogger().logger,
    fs: {
      readBytes: vi.fn(),
      readFile: vi.fn(),
      writeFile: vi.fn(),
      size: vi.fn(),
      mkdtemp: vi.fn(),
      rm: vi.fn(),
      readText: vi.fn(async () => '{"lang":"ru"}'),
      writeText: vi.fn(async () => undefined),
    },
  };
}

describe('startApp', () => {
  it('registers the scheme and the sandbox before ready, then builds a hardened window on app://', async () => {
    const f = fakeElectron({ isPackaged: true });
    await startApp(f.e, config('http://localhost:5173'));
    expect(f.order).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
      'whenReady',
      'new BrowserWindow',
    ]);
    expect(f.app.setPath).not.toHaveBeenCalled();
    const win = f.windows[0];
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
      preload: '/app/.vite/build/preload.js',
    });
    // A packaged build never loads the dev server, even if one was compiled in.
    expect(win?.loaded).toEqual(['app://bundle/index.html']);
  });

  it('installs the permission handlers, the CSP header, the protocol and every IPC channel', async () => {
    const f = fakeElectron({ isPackaged: true });
    await startApp(f.e, config());
    expect(f.session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(f.session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(f.session.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(vi.mocked(f.protocol.handle).mock.calls[0]?.[0]).toBe('app');
    expect(f.ipcMain.channels()).toEqual(Object.keys(requestSchemas).sort());
    expect([...f.appListeners.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed', 'will-quit']),
    );
  });

  it('quits without a window when another instance holds the lock', async () => {
    const f = fakeElectron({ isPackaged: true, lock: false });
    await startApp(f.e, config());
    expect(f.app.quit).toHaveBeenCalled();
    expect(f.app.whenReady).not.toHaveBeenCalled();
    expect(f.windows).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const f = fakeElectron({ isPackaged: true });
    await startApp(f.e, config());
    f.appListeners.get('second-instance')?.();
    expect(f.windows[0]?.restore).toHaveBeenCalled();
    expect(f.windows[0]?.focus).toHaveBeenCalled();
  });

  it('uses the loopback dev server and a separate data folder in development', async () => {
    const f = fakeElectron({ isPackaged: false });
    await startApp(f.e, config('http://localhost:5173'));
    expect(f.windows[0]?.loaded).toEqual(['http://localhost:5173']);
    expect(f.app.setPath).toHaveBeenCalledWith('userData', '/home/u/.config/Almaty Social Services-dev');
  });

  it('ignores a dev server that is not on loopback', async () => {
    const f = fakeElectron({ isPackaged: false });
    await startApp(f.e, config('http://192.168.0.10:5173'));
    expect(f.windows[0]?.loaded).toEqual(['app://bundle/index.html']);
  });

  it('rebuilds the menu in Kazakh on app:set-language and remembers it', async () => {
    const f = fakeElectron({ isPackaged: true });
    const c = config();
    await startApp(f.e, c);
    expect(f.menus.at(-1)?.[0]?.label).toBe('Файл');
    expect(f.menus.at(-1)?.[1]?.label).toBe('Правка');
    await f.ipcMain.invoke('app:set-language', APP_FRAME, 'kk');
    expect(f.menus.at(-1)?.[1]?.label).toBe('Түзету');
    expect(c.fs.writeText).toHaveBeenCalledWith(expect.any(String), '{"lang":"kk"}');
  });

  it('switches the menu and tells the renderer when the language is chosen in the menu', async () => {
    const f = fakeElectron({ isPackaged: true });
    await startApp(f.e, config());
    const language = f.menus.at(-1)?.[3]?.submenu as MenuItemConstructorOptions[];
    (language[1]?.click as () => void)();
    expect(f.windows[0]?.webContents.send).toHaveBeenCalledWith('menu:language', 'kk');
    // The menu itself switches at once, without waiting for the renderer.
    expect(f.menus.at(-1)?.[1]?.label).toBe('Түзету');
  });

  it('removes temp PDFs before quitting', async () => {
    const f = fakeElectron({ isPackaged: true });
    const c = config();
    vi.mocked(c.fs.mkdtemp).mockResolvedValue('/tmp/almaty-print-1');
    vi.mocked(c.fs.rm).mockResolvedValue(undefined);
    vi.mocked(c.fs.writeFile).mockResolvedValue(undefined);
    vi.mocked(f.e.shell.openPath).mockResolvedValue('');
    await startApp(f.e, c);
    const pdf = new TextEncoder().encode('%PDF-1.7');
    await f.ipcMain.invoke('pdf:print', APP_FRAME, { bytes: pdf, title: 'Талон' });
    const event = { preventDefault: vi.fn() };
    f.appListeners.get('will-quit')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(f.app.quit).toHaveBeenCalled());
    expect(c.fs.rm).toHaveBeenCalledWith('/tmp/almaty-print-1');
    // The second will-quit (from that quit) goes through.
    const again = { preventDefault: vi.fn() };
    f.appListeners.get('will-quit')?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('answers app:info without any path', async () => {
    const f = fakeElectron({ isPackaged: true });
    await startApp(f.e, config());
    await expect(f.ipcMain.invoke('app:info', APP_FRAME)).resolves.toEqual({
      name: 'Almaty Social Services',
      version: '0.1.0',
      platform: 'win32',
      isPackaged: true,
      electronVersion: '45.5.0',
    });
  });
});
