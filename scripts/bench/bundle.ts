/** Renderer bundle size: every file of the build output gzipped with node:zlib (level 9) and summed. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  path: string;
  raw: number;
  gzip: number;
}

export interface BundleSize {
  files: number;
  rawTotal: number;
  gzipTotal: number;
  jsRaw: number;
  jsGzip: number;
  largestJs: BundleFile;
  /** The chunk(s) index.html loads before any lazy import. */
  entryJsGzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function bundleSize(outDir: string): BundleSize {
  const files: BundleFile[] = walk(outDir).map((file) => {
    const bytes = readFileSync(file);
    return { path: relative(outDir, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const js = files.filter((f) => f.path.endsWith('.js'));
  if (js.length === 0) throw new Error(`No JavaScript in ${outDir}`);
  const largestJs = js.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // The chunks index.html names, and what they import statically (not `import(...)`), transitively.
  const entries = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!));
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.pop()!;
    const code = readFileSync(join(outDir, path), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
      const dep = join(dirname(path), m[1]!);
      if (!entries.has(dep)) {
        entries.add(dep);
        queue.push(dep);
      }
    }
  }
  return {
    files: files.length,
    rawTotal: files.reduce((s, f) => s + f.raw, 0),
    gzipTotal: files.reduce((s, f) => s + f.gzip, 0),
    jsRaw: js.reduce((s, f) => s + f.raw, 0),
    jsGzip: js.reduce((s, f) => s + f.gzip, 0),
    largestJs,
    entryJsGzip: js.filter((f) => entries.has(f.path)).reduce((s, f) => s + f.gzip, 0),
  };
}
