/**
 * Text measurement and encoding for long documents (issue 12). pdf-lib measures and encodes every
 * string by running fontkit's full layout (substitution lookups, script detection), some tens of
 * microseconds a call; a 5,000-case registry sheet asks that for every row. For the letters of our
 * documents, DejaVu Sans substitutes nothing between characters (its Cyrillic lookups touch only
 * the combining marks U+0483–U+0489, left out here; Latin has ligatures, so Latin is left out too),
 * so a string's glyphs are its characters' glyphs one by one. Each character is asked of pdf-lib
 * once; the sums are done in pdf-lib's own order, so widths are the same numbers to the last bit.
 * Any other string goes to pdf-lib as before. A test checks the premise on every pair of characters.
 */
import type { PDFFont } from 'pdf-lib';

/** Characters whose glyph never depends on a neighbour in DejaVu Sans (see the test). */
export const PLAIN_CHARS = /^[\u0400-\u0482\u048A-\u04FF0-9 .,:;!?()\-–—№«»"'/%+*·[\]]*$/;

export class GlyphTable {
  /** Per character: pdf-lib's width at size 1000 (= advance × its scale) and subset glyph in hex. */
  private chars = new Map<string, { unit: number; hex: string }>();
  private fallbackHex = new Map<string, string>();

  constructor(readonly font: PDFFont) {}

  private char(c: string): { unit: number; hex: string } {
    let entry = this.chars.get(c);
    if (!entry) {
      // encodeText also adds the glyph to the embedded subset, as drawing the text would.
      const hex = this.font.encodeText(c).toString().slice(1, -1);
      entry = { unit: this.font.widthOfTextAtSize(c, 1000), hex };
      this.chars.set(c, entry);
    }
    return entry;
  }

  /** Same as `font.widthOfTextAtSize(text, size)`. */
  widthOfTextAtSize(text: string, size: number): number {
    if (!PLAIN_CHARS.test(text)) return this.font.widthOfTextAtSize(text, size);
    let total = 0;
    for (const c of text) total += this.char(c).unit;
    return total * (size / 1000);
  }

  /** The glyph codes of `text` in hex, as `font.encodeText(text)` writes them (without `<>`). */
  hex(text: string): string {
    if (!PLAIN_CHARS.test(text)) {
      let hex = this.fallbackHex.get(text);
      if (hex === undefined)
        this.fallbackHex.set(text, (hex = this.font.encodeText(text).toString().slice(1, -1)));
      return hex;
    }
    let hex = '';
    for (const c of text) hex += this.char(c).hex;
    return hex;
  }
}
