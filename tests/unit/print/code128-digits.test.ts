import { describe, expect, it } from 'vitest';
import { code128Widths, code128WidthsByBwip } from '@shared/print/barcode/code128';
import { code128DigitWidths } from '@shared/print/barcode/code128-digits';

/** Deterministic digits (a linear congruential stream), so a failure names the same number again. */
function digitStream(seed: number) {
  let state = seed;
  return (length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      out += String(state % 10);
    }
    return out;
  };
}

describe('Code 128 for digits without bwip-js on every call', () => {
  it('gives bwip-js widths for every length from 1 to 24 and every check value', () => {
    const next = digitStream(7);
    const checks = new Set<string>();
    for (let length = 1; length <= 24; length++) {
      const texts = [
        '0'.repeat(length),
        '9'.repeat(length),
        ...Array.from({ length: 150 }, () => next(length)),
      ];
      for (const text of texts) {
        const bwip = code128WidthsByBwip(text);
        expect(code128Widths(text), text).toEqual(bwip);
        // The check symbol: six elements before the stop.
        checks.add(bwip.slice(-13, -7).join(''));
      }
    }
    expect(checks.size).toBe(103);
  });

  it('asks bwip-js once per length, and only bwip-js for text that is not all digits', () => {
    const asked: string[] = [];
    const encode = (text: string) => {
      asked.push(text);
      return code128WidthsByBwip(text);
    };
    // A length (27) the test above did not use: this module keeps its templates.
    for (const n of ['1203260000011', '1203260000022', '9999999999999'].map((d) => `${d}12345678901234`))
      expect(code128DigitWidths(n, encode)).toEqual(code128WidthsByBwip(n));
    expect(asked).toEqual(['1'.repeat(27)]);
    expect(code128DigitWidths('12-03', encode)).toEqual(code128WidthsByBwip('12-03'));
    expect(asked.at(-1)).toBe('12-03');
  });
});
