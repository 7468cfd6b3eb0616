import type { Protocol } from 'electron';
import { extname, join, relative, isAbsolute } from 'node:path';
import { APP_SCHEME, bundlePathOf } from '../security/trusted-url';

/**
 * `app://` must be registered before the app is ready. `standard` gives it real origins (so
 * IndexedDB, localStorage and relative URLs work), `secure` makes it a secure context (so
 * crypto.subtle exists), `supportFetchAPI` lets the renderer fetch its own assets (fonts for PDFs).
 * No `bypassCSP`: the policy applies to the app like to any page.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BundleServerDeps {
  /** Folder holding the built renderer (index.html and assets/). */
  root: string;
  csp: string;
  /** Rejects when the file does not exist. */
  readFile: (path: string) => Promise<Uint8Array>;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Answers one `app://bundle/...` request from the bundle folder, never from outside it. */
export async function serveBundleRequest(request: Request, deps: BundleServerDeps): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
  const segments = bundlePathOf(request.url);
  if (!segments) return plain(404, 'not found');
  const file = join(deps.root, ...segments);
  const rel = relative(deps.root, file);
  // Belt and braces: bundlePathOf already refused traversal; the resolved path must stay inside.
  if (rel.startsWith('..') || isAbsolute(rel)) return plain(404, 'not found');
  let bytes: Uint8Array;
  let path = file;
  try {
    bytes = await deps.readFile(file);
  } catch {
    // Client-side routes (no extension) get the app shell, so a reload on a deep link still works.
    if (extname(file) !== '') return plain(404, 'not found');
    path = join(deps.root, 'index.html');
    try {
      bytes = await deps.readFile(path);
    } catch {
      return plain(404, 'not found');
    }
  }
  return new Response(request.method === 'HEAD' ? null : bytes.slice(), {
    status: 200,
    headers: {
      'content-type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': deps.csp,
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
    },
  });
}

export function serveBundle(protocol: Pick<Protocol, 'handle'>, deps: BundleServerDeps): void {
  protocol.handle(APP_SCHEME, (request) => serveBundleRequest(request, deps));
}
