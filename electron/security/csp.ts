import { devServerOrigin } from './trusted-url';

/**
 * The Content-Security-Policy of every page the app shows.
 *
 * - `script-src 'self'`: only the bundle's own files run; no inline or injected script, no eval.
 * - `style-src 'self' 'unsafe-inline'`: Mantine injects `<style>` elements and sets inline styles at
 *   run time. A nonce would cover the elements but not style attributes, and the file is served
 *   statically, so a per-response nonce buys little. Injected CSS cannot exfiltrate anything here:
 *   img/font/connect sources are the app's own origin only, so no remote host is reachable.
 * - Everything else is closed: no frames, objects, forms, base changes or remote connections.
 *
 * In development (`npm start`) the page comes from Vite's dev server, whose React refresh preamble
 * is an inline script and whose hot reload talks over a websocket; that relaxation is dev-only.
 */
export function contentSecurityPolicy(options: { devServerUrl?: string | undefined } = {}): string {
  const dev = devServerOrigin(options.devServerUrl);
  const ws = dev ? dev.replace(/^http/, 'ws') : null;
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev && ws ? ["'self'", ws] : ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Response headers with our CSP replacing any the server sent (header names are case-insensitive). */
export function withCsp(
  headers: Record<string, string[] | string> | undefined,
  csp: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}
