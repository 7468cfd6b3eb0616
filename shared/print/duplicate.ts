/**
 * A printed document given again is marked as such (issue 16, item 8): «ДУБЛИКАТ от 05.12.2026» /
 * «ТЕЛНҰСҚА, 05.12.2026» in the top margin of every page, over the bytes the builder made, so any
 * document can be reprinted without each builder knowing about copies.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import type { PrintFonts } from './context';

const SIZE = 11;
const MARGIN = 14;

export async function markDuplicate(bytes: Uint8Array, text: string, fonts: PrintFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fonts.bold, { subset: true });
  const width = font.widthOfTextAtSize(text, SIZE);
  for (const page of doc.getPages()) {
    const { width: pw, height: ph } = page.getSize();
    page.drawText(text, {
      x: pw - MARGIN * 2 - width,
      y: ph - MARGIN - SIZE,
      size: SIZE,
      font,
      color: rgb(0.6, 0, 0),
    });
  }
  return doc.save({ useObjectStreams: false });
}
