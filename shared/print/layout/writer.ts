/**
 * A small top-down document writer over pdf-lib. pdf-lib counts y from the bottom of the page;
 * documents are written from the top, so the writer keeps a cursor `y` measured from the top edge
 * and converts when drawing. Every drawing call goes through `ink()`, which lets `measure()` run the
 * same layout code without drawing: a block is measured by laying it out, never by guessing.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Lang } from '../../i18n/lang';
import type { PrintFonts } from '../context';
import type { Margins, Size } from './units';
import { lineWidth, wrapRuns, type Line, type Run } from './wrap';

/** A rectangle in top-down page coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** 0 = black, 1 = white. Printers in offices are monochrome. */
  gray?: number;
  /** Extra indent from the frame's left edge (first and following lines). */
  indent?: number;
  /** Space after the paragraph, in points. */
  after?: number;
}

export const LINE_FACTOR = 1.22;
/** DejaVu Sans ascends about 0.93 em; the baseline sits that far below the line's top. */
export const BASELINE = 0.93;

export interface WriterOptions {
  size: Size;
  margins: Margins;
  title: string;
  lang: Lang;
  /** Default text size in points. */
  fontSize?: number;
}

export class PdfWriter {
  page!: PDFPage;
  frame!: Box;
  /** Cursor: top of the next line, in points from the page's top edge. */
  y = 0;
  readonly fontSize: number;
  /** Called after every automatic or explicit page break (repeating table headers). */
  onPageStart: ((w: PdfWriter) => void) | undefined;
  private dry = false;
  /** False inside a fixed frame (a receipt copy): overflow there is a layout bug caught by measure(). */
  private breaks = true;

  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly size: Size,
    readonly margins: Margins,
    fontSize: number,
  ) {
    this.fontSize = fontSize;
  }

  static async create(fonts: PrintFonts, opts: WriterOptions): Promise<PdfWriter> {
    // updateMetadata: false keeps pdf-lib from stamping the machine clock into the file.
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit);
    const regular = await doc.embedFont(fonts.regular, { subset: true });
    const bold = await doc.embedFont(fonts.bold, { subset: true });
    doc.setTitle(opts.title, { showInWindowTitleBar: true });
    doc.setLanguage(opts.lang === 'kk' ? 'kk-KZ' : 'ru-KZ');
    doc.setCreator('Almaty Social Services');
    doc.setProducer('pdf-lib');
    const w = new PdfWriter(doc, regular, bold, opts.size, opts.margins, opts.fontSize ?? 10);
    w.newPage();
    return w;
  }

  get pages(): PDFPage[] {
    return this.doc.getPages();
  }

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  get isDry(): boolean {
    return this.dry;
  }

  font(bold?: boolean): PDFFont {
    return bold ? this.bold : this.regular;
  }

  lineHeight(size = this.fontSize): number {
    return size * LINE_FACTOR;
  }

  textWidth(text: string, size = this.fontSize, bold = false): number {
    return this.font(bold).widthOfTextAtSize(text, size);
  }

  newPage(): void {
    if (this.dry) {
      this.y = this.frame.top;
      return;
    }
    this.page = this.doc.addPage([this.size.width, this.size.height]);
    const m = this.margins;
    this.frame = {
      left: m.left,
      top: m.top,
      right: this.size.width - m.right,
      bottom: this.size.height - m.bottom,
    };
    this.y = this.frame.top;
    this.onPageStart?.(this);
  }

  /** Space left in the frame below the cursor. */
  remaining(): number {
    return this.frame.bottom - this.y;
  }

  /** Starts a new page unless `height` points fit below the cursor. */
  ensure(height: number): void {
    if (!this.breaks || this.dry) return;
    if (this.y + height > this.frame.bottom + 0.01 && this.y > this.frame.top + 0.01) this.newPage();
  }

  space(height: number): void {
    this.y += height;
  }

  /** Runs `fn` inside `box` (no page breaks there) and returns the cursor it reached. */
  inFrame(box: Box, fn: () => void): number {
    const saved = { frame: this.frame, y: this.y, breaks: this.breaks };
    this.frame = box;
    this.y = box.top;
    this.breaks = false;
    try {
      fn();
      return this.y;
    } finally {
      this.frame = saved.frame;
      this.y = saved.y;
      this.breaks = saved.breaks;
    }
  }

  /** Height that `fn` would take from the cursor, without drawing anything. */
  measure(fn: () => void): number {
    const saved = { y: this.y, dry: this.dry };
    this.dry = true;
    try {
      fn();
      return this.y - saved.y;
    } finally {
      this.y = saved.y;
      this.dry = saved.dry;
    }
  }

  /** Draws only when not measuring. */
  ink(draw: (page: PDFPage) => void): void {
    if (!this.dry) draw(this.page);
  }

  /** pdf-lib's y for a top-down coordinate. */
  pdfY(top: number): number {
    return this.size.height - top;
  }

  wrap(runs: Run[], size: number, firstWidth: number, restWidth?: number): Line[] {
    return wrapRuns(runs, { regular: this.regular, bold: this.bold }, size, firstWidth, restWidth);
  }

  /** Draws one laid-out line with its top at `top`, its start at `x`. */
  drawLine(line: Line, x: number, top: number, size: number, gray = 0): void {
    this.ink((page) => {
      const baseline = this.pdfY(top + size * BASELINE);
      const color = rgb(gray, gray, gray);
      for (const t of line) {
        if (t.text !== ' ')
          page.drawText(t.text, { x: x + t.x, y: baseline, size, font: this.font(t.bold), color });
        if (t.underline)
          page.drawLine({
            start: { x: x + t.x, y: baseline - size * 0.15 },
            end: { x: x + t.x + t.width, y: baseline - size * 0.15 },
            thickness: Math.max(0.5, size * 0.06),
            color,
          });
      }
    });
  }

  /** A paragraph of styled runs, wrapped to the frame, breaking pages between lines. */
  runs(runs: Run[], style: TextStyle = {}): void {
    const size = style.size ?? this.fontSize;
    const indent = style.indent ?? 0;
    const width = this.width - indent;
    const lh = this.lineHeight(size);
    for (const line of this.wrap(runs, size, width)) {
      this.ensure(lh);
      const free = width - lineWidth(line);
      const shift = style.align === 'center' ? free / 2 : style.align === 'right' ? free : 0;
      this.drawLine(line, this.frame.left + indent + shift, this.y, size, style.gray);
      this.y += lh;
    }
    this.y += style.after ?? 0;
  }

  text(text: string, style: TextStyle = {}): void {
    this.runs([{ text, bold: style.bold }], style);
  }

  /** A horizontal rule across the frame. */
  rule(opts: { thickness?: number; gap?: number; dash?: number[] } = {}): void {
    const gap = opts.gap ?? 4;
    this.ensure(gap * 2);
    this.y += gap;
    const y = this.pdfY(this.y);
    this.ink((page) =>
      page.drawLine({
        start: { x: this.frame.left, y },
        end: { x: this.frame.right, y },
        thickness: opts.thickness ?? 0.6,
        dashArray: opts.dash,
        color: rgb(0, 0, 0),
      }),
    );
    this.y += gap;
  }

  /** Draws page numbers on every page once the document is complete. */
  numberPages(format: (page: number, pages: number) => string, size = 8): void {
    const pages = this.pages;
    pages.forEach((page, i) => {
      const text = format(i + 1, pages.length);
      const width = this.regular.widthOfTextAtSize(text, size);
      page.drawText(text, {
        x: this.size.width - this.margins.right - width,
        y: this.margins.bottom / 2,
        size,
        font: this.regular,
        color: rgb(0.3, 0.3, 0.3),
      });
    });
  }

  save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
