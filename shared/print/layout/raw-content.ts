/**
 * Page content written as PDF operator text (issue 12). pdf-lib keeps every operator as objects
 * (a rectangle is an operator with four number objects) and serialises them at save; a 5,000-case
 * registry sheet has some 200,000 bars, and that bookkeeping was most of its time. Here a page's
 * drawing is appended to a string and stored, deflated, as one more content stream of the page.
 *
 * The stream is reserved when the page is first drawn on, so its place among the page's content
 * streams, and so what is drawn over what, follows the drawing order as with pdf-lib's calls.
 */
import type { PDFDocument, PDFName, PDFPage, PDFRef } from 'pdf-lib';
import type { GlyphTable } from './glyph-table';

/** A number to a hundredth of a point (0.0035 mm; a 600 dpi printer's dot is 0.12 pt). */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

export interface TextItem {
  table: GlyphTable;
  text: string;
  x: number;
  y: number;
  size: number;
}

interface PageStream {
  ref: PDFRef;
  parts: string[];
  fonts: Map<GlyphTable, string>;
  forms: Map<PDFRef, string>;
}

/** Text items as one BT … ET block; `fontKey` names a table's font in the resources at hand. */
function textOps(items: readonly TextItem[], gray: number, fontKey: (table: GlyphTable) => string): string {
  let ops = `q ${num(gray)} g BT`;
  let font: GlyphTable | undefined;
  let size = 0;
  for (const t of items) {
    if (t.table !== font || t.size !== size) {
      font = t.table;
      size = t.size;
      ops += ` ${fontKey(font)} ${num(size)} Tf`;
    }
    ops += ` 1 0 0 1 ${num(t.x)} ${num(t.y)} Tm <${t.table.hex(t.text)}> Tj`;
  }
  return `${ops} ET Q\n`;
}

export class RawContent {
  private streams = new Map<PDFPage, PageStream>();

  constructor(private readonly doc: PDFDocument) {}

  private stream(page: PDFPage): PageStream {
    let s = this.streams.get(page);
    if (!s) {
      const ref = this.doc.context.nextRef();
      page.node.addContentStream(ref);
      s = { ref, parts: [], fonts: new Map(), forms: new Map() };
      this.streams.set(page, s);
    }
    return s;
  }

  private fontKey(s: PageStream, page: PDFPage, table: GlyphTable): string {
    let key = s.fonts.get(table);
    if (!key) {
      const name: PDFName = page.node.newFontDictionary(table.font.name, table.font.ref);
      s.fonts.set(table, (key = name.toString()));
    }
    return key;
  }

  /** Raw operators, already balanced (every `q` has its `Q`). */
  push(page: PDFPage, ops: string): void {
    this.stream(page).parts.push(ops);
  }

  /**
   * Lines of text in one BT … ET block, in gray `gray` (0 = black): each item's baseline starts at
   * pdf-lib (x, y); the font and size are set only when they change.
   */
  texts(page: PDFPage, items: readonly TextItem[], gray = 0): void {
    if (items.length === 0) return;
    const s = this.stream(page);
    s.parts.push(textOps(items, gray, (table) => this.fontKey(s, page, table)));
  }

  private forms = new Map<string, PDFRef>();

  /**
   * Text drawn the same way many times (a service name's lines in every row) stored once as a form
   * XObject, its items placed relative to the form's origin; `key` names the drawing.
   */
  textForm(key: string, items: () => readonly TextItem[]): PDFRef {
    let ref = this.forms.get(key);
    if (!ref) {
      const context = this.doc.context;
      const fonts = new Map<GlyphTable, string>();
      const ops = textOps(items(), 0, (table) => {
        let name = fonts.get(table);
        if (!name) fonts.set(table, (name = `/F${fonts.size}`));
        return name;
      });
      const Font = Object.fromEntries([...fonts].map(([table, name]) => [name.slice(1), table.font.ref]));
      const stream = context.flateStream(ops, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [-1000, -1000, 1000, 1000],
        Resources: { Font },
      });
      ref = context.register(stream);
      this.forms.set(key, ref);
    }
    return ref;
  }

  /** Draws a form with its origin at pdf-lib (x, y). */
  place(page: PDFPage, form: PDFRef, x: number, y: number): void {
    const s = this.stream(page);
    let name = s.forms.get(form);
    if (!name) s.forms.set(form, (name = page.node.newXObject('Fm', form).toString()));
    s.parts.push(`q 1 0 0 1 ${num(x)} ${num(y)} cm ${name} Do Q\n`);
  }

  /**
   * Stores every page's operators, deflated, under the references reserved for them. pdf-lib's
   * deflate (pako) it is: in Chromium it beat CompressionStream on these many small streams.
   */
  finish(): void {
    const context = this.doc.context;
    for (const s of this.streams.values()) context.assign(s.ref, context.flateStream(s.parts.join('')));
    this.streams.clear();
  }
}
