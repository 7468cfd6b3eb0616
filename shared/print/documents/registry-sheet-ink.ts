/**
 * The registry sheet's ink for thousands of rows: text measured and encoded through glyph tables
 * and drawn, with the barcode bars and borders, as raw operators.
 */
import type { BarcodeBlock } from '../barcode/draw';
import { GlyphTable } from '../layout/glyph-table';
import { num, RawContent, type TextItem } from '../layout/raw-content';
import { BASELINE, type PdfWriter } from '../layout/writer';
import { wrapRuns, type FontPair, type Line } from '../layout/wrap';

/**
 * Thousands of rows: text measured and encoded through glyph tables (layout/glyph-table.ts) and
 * drawn, with the bars and borders, as raw operators (layout/raw-content.ts).
 */
export class SheetInk {
  readonly fonts: FontPair & { regular: GlyphTable; bold: GlyphTable };
  readonly raw: RawContent;

  constructor(w: PdfWriter) {
    this.fonts = { regular: new GlyphTable(w.regular), bold: new GlyphTable(w.bold) };
    this.raw = new RawContent(w.doc);
  }

  wrap(text: string, bold: boolean, size: number, width: number): Line[] {
    return wrapRuns([{ text, bold }], this.fonts, size, width);
  }

  /** Adds a laid-out line with its top at `top` to `out`: one item when its words share one style. */
  line(w: PdfWriter, line: Line, x: number, top: number, size: number, out: TextItem[]): void {
    this.lineAt(line, x, w.pdfY(top + size * BASELINE), size, out);
  }

  /** The same with the baseline at pdf-lib `y`. */
  lineAt(line: Line, x: number, y: number, size: number, out: TextItem[]): void {
    const first = line[0];
    if (!first) return;
    if (line.every((t) => t.bold === first.bold)) {
      const text = line.map((t) => t.text).join('');
      out.push({ table: this.fonts[first.bold ? 'bold' : 'regular'], text, x: x + first.x, y, size });
      return;
    }
    for (const t of line)
      if (t.text !== ' ')
        out.push({ table: this.fonts[t.bold ? 'bold' : 'regular'], text: t.text, x: x + t.x, y, size });
  }

  /** Page numbers as PdfWriter.numberPages places them. */
  numberPages(w: PdfWriter, format: (page: number, pages: number) => string, size = 8): void {
    const pages = w.pages;
    pages.forEach((page, i) => {
      const text = format(i + 1, pages.length);
      const width = this.fonts.regular.widthOfTextAtSize(text, size);
      const x = w.size.width - w.margins.right - width;
      this.raw.texts(page, [{ table: this.fonts.regular, text, x, y: w.margins.bottom / 2, size }], 0.3);
    });
  }
}

/**
 * The bars of a Code 128 block as one filled path in a space scaled to modules (x) from the bars'
 * bottom left corner, so each bar is a few digits of text; the number under them goes to `texts`.
 */
export function barsOps(
  w: PdfWriter,
  ink: SheetInk,
  block: BarcodeBlock,
  left: number,
  top: number,
  texts: TextItem[],
): string {
  const { module, barHeight, quiet, textSize } = block.style;
  const x0 = left + quiet * module;
  let ops = `q ${num(module)} 0 0 1 ${num(x0)} ${num(w.pdfY(top + module + barHeight))} cm 0 g`;
  const height = num(barHeight);
  let at = 0;
  for (let i = 0; i < block.widths.length; i++) {
    const units = block.widths[i]!;
    if (i % 2 === 0) ops += ` ${at} 0 ${units} ${height} re`;
    at += units;
  }
  const textWidth = ink.fonts.regular.widthOfTextAtSize(block.caption, textSize);
  texts.push({
    table: ink.fonts.regular,
    text: block.caption,
    x: left + (block.width - textWidth) / 2,
    y: w.pdfY(top + module + barHeight + textSize * 1.2),
    size: textSize,
  });
  return `${ops} f Q\n`;
}
