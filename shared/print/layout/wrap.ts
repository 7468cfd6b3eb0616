/**
 * Line breaking over styled runs. Widths come from the embedded font, so what is measured is what
 * prints; a word wider than the line is cut by characters rather than overflowing the margin.
 */
import type { PDFFont } from 'pdf-lib';

export interface Run {
  text: string;
  bold?: boolean;
  underline?: boolean;
}

export interface PlacedToken {
  text: string;
  x: number;
  width: number;
  bold: boolean;
  underline: boolean;
}

export type Line = PlacedToken[];

/** What line breaking needs of a font: pdf-lib's PDFFont, or a GlyphTable over one. */
export type TextMeasure = Pick<PDFFont, 'widthOfTextAtSize'>;

export interface FontPair {
  regular: TextMeasure;
  bold: TextMeasure;
}

/** Splits runs into lines. `firstWidth` lets a line start after a label (form fields). */
export function wrapRuns(
  runs: Run[],
  fonts: FontPair,
  size: number,
  firstWidth: number,
  restWidth: number = firstWidth,
): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let x = 0;
  let limit = firstWidth;
  const breakLine = () => {
    while (line.length && /^\s+$/.test(line[line.length - 1]!.text)) line.pop();
    lines.push(line);
    line = [];
    x = 0;
    limit = restWidth;
  };
  for (const run of runs) {
    const font = run.bold ? fonts.bold : fonts.regular;
    const style = { bold: !!run.bold, underline: !!run.underline };
    const parts = run.text.replace(/\r\n?/g, '\n').split(/(\n|[ \t]+)/);
    for (const part of parts) {
      if (part === '') continue;
      if (part === '\n') {
        breakLine();
        continue;
      }
      const isSpace = /^[ \t]+$/.test(part);
      if (isSpace) {
        if (line.length === 0) continue;
        const width = font.widthOfTextAtSize(' ', size);
        line.push({ text: ' ', x, width, ...style });
        x += width;
        continue;
      }
      let word = part;
      let width = font.widthOfTextAtSize(word, size);
      if (x + width > limit && line.length > 0) breakLine();
      while (width > limit) {
        // Longest prefix that fits; at least one character so the loop always advances.
        let cut = 1;
        while (cut < word.length && font.widthOfTextAtSize(word.slice(0, cut + 1), size) <= limit - x) cut++;
        const head = word.slice(0, cut);
        line.push({ text: head, x, width: font.widthOfTextAtSize(head, size), ...style });
        breakLine();
        word = word.slice(cut);
        width = font.widthOfTextAtSize(word, size);
      }
      if (word) {
        line.push({ text: word, x, width, ...style });
        x += width;
      }
    }
  }
  if (line.length || lines.length === 0) breakLine();
  return lines;
}

export function lineWidth(line: Line): number {
  const last = line[line.length - 1];
  return last ? last.x + last.width : 0;
}
