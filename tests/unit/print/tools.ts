/**
 * Real extractors for the printed PDFs: pdftotext for the text layer, pdftoppm + zbarimg for the
 * barcode (zbarimg cannot read PDFs). Each call works in its own temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '@shared/i18n/lang';
import type { PrintContext } from '@shared/print/context';
import type { PrintLabels } from '@shared/print/labels';

const root = join(__dirname, '../../..');

export const fonts = {
  regular: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans-Bold.ttf'))),
};

export function labels(lang: Lang): PrintLabels {
  return JSON.parse(readFileSync(join(root, 'locales', lang, 'print.json'), 'utf8')) as PrintLabels;
}

export function context(lang: Lang): PrintContext {
  return { lang, labels: labels(lang), fonts };
}

function withTemp<T>(pdf: Uint8Array, fn: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return fn(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of the PDF by `pdftotext -layout`, pages separated by form feeds. */
export function pdfText(pdf: Uint8Array): string {
  return withTemp(pdf, (_dir, file) =>
    execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  );
}

/** Text with runs of whitespace collapsed, for phrases that may wrap or be column-aligned. */
export function flatText(pdf: Uint8Array): string {
  return pdfText(pdf).replace(/\s+/g, ' ');
}

/** The document information dictionary as `pdfinfo` prints it. */
export function pdfInfoText(pdf: Uint8Array): string {
  return withTemp(pdf, (_dir, file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
}

/** Page count and size in points from `pdfinfo`. */
export function pdfInfo(pdf: Uint8Array): { pages: number; width: number; height: number } {
  const out = pdfInfoText(pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Fonts listed by `pdffonts`: name and whether it is embedded as a subset. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean; subset: boolean }[] {
  const out = withTemp(pdf, (_dir, file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      const yesNo = cols.filter((c) => c === 'yes' || c === 'no');
      return { name: cols[0]!, embedded: yesNo[0] === 'yes', subset: yesNo[1] === 'yes' };
    });
}

/**
 * Barcodes zbarimg finds on each page rasterised at 200 dpi, as "TYPE:data" (e.g. "CODE-128:123").
 * Only one page (or half of it) is rasterised, to spare the shared CPUs.
 */
export function decodeBarcodes(
  pdf: Uint8Array,
  opts: { page?: number; half?: 'top' | 'bottom' } = {},
): string[] {
  const page = String(opts.page ?? 1);
  return withTemp(pdf, (dir, file) => {
    const args = ['-png', '-r', '200', '-f', page, '-l', page];
    if (opts.half) {
      // Rasterise one half of an A4 page (1654 × 2339 px at 200 dpi) to tell two copies apart.
      args.push('-x', '0', '-y', opts.half === 'top' ? '0' : '1170', '-W', '1654', '-H', '1169');
    }
    execFileSync('pdftoppm', [...args, file, join(dir, 'p')]);
    const images = readdirSync(dir).filter((f) => f.endsWith('.png'));
    const found: string[] = [];
    for (const image of images) {
      try {
        const out = execFileSync('zbarimg', ['--quiet', join(dir, image)], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        found.push(...out.split('\n').filter(Boolean));
      } catch (e) {
        // zbarimg exits with 4 when it finds nothing: that is an empty result, not a crash.
        if ((e as { status?: number }).status !== 4) throw e;
      }
    }
    return found.sort();
  });
}
