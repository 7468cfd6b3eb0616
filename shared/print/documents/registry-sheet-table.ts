/**
 * The registry sheet's case table: rows flow over pages with the header and a «continued» line
 * repeated, never split; each row carries its case's Code 128 barcode.
 */
import { layoutBarcode, type BarcodeBlock } from '../barcode/draw';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { num, type TextItem } from '../layout/raw-content';
import { BASELINE, type PdfWriter } from '../layout/writer';
import { lineWidth, type Line } from '../layout/wrap';
import type { RegistrySheetData, SheetOptions } from './registry-sheet-data';
import { barsOps, type SheetInk } from './registry-sheet-ink';

const PAD = 3;
const PROGRESS_EVERY = 250;
const SERVICE_COL = 2;
const BARCODE = { module: 0.9, barHeight: 22, quiet: 10, textSize: 7.5 } as const;

/** The case table: its own, because each row carries a barcode, not only text. */
export function caseTable(
  w: PdfWriter,
  ink: SheetInk,
  data: RegistrySheetData,
  ctx: PrintContext,
  options: SheetOptions,
): void {
  const L = ctx.labels.registrySheet;
  const size = 8.5;
  const lh = w.lineHeight(size);
  const sample = layoutBarcode(data.rows[0]!.caseNumber.digits, data.rows[0]!.caseNumber.display, BARCODE);
  const noWidth = ink.fonts.regular.widthOfTextAtSize(`${data.rows.length}`, size) + 2 * PAD + 4;
  const codeWidth = Math.max(sample.width, ink.fonts.bold.widthOfTextAtSize(L.colCase, size)) + 2 * PAD;
  const docsWidth = ink.fonts.bold.widthOfTextAtSize(L.colDocuments, size) + 2 * PAD + 2;
  const rest = w.width - noWidth - codeWidth - docsWidth;
  const widths = [noWidth, codeWidth, rest * 0.6, rest * 0.4, docsWidth];
  const aligns = ['right', 'left', 'left', 'left', 'right'] as const;

  // Service names repeat thousands of times: wrap each distinct text once.
  const wrapped = new Map<string, Line[]>();
  const wrapCell = (text: string, col: number, bold = false): Line[] => {
    const key = `${col}|${bold ? 'b' : ''}|${text}`;
    let lines = wrapped.get(key);
    if (!lines) wrapped.set(key, (lines = ink.wrap(text, bold, size, widths[col]! - 2 * PAD)));
    return lines;
  };

  /** One row: shading, barcode bars, text lines and the cell borders. */
  const drawCells = (cells: (Line[] | BarcodeBlock)[], height: number, shade: boolean) => {
    const rowTop = w.y;
    w.y += height;
    if (w.isDry) return;
    const page = w.page;
    const bottom = num(w.pdfY(rowTop + height));
    // Shading first: the service name's form is placed during the loop below.
    if (shade)
      ink.raw.push(
        page,
        `q 0.9 0.9 0.9 rg ${num(w.frame.left)} ${bottom} ${num(w.width)} ${num(height)} re f Q\n`,
      );
    let ops = '';
    const texts: TextItem[] = [];
    let borders = '';
    let x = w.frame.left;
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      const left = x;
      borders += `${num(left)} ${bottom} ${num(width)} ${num(height)} re `;
      if (Array.isArray(cell) && i === SERVICE_COL) {
        // The same few service names in every row: each drawn once as a form, placed per row.
        const form = ink.raw.textForm(
          `${i}|${cell.map((l) => l.map((t) => t.text).join('')).join('\n')}`,
          () => {
            const items: TextItem[] = [];
            cell.forEach((line, j) => ink.lineAt(line, PAD, -(PAD + j * lh + size * BASELINE), size, items));
            return items;
          },
        );
        ink.raw.place(page, form, left, w.pdfY(rowTop));
      } else if (Array.isArray(cell)) {
        cell.forEach((line, j) => {
          const free = width - 2 * PAD - lineWidth(line);
          const shift = aligns[i] === 'right' ? free : 0;
          ink.line(w, line, left + PAD + shift, rowTop + PAD + j * lh, size, texts);
        });
      } else {
        ops += barsOps(w, ink, cell, left + (width - cell.width) / 2, rowTop + PAD, texts);
      }
      x += width;
    });
    ink.raw.push(page, ops);
    ink.raw.texts(page, texts);
    ink.raw.push(page, `q 0 G 0.5 w ${borders}S Q\n`);
  };

  const headerCells = [L.colNo, L.colCase, L.colService, L.colApplicant, L.colDocuments].map((t, i) =>
    wrapCell(t, i, true),
  );
  const headerHeight = Math.max(...headerCells.map((c) => c.length)) * lh + 2 * PAD;
  const continued = ink.wrap(fill(L.continued, { number: data.registryNumber }), false, 8, w.width);
  const previous = w.onPageStart;
  w.onPageStart = () => {
    // As w.text(continued, { size: 8, gray: 0.3, after: 2 }) would, without fontkit on every page.
    const texts: TextItem[] = [];
    for (const line of continued) {
      ink.line(w, line, w.frame.left, w.y, 8, texts);
      w.y += w.lineHeight(8);
    }
    if (!w.isDry) ink.raw.texts(w.page, texts, 0.3);
    w.y += 2;
    drawCells(headerCells, headerHeight, true);
  };
  const total = data.rows.length;
  try {
    w.ensure(headerHeight + sample.height + 2 * PAD);
    drawCells(headerCells, headerHeight, true);
    data.rows.forEach((r, i) => {
      const barcode = layoutBarcode(r.caseNumber.digits, r.caseNumber.display, BARCODE);
      const cells = [
        wrapCell(String(i + 1), 0),
        barcode,
        wrapCell(local(r.serviceName, ctx.lang), 2),
        wrapCell(r.applicantShort, 3),
        wrapCell(String(r.documentsCount), 4),
      ];
      const textLines = Math.max(...cells.map((c) => (Array.isArray(c) ? c.length : 0)));
      const height = Math.max(textLines * lh, barcode.height) + 2 * PAD;
      w.ensure(height);
      drawCells(cells, height, false);
      if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < total) options.onProgress?.(i + 1, total);
    });
  } finally {
    w.onPageStart = previous;
  }
  options.onProgress?.(total, total);
}
