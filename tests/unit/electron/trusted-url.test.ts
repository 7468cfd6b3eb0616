import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  bundlePathOf,
  devServerOrigin,
  isAppUrl,
  isSafeExternalUrl,
} from '../../../electron/security/trusted-url';

const DEV = { devServerUrl: 'http://localhost:5173' };

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://bundle/', 'app://bundle/assets/index-abc.js', 'app://bundle/journal?x=1#y'])(
    'accepts the app origin: %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    ['javascript scheme', 'javascript:alert(1)'],
    ['data scheme', 'data:text/html,<script>alert(1)</script>'],
    ['file scheme', 'file:///opt/app/resources/app.asar/.vite/renderer/main_window/index.html'],
    ['file outside the app', 'file:///etc/passwd'],
    ['http', 'http://bundle/index.html'],
    ['https', 'https://bundle/index.html'],
    ['blob', 'blob:app://bundle/123'],
    ['look-alike host with dash', 'app://app-bundle/index.html'],
    ['look-alike subdomain', 'app://bundle.evil/index.html'],
    ['host as suffix', 'app://evilbundle/index.html'],
    ['punycode look-alike', 'app://xn--bndle-kva/index.html'],
    ['cyrillic look-alike', 'app://bundlе/index.html'],
    ['user-info trick', 'app://bundle@evil/index.html'],
    ['user-info before our host', 'app://evil@bundle/index.html'],
    ['port', 'app://bundle:8080/index.html'],
    ['upper-case host (never produced by Chromium)', 'app://BUNDLE/index.html'],
    ['percent-encoded host', 'app://bund%6ce/index.html'],
    ['empty host', 'app:///index.html'],
    ['not a URL', 'bundle/index.html'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => expect(isAppUrl(url)).toBe(false));

  it('accepts the dev server only when one is configured', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx')).toBe(false);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.com:5173/',
    'http://user@localhost:5173/',
    'ws://localhost:5173/',
  ])('refuses other origins in development: %s', (url) => expect(isAppUrl(url, DEV)).toBe(false));

  it('ignores a dev server that is not on loopback', () => {
    expect(devServerOrigin('http://192.168.1.5:5173')).toBeNull();
    expect(devServerOrigin('http://evil.com')).toBeNull();
    expect(devServerOrigin('file:///tmp')).toBeNull();
    expect(devServerOrigin('http://a@localhost:5173')).toBeNull();
    expect(isAppUrl('http://192.168.1.5:5173/', { devServerUrl: 'http://192.168.1.5:5173' })).toBe(false);
    expect(devServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
  });
});

describe('bundlePathOf', () => {
  it('maps app URLs to segments inside the bundle', () => {
    expect(bundlePathOf('app://bundle/')).toEqual(['index.html']);
    expect(bundlePathOf('app://bundle/assets/a%20b.js?v=1')).toEqual(['assets', 'a b.js']);
  });

  // The WHATWG parser folds "..", "%2e%2e" and "//" itself: such URLs stay inside the bundle.
  it.each([
    ['app://bundle/../../etc/passwd', ['etc', 'passwd']],
    ['app://bundle/assets/%2e%2e/%2e%2e/etc/passwd', ['etc', 'passwd']],
    ['app://bundle//etc/passwd', ['etc', 'passwd']],
    ['app://bundle/%2e/x.js', ['x.js']],
  ])('keeps folded dot segments inside the bundle: %s', (url, expected) => {
    expect(bundlePathOf(url)).toEqual(expected);
  });

  it.each([
    'app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://bundle/..%5c..%5cwindows%5cwin.ini',
    'app://bundle/C:%5cWindows%5cwin.ini',
    'app://bundle/C%3A/Windows/win.ini',
    'app://bundle/a%00.js',
    'app://bundle/%E0%A4%A',
  ])('refuses encoded separators, drive letters, NUL and bad escapes: %s', (url) => {
    expect(bundlePathOf(url)).toBeNull();
  });

  it('refuses other origins', () => {
    expect(bundlePathOf('file:///etc/passwd')).toBeNull();
    expect(bundlePathOf('app://evil/index.html')).toBeNull();
    expect(bundlePathOf('app://x@bundle/index.html')).toBeNull();
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts allow-listed https links', () => {
    expect(isSafeExternalUrl('https://egov.kz/cms/ru/services')).toBe(true);
    expect(isSafeExternalUrl('https://adilet.zan.kz/rus/docs/V2000020499')).toBe(true);
    expect(isSafeExternalUrl('https://EGOV.KZ/')).toBe(true);
  });

  it.each([
    'http://egov.kz/',
    'javascript:alert(1)//https://egov.kz',
    'file:///C:/Windows/System32/calc.exe',
    'smb://egov.kz/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://egov.kz.evil.com/',
    'https://evil.com/egov.kz',
    'https://egov.kz@evil.com/',
    'https://user:pass@egov.kz/',
    'https://egov.kz:8443/',
    'https://xn--gov-tdd.kz/',
    'https://еgov.kz/',
    'https://sub.egov.kz/',
    'https://egov.kz./',
    'https://127.0.0.1/',
    'not a url',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
