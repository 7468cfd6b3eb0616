import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import forgeConfig, { fuses } from '../../../forge.config';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/protocol/app-protocol';
import { contentSecurityPolicy, withCsp } from '../../../electron/security/csp';
import { installPermissionHandlers, isPermissionGranted } from '../../../electron/security/permissions';
import { guardWebContents } from '../../../electron/security/web-contents-guards';
import { secureWebPreferences } from '../../../electron/security/web-preferences';
import { recordingLogger } from './fakes';

// Issue 7, Electron security review: the configuration the checklist in docs/security.md refers to.

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name ?? '', sources];
    }),
  );
}

describe('web preferences', () => {
  const prefs = secureWebPreferences({ preloadPath: '/app/.vite/build/preload.js', devTools: false });

  it('isolate and sandbox the renderer, with no Node', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.preload).toBe('/app/.vite/build/preload.js');
  });

  it('enable no Blink features and hide DevTools in packaged builds', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true);
  });
});

describe('content security policy', () => {
  const csp = directives(contentSecurityPolicy());

  it('runs only the bundle own scripts', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it('allows inline styles (Mantine) but no remote source anywhere', () => {
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    for (const [name, sources] of csp) {
      for (const s of sources)
        expect(s, `${name} ${s}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('closes frames, objects, base and forms', () => {
    for (const d of ['frame-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors'])
      expect(csp.get(d), d).toEqual(["'none'"]);
  });

  it('relaxes only for a loopback dev server', () => {
    const dev = directives(contentSecurityPolicy({ devServerUrl: 'http://localhost:5173' }));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(contentSecurityPolicy({ devServerUrl: 'http://evil.com' })).toBe(contentSecurityPolicy());
  });

  it('replaces a CSP sent by a server whatever its header case', () => {
    const out = withCsp({ 'content-security-policy': ['default-src *'], 'X-Other': 'a' }, 'default-src none');
    expect(out).toEqual({ 'Content-Security-Policy': ['default-src none'], 'X-Other': ['a'] });
  });
});

describe('navigation, new windows and webviews', () => {
  function guarded() {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, l: (event: { preventDefault: () => void }, url?: string) => void) =>
        listeners.set(name, l),
      setWindowOpenHandler: (h: typeof openHandler) => {
        openHandler = h;
      },
    };
    const openExternal = vi.fn(async () => undefined);
    const { logger, entries } = recordingLogger();
    guardWebContents(contents as never, { trust: {}, openExternal, logger });
    const fire = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { fire, open: (url: string) => openHandler?.({ url }), openExternal, entries };
  }

  it('denies navigation away from the app and opens only allow-listed https links outside', async () => {
    const g = guarded();
    expect(g.fire('will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(g.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(g.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(g.openExternal).not.toHaveBeenCalled();
    expect(g.fire('will-navigate', 'https://egov.kz/')).toBe(true);
    expect(g.openExternal).toHaveBeenCalledWith('https://egov.kz/');
  });

  it('denies redirects out of the app', () => {
    expect(guarded().fire('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('denies every window.open, handing only allow-listed links to the browser', () => {
    const g = guarded();
    expect(g.open('app://bundle/index.html')).toEqual({ action: 'deny' });
    expect(g.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(g.open('https://egov.kz/')).toEqual({ action: 'deny' });
    expect(g.openExternal.mock.calls).toEqual([['https://egov.kz/']]);
  });

  it('refuses to attach a webview', () => {
    const g = guarded();
    expect(g.fire('will-attach-webview')).toBe(true);
    expect(g.entries.some((e) => e.message === 'webview refused')).toBe(true);
  });
});

describe('permissions', () => {
  function installed() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    installPermissionHandlers(session as never, {}, recordingLogger().logger);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0];
    const ask = (permission: string, url: string) => {
      const callback = vi.fn();
      request({ getURL: () => url }, permission, callback, { requestingUrl: url });
      return callback.mock.calls[0]?.[0];
    };
    return { ask, check, device };
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'display-capture',
    'midiSysex',
    'hid',
    'serial',
  ])('denies %s even to the app', (permission) => {
    const { ask, check } = installed();
    expect(ask(permission, 'app://bundle/index.html')).toBe(false);
    expect(check(null, permission, 'app://bundle', {})).toBe(false);
  });

  it('grants clipboard writing and persistent storage to the app origin only', () => {
    const { ask, check } = installed();
    expect(ask('persistent-storage', 'app://bundle/index.html')).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'app://bundle', {})).toBe(true);
    expect(ask('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(isPermissionGranted('clipboard-read', 'app://bundle', {})).toBe(false);
  });

  it('denies devices', () => {
    expect(installed().device({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });
});

describe('app:// scheme', () => {
  it('is standard and secure (IndexedDB, crypto.subtle) and does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    });
  });
});

describe('fuses in forge.config.ts', () => {
  it('are set as the checklist asks', () => {
    expect(fuses).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('are the ones the Fuses plugin flips, in an asar package', () => {
    const plugin = forgeConfig.plugins?.find((p) => (p as { name?: string }).name === 'fuses') as
      { fusesConfig?: unknown } | undefined;
    expect(plugin?.fusesConfig).toBe(fuses);
    expect(forgeConfig.packagerConfig?.asar).toBe(true);
  });
});
