/**
 * A Code 128 block: white background, quiet zones, vector bars and the human-readable number.
 * Decoders fail on bars that touch text or a frame, so the quiet zone is part of the block's size.
 */
import { rgb } from 'pdf-lib';
import type { PdfWriter } from '../layout/writer';
import { code128Widths, moduleCount } from './code128';

export interface BarcodeStyle {
  /** Narrowest bar, in points. 1 pt ≈ 0.35 mm: 2.8 px at 200 dpi, over 4 dots at 300 dpi. */
  module?: number;
  /** Bar height in points. */
  barHeight?: number;
  /** Quiet zone on each side, in modules; the Code 128 minimum is 10. */
  quiet?: number;
  /** Size of the human-readable line; 0 hides it. */
  textSize?: number;
}

export interface BarcodeBlock {
  widths: number[];
  width: number;
  height: number;
  style: Required<BarcodeStyle>;
  caption: string;
}

const DEFAULTS: Required<BarcodeStyle> = { module: 1, barHeight: 34, quiet: 12, textSize: 8 };

export function layoutBarcode(digits: string, caption: string, style: BarcodeStyle = {}): BarcodeBlock {
  const s = { ...DEFAULTS, ...style };
  if (s.quiet < 10) throw new RangeError('Code 128 needs a quiet zone of at least 10 modules');
  const widths = code128Widths(digits);
  const width = (moduleCount(widths) + 2 * s.quiet) * s.module;
  const height = s.barHeight + (s.textSize ? s.textSize * 1.5 : 0) + 2 * s.module;
  return { widths, width, height, style: s, caption };
}

/** Draws the block with its top-left corner at (left, top), top-down coordinates. */
export function drawBarcode(w: PdfWriter, block: BarcodeBlock, left: number, top: number): void {
  const { module, barHeight, quiet, textSize } = block.style;
  w.ink((page) => {
    const black = rgb(0, 0, 0);
    page.drawRectangle({
      x: left,
      y: w.pdfY(top + block.height),
      width: block.width,
      height: block.height,
      color: rgb(1, 1, 1),
    });
    let x = left + quiet * module;
    const barTop = top + module;
    block.widths.forEach((units, i) => {
      const width = units * module;
      if (i % 2 === 0)
        page.drawRectangle({ x, y: w.pdfY(barTop + barHeight), width, height: barHeight, color: black });
      x += width;
    });
    if (textSize) {
      const textWidth = w.regular.widthOfTextAtSize(block.caption, textSize);
      page.drawText(block.caption, {
        x: left + (block.width - textWidth) / 2,
        y: w.pdfY(barTop + barHeight + textSize * 1.2),
        size: textSize,
        font: w.regular,
        color: black,
      });
    }
  });
}

/** Places a barcode at the cursor (left, centred or right) and moves the cursor below it. */
export function barcodeAtCursor(
  w: PdfWriter,
  block: BarcodeBlock,
  align: 'left' | 'center' | 'right' = 'left',
): void {
  w.ensure(block.height);
  const free = w.width - block.width;
  const left = w.frame.left + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
  drawBarcode(w, block, left, w.y);
  w.y += block.height;
}
