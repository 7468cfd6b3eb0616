/**
 * A ruled table that flows over pages: rows never split, and the header row repeats at the top of
 * every page so a printed journal page can be read on its own.
 */
import { rgb } from 'pdf-lib';
import type { PdfWriter } from './writer';
import { lineWidth, type Line } from './wrap';

export interface Column {
  title: string;
  /** Relative width; columns share the frame in proportion. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface Cell {
  text: string;
  bold?: boolean;
}

const PAD = 3;

export function table(
  w: PdfWriter,
  columns: Column[],
  rows: (string | Cell)[][],
  opts: { size?: number } = {},
): void {
  const size = opts.size ?? w.fontSize * 0.9;
  const lh = w.lineHeight(size);
  const total = columns.reduce((a, c) => a + c.weight, 0);
  const widths = columns.map((c) => (w.width * c.weight) / total);

  const layoutRow = (cells: Cell[]) => {
    const lines = cells.map((c, i) => w.wrap([{ text: c.text, bold: c.bold }], size, widths[i]! - 2 * PAD));
    return { lines, height: Math.max(...lines.map((l) => l.length)) * lh + 2 * PAD };
  };

  const drawRow = (row: { lines: Line[][]; height: number }, shade: boolean) => {
    let x = w.frame.left;
    const top = w.y;
    row.lines.forEach((cellLines, i) => {
      const width = widths[i]!;
      w.ink((page) =>
        page.drawRectangle({
          x,
          y: w.pdfY(top + row.height),
          width,
          height: row.height,
          borderColor: rgb(0, 0, 0),
          borderWidth: 0.5,
          color: shade ? rgb(0.9, 0.9, 0.9) : undefined,
        }),
      );
      const align = columns[i]!.align ?? 'left';
      cellLines.forEach((line, j) => {
        const free = width - 2 * PAD - lineWidth(line);
        const shift = align === 'center' ? free / 2 : align === 'right' ? free : 0;
        w.drawLine(line, x + PAD + shift, top + PAD + j * lh, size);
      });
      x += width;
    });
    w.y += row.height;
  };

  const header = layoutRow(columns.map((c) => ({ text: c.title, bold: true })));
  const previous = w.onPageStart;
  w.ensure(header.height + lh + 2 * PAD);
  drawRow(header, true);
  w.onPageStart = (writer) => {
    previous?.(writer);
    drawRow(header, true);
  };
  try {
    for (const row of rows) {
      const laid = layoutRow(row.map((c) => (typeof c === 'string' ? { text: c } : c)));
      w.ensure(laid.height);
      drawRow(laid, false);
    }
  } finally {
    w.onPageStart = previous;
  }
}
