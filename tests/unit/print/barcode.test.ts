import { describe, expect, it } from 'vitest';
import { code128Widths, moduleCount } from '@shared/print/barcode/code128';
import { barcodeAtCursor, layoutBarcode } from '@shared/print/barcode/draw';
import { PdfWriter } from '@shared/print/layout/writer';
import { A4, margins, mm } from '@shared/print/layout/units';
import { decodeBarcodes, fonts } from './tools';

describe('Code 128 geometry', () => {
  it('is start + data + check + stop, 11 modules a symbol and 13 for the stop', () => {
    // 12 digits in code set C: start C, 6 pairs, check, stop.
    const widths = code128Widths('120326000421');
    expect(widths.length % 2).toBe(1); // starts and ends with a bar
    expect(moduleCount(widths)).toBe(11 * 8 + 13);
    // Start C is 2-1-1-2-3-2; stop is 2-3-3-1-1-1-2.
    expect(widths.slice(0, 6)).toEqual([2, 1, 1, 2, 3, 2]);
    expect(widths.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]);
  });

  it('refuses a quiet zone under 10 modules', () => {
    expect(() => layoutBarcode('1234', '1234', { quiet: 9 })).toThrow(/quiet zone/);
    expect(layoutBarcode('1234', '1234', { quiet: 10, module: 1 }).width).toBe(
      moduleCount(code128Widths('1234')) + 20,
    );
  });

  it('decodes at 200 dpi for odd and even lengths with bars narrower than any document uses', async () => {
    const w = await PdfWriter.create(fonts, { size: A4, margins: margins(mm(15)), title: 't', lang: 'ru' });
    for (const digits of ['1203260004217', '120326000421', '90000000000000000001']) {
      barcodeAtCursor(w, layoutBarcode(digits, digits, { module: 0.9 }));
      w.space(mm(20));
    }
    const found = decodeBarcodes(await w.save());
    expect(found).toEqual(
      ['1203260004217', '120326000421', '90000000000000000001'].map((d) => `CODE-128:${d}`).sort(),
    );
  });
});
