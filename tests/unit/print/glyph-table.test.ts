import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { GlyphTable, PLAIN_CHARS } from '@shared/print/layout/glyph-table';
import { fonts } from './tools';

/** Every character PLAIN_CHARS admits, from the ranges it names. */
function plainChars(): string[] {
  const out: string[] = [];
  for (let c = 0x20; c <= 0x4ff; c++) {
    const ch = String.fromCodePoint(c);
    if (PLAIN_CHARS.test(ch)) out.push(ch);
  }
  for (const ch of '–—№«»·') out.push(ch);
  return out;
}

async function embedded(): Promise<PDFFont[]> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  return [
    await doc.embedFont(fonts.regular, { subset: true }),
    await doc.embedFont(fonts.bold, { subset: true }),
  ];
}

describe('glyph table (issue 12)', () => {
  it('DejaVu substitutes nothing between the characters it admits, alone or after a Cyrillic letter', async () => {
    const chars = plainChars();
    expect(chars.length).toBeGreaterThan(280);
    for (const f of [fonts.regular, fonts.bold]) {
      const font = fontkit.create(f) as unknown as { layout(t: string): { glyphs: { id: number }[] } };
      const single = new Map(chars.map((c) => [c, font.layout(c).glyphs.map((g) => g.id)]));
      const ids = (t: string) =>
        font
          .layout(t)
          .glyphs.map((g) => g.id)
          .join();
      const bad: string[] = [];
      for (const a of chars)
        for (const b of chars) {
          // A pair alone gets the script of its letters; after «ж» every pair is shaped as Cyrillic.
          if (ids(a + b) !== [...single.get(a)!, ...single.get(b)!].join()) bad.push(a + b);
          if (ids(`ж${a}${b}`) !== [...single.get('ж')!, ...single.get(a)!, ...single.get(b)!].join())
            bad.push(`ж${a}${b}`);
        }
      expect(bad).toEqual([]);
    }
    // The combining marks it leaves out do change the glyph before them.
    const font = fontkit.create(fonts.regular) as unknown as {
      layout(t: string): { glyphs: { id: number }[] };
    };
    expect(font.layout('і\u0483').glyphs[0]!.id).not.toBe(font.layout('і').glyphs[0]!.id);
  }, 60_000);

  it('measures and encodes as pdf-lib does, for plain text and for text it hands to pdf-lib', async () => {
    const [regular, bold] = await embedded();
    const texts = [
      'Назначение государственных пособий семьям, имеющим детей до 18 лет',
      '18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау',
      'Қасымова Ә. Н.',
      '12-03-26-000001-1',
      'РЕЕСТР № 12-02-000031 · Страница 3 из 279',
      'Office (Latin: fi, ffl)',
      'і\u0483',
    ];
    for (const font of [regular!, bold!]) {
      const table = new GlyphTable(font);
      for (const text of texts) {
        for (const size of [7.5, 8, 8.5, 9])
          expect(table.widthOfTextAtSize(text, size)).toBe(font.widthOfTextAtSize(text, size));
        expect(`<${table.hex(text)}>`).toBe(font.encodeText(text).toString());
      }
    }
  });
});
