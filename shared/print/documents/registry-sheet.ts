/**
 * The registry sheet (issue 5, item 3): the paper that travels with the packages from the ЦОН's
 * accumulation department to the district office. Every case with its Code 128 barcode (scanned on
 * dispatch and on arrival) and its number of documents, the totals, and the lines where the courier
 * hands over and the district office receives (name, date, signature). A registry may hold
 * thousands of cases: the table flows over pages with its header and the registry number repeated,
 * every page numbered, rows never split.
 */
import { rgb } from 'pdf-lib';
import type { LocalText } from '../../i18n/lang';
import { formatDateTime } from '../../i18n/format';
import { drawBarcode, layoutBarcode, type BarcodeBlock } from '../barcode/draw';
import { checkCaseNumber, type PrintCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { labelValue, officeHeader, title } from '../layout/blocks';
import { A4, mm } from '../layout/units';
import { GlyphTable } from '../layout/glyph-table';
import { num, RawContent, type TextItem } from '../layout/raw-content';
import { BASELINE, PdfWriter } from '../layout/writer';
import { lineWidth, wrapRuns, type FontPair, type Line } from '../layout/wrap';
import type { PrintOffice } from '../office';
import { fullName, type PersonName } from '../person';
import { officeLines } from './common';

export interface RegistrySheetRow {
  caseNumber: PrintCaseNumber;
  serviceName: LocalText | string;
  /** «Қасымова Ә. Н.»: the sheet carries no more personal data than the package label. */
  applicantShort: string;
  documentsCount: number;
}

export interface RegistrySheetData {
  /** Digits and dashes (the registry manifest's format); its digits are printed as a barcode. */
  registryNumber: string;
  sender: PrintOffice;
  recipient: PrintOffice;
  /** Instant the registry was compiled. */
  createdAt: number;
  createdBy: PersonName | string;
  rows: RegistrySheetRow[];
}

export interface SheetOptions {
  /** Rows laid out so far, every few hundred rows and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

const PAD = 3;
const PROGRESS_EVERY = 250;
const SERVICE_COL = 2;
const BARCODE = { module: 0.9, barHeight: 22, quiet: 10, textSize: 7.5 } as const;

function checkRows(rows: RegistrySheetRow[]): void {
  if (rows.length === 0) throw new RangeError('A registry sheet lists at least one case');
  const seen = new Set<string>();
  for (const r of rows) {
    checkCaseNumber(r.caseNumber);
    if (seen.has(r.caseNumber.digits)) throw new RangeError(`Case ${r.caseNumber.display} is listed twice`);
    seen.add(r.caseNumber.digits);
    if (!Number.isInteger(r.documentsCount) || r.documentsCount < 0)
      throw new RangeError(`Documents count of ${r.caseNumber.display} must be a whole number ≥ 0`);
  }
}

export async function buildRegistrySheet(
  data: RegistrySheetData,
  ctx: PrintContext,
  options: SheetOptions = {},
): Promise<Uint8Array> {
  if (!/^\d[\d-]{0,39}$/.test(data.registryNumber))
    throw new RangeError(`Registry number must be digits and dashes: "${data.registryNumber}"`);
  checkRows(data.rows);
  const { lang, labels } = ctx;
  const L = labels.registrySheet;
  const heading = fill(L.title, { number: data.registryNumber });
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(12), bottom: mm(14), left: mm(15), right: mm(12) },
    title: heading,
    lang,
    fontSize: 9,
  });

  officeHeader(w, officeLines(data.sender, ctx));
  const top = w.y;
  const registryDigits = data.registryNumber.replace(/\D/g, '');
  const registryCode = layoutBarcode(registryDigits, data.registryNumber, { barHeight: 26, textSize: 8 });
  drawBarcode(w, registryCode, w.frame.right - registryCode.width, top);
  w.y = w.inFrame({ ...w.frame, top, right: w.frame.right - registryCode.width - 10 }, () => {
    title(w, heading, L.subtitle, 13);
  });
  w.y = Math.max(w.y, top + registryCode.height) + 4;
  const row = (label: string, value: string) => labelValue(w, label, value, { labelWidth: mm(35), after: 1 });
  row(L.from, local(data.sender.name, lang));
  row(L.to, local(data.recipient.name, lang));
  row(L.createdAt, formatDateTime(data.createdAt, lang));
  row(L.createdBy, typeof data.createdBy === 'string' ? data.createdBy : fullName(data.createdBy));
  w.space(6);

  const ink = new SheetInk(w);
  caseTable(w, ink, data, ctx, options);
  totals(w, data, ctx);
  ink.numberPages(w, (page, pages) => `${heading} · ${fill(labels.common.page, { page, pages })}`);
  ink.raw.finish();
  return w.save();
}

/** The case table: its own, because each row carries a barcode, not only text. */
function caseTable(
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

function totals(w: PdfWriter, data: RegistrySheetData, ctx: PrintContext): void {
  const { lang, labels } = ctx;
  const L = labels.registrySheet;
  const documents = data.rows.reduce((a, r) => a + r.documentsCount, 0);
  const byService = new Map<string, { cases: number; documents: number }>();
  for (const r of data.rows) {
    const name = local(r.serviceName, lang);
    const t = byService.get(name) ?? { cases: 0, documents: 0 };
    t.cases++;
    t.documents += r.documentsCount;
    byService.set(name, t);
  }
  const block = () => {
    w.space(8);
    w.text(fill(L.totalCases, { count: data.rows.length }), { bold: true });
    w.text(fill(L.totalDocuments, { count: documents }), { bold: true, after: 3 });
    w.text(`${L.byService}:`, { after: 1 });
    for (const [name, t] of byService)
      w.text(fill(L.serviceLine, { service: name, cases: t.cases, documents: t.documents }), {
        indent: mm(4),
        size: 8.5,
      });
    w.space(10);
    handover(w, L.handedOver, local(data.sender.name, lang), ctx);
    w.space(8);
    handover(w, L.received, local(data.recipient.name, lang), ctx);
  };
  // Totals and both signature lines stay together on one page.
  w.ensure(w.measure(block));
  block();
}

/**
 * Thousands of rows: text measured and encoded through glyph tables (layout/glyph-table.ts) and
 * drawn, with the bars and borders, as raw operators (layout/raw-content.ts).
 */
class SheetInk {
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
function barsOps(
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

/** «Сдал(а) (office): ________ ________ ________» with «Ф.И.О.», «дата», «подпись» under the lines. */
function handover(w: PdfWriter, label: string, office: string, ctx: PrintContext): void {
  const L = ctx.labels.registrySheet;
  w.text(`${label} (${office}):`, { bold: true, after: 10 });
  const lineTop = w.y + 4;
  const parts = [
    { share: 0.5, caption: L.name },
    { share: 0.2, caption: L.date },
    { share: 0.3, caption: ctx.labels.common.signature },
  ];
  const gap = 8;
  let x = w.frame.left;
  const usable = w.width - gap * (parts.length - 1);
  for (const p of parts) {
    const width = usable * p.share;
    const left = x;
    w.ink((page) =>
      page.drawLine({
        start: { x: left, y: w.pdfY(lineTop) },
        end: { x: left + width, y: w.pdfY(lineTop) },
        thickness: 0.5,
        color: rgb(0, 0, 0),
      }),
    );
    const caption = `(${p.caption})`;
    const line = w.wrap([{ text: caption }], 7, width)[0]!;
    w.drawLine(line, left + (width - lineWidth(line)) / 2, lineTop + 1, 7, 0.25);
    x += width + gap;
  }
  w.y = lineTop + 1 + w.lineHeight(7);
}
