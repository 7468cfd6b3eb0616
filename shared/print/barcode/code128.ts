/**
 * Code 128 bar geometry from bwip-js. Its `raw()` returns the symbol as alternating bar/space widths
 * in modules, with no canvas, DOM or Node involved, so the PDF gets crisp vector bars instead of a
 * raster image. bwip-js picks code set C for digit runs, which keeps case numbers short on paper.
 * Digit-only texts (case and registry numbers) follow bwip-js's structure without calling it each
 * time (code128-digits.ts).
 */
import bwipjs from 'bwip-js/generic';
import { code128DigitWidths } from './code128-digits';

function bwipWidths(text: string): number[] {
  const symbols = bwipjs.raw('code128', text, {});
  const first = symbols[0];
  if (!first || !('sbs' in first)) throw new Error('bwip-js returned no linear symbol for Code 128');
  return first.sbs;
}

/** Alternating widths in modules, starting with a bar. */
export function code128Widths(text: string): number[] {
  if (!text) throw new RangeError('Barcode text is empty');
  return /^\d+$/.test(text) ? code128DigitWidths(text, bwipWidths) : bwipWidths(text);
}

/** Exact widths from bwip-js, for tests that check the digit path against it. */
export const code128WidthsByBwip = (text: string): number[] => {
  if (!text) throw new RangeError('Barcode text is empty');
  return bwipWidths(text);
};

/** Total width of the bars in modules (quiet zones not included). */
export function moduleCount(widths: number[]): number {
  return widths.reduce((a, b) => a + b, 0);
}
