// The one place that decides which URLs are "ours" and which links may leave the app.
// Everything parses with the WHATWG URL parser; string prefixes are fooled by look-alikes.

/** The packaged renderer is served from one custom origin so IndexedDB data stays in one place. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Hosts an official link in the UI may open in the system browser (exact match, https only). */
export const EXTERNAL_HOSTS: readonly string[] = ['egov.kz', 'www.egov.kz', 'www.gov.kz', 'adilet.zan.kz'];

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function hasUserInfo(u: URL): boolean {
  return u.username !== '' || u.password !== '';
}

/** The Vite dev server origin, only when it is plain http(s) on loopback; anything else is ignored. */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  const u = parse(devServerUrl);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null;
  if (hasUserInfo(u) || !LOOPBACK.has(u.hostname)) return null;
  return u.origin;
}

export interface TrustOptions {
  /** Set only in development (`npm start`): the renderer then comes from Vite's dev server. */
  devServerUrl?: string | undefined;
}

/** Whether a URL belongs to the app itself (the `app://bundle` origin, or the dev server in development). */
export function isAppUrl(url: string, options: TrustOptions = {}): boolean {
  const u = parse(url);
  if (!u || hasUserInfo(u)) return false;
  // `app:` is not a "special" scheme for the WHATWG parser, so its host is compared verbatim
  // (no lower-casing, no percent-decoding): any disguise fails the comparison.
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST && u.port === '';
  const dev = devServerOrigin(options.devServerUrl);
  return dev !== null && u.origin === dev;
}

/**
 * The file path inside the bundle that an `app://bundle/...` URL names, as safe relative segments,
 * or null when it is not ours or tries to leave the bundle (encoded dots, backslashes, NUL...).
 */
export function bundlePathOf(url: string): string[] | null {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.port !== '' || hasUserInfo(u))
    return null;
  const raw = u.pathname.split('/').filter((s) => s !== '');
  const segments: string[] = [];
  for (const part of raw) {
    let s: string;
    try {
      s = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (s === '.' || s === '..' || /[\\/:]/.test(s) || s.includes('\0')) return null;
    segments.push(s);
  }
  return segments.length === 0 ? ['index.html'] : segments;
}

/** Whether a link may be handed to the system browser: https, no credentials, default port, allow-listed host. */
export function isSafeExternalUrl(url: string, allowedHosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || hasUserInfo(u) || u.port !== '') return false;
  return allowedHosts.includes(u.hostname);
}
