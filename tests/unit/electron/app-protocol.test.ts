import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveBundle, serveBundleRequest } from '../../../electron/protocol/app-protocol';

const root = join('/opt', 'app', 'renderer');
const files: Record<string, string> = {
  [join(root, 'index.html')]: '<!doctype html><div id="root"></div>',
  [join(root, 'assets', 'index-abc.js')]: 'console.log(1)',
  [join(root, 'assets', 'DejaVuSans.ttf')]: 'font',
};
const readFile = vi.fn(async (path: string) => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  return new TextEncoder().encode(text);
});
const deps = { root, csp: "default-src 'none'", readFile };

const get = (url: string, method = 'GET') => serveBundleRequest(new Request(url, { method }), deps);

describe('app:// protocol', () => {
  it('serves the bundle with our CSP and the right type', async () => {
    const res = await get('app://bundle/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('serves index.html for the root and for client-side routes', async () => {
    for (const url of ['app://bundle/', 'app://bundle/journal']) {
      const res = await get(url);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('id="root"');
    }
  });

  it('answers 404 for a missing asset instead of the app shell', async () => {
    expect((await get('app://bundle/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://bundle/..%5c..%5cetc%5cpasswd',
    'app://other/index.html',
  ])('never reads outside the bundle: %s', async (url) => {
    readFile.mockClear();
    expect((await get(url)).status).toBe(404);
    for (const [path] of readFile.mock.calls) expect(path.startsWith(root)).toBe(true);
  });

  it('keeps folded "../" inside the bundle', async () => {
    readFile.mockClear();
    await get('app://bundle/../../etc/passwd');
    expect(readFile.mock.calls.map(([p]) => p)).not.toContain('/etc/passwd');
  });

  it('refuses writes', async () => {
    expect(
      (await serveBundleRequest(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }), deps))
        .status,
    ).toBe(405);
  });

  it('registers the scheme as privileged and the handler on "app"', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    serveBundle(protocol, deps);
    expect(protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]).toMatchObject([{ scheme: 'app' }]);
    expect(protocol.handle.mock.calls[0]?.[0]).toBe('app');
  });
});
