/**
 * The registry sheet (issue 5, item 3): the paper that travels with the packages from the ЦОН's
 * accumulation department to the district office. Every case with its Code 128 barcode (scanned on
 * dispatch and on arrival) and its number of documents, the totals, and the lines where the courier
 * hands over and the district office receives (name, date, signature). A registry may hold
 * thousands of cases: the table flows over pages with its header and the registry number repeated,
 * every page numbered, rows never split.
 */
import {
  type PDFFont,
  type PDFHexString,
  type PDFName,
  type PDFPage,
  beginText,
  endText,
  fill as fillPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setTextMatrix,
  showText,
  setStrokingGrayscaleColor,
  stroke,
} from 'pdf-lib';
import type { LocalText } from '../../i18n/lang';
import { formatDateTime } from '../../i18n/format';
import { drawBarcode, layoutBarcode, type BarcodeBlock } from '../barcode/draw';
import { checkCaseNumber, type PrintCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { labelValue, officeHeader, title } from '../layout/blocks';
import { A4, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import { lineWidth, type Line } from '../layout/wrap';
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

const PAD = 3;
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

export async function buildRegistrySheet(data: RegistrySheetData, ctx: PrintContext): Promise<Uint8Array> {
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

  caseTable(w, data, ctx);
  totals(w, data, ctx);
  w.numberPages((page, pages) => `${heading} · ${fill(labels.common.page, { page, pages })}`);
  return w.save();
}

/** The case table: its own, because each row carries a barcode, not only text. */
function caseTable(w: PdfWriter, data: RegistrySheetData, ctx: PrintContext): void {
  const L = ctx.labels.registrySheet;
  const size = 8.5;
  const lh = w.lineHeight(size);
  const sample = layoutBarcode(data.rows[0]!.caseNumber.digits, data.rows[0]!.caseNumber.display, BARCODE);
  const noWidth = w.textWidth(`${data.rows.length}`, size) + 2 * PAD + 4;
  const codeWidth = Math.max(sample.width, w.textWidth(L.colCase, size, true)) + 2 * PAD;
  const docsWidth = w.textWidth(L.colDocuments, size, true) + 2 * PAD + 2;
  const rest = w.width - noWidth - codeWidth - docsWidth;
  const widths = [noWidth, codeWidth, rest * 0.6, rest * 0.4, docsWidth];
  const aligns = ['right', 'left', 'left', 'left', 'right'] as const;

  const cache = new TextCache(w);
  // Service names repeat thousands of times: wrap each distinct text once.
  const wrapped = new Map<string, Line[]>();
  const wrapCell = (text: string, col: number, bold = false): Line[] => {
    const key = `${col}|${bold ? 'b' : ''}|${text}`;
    let lines = wrapped.get(key);
    if (!lines) wrapped.set(key, (lines = w.wrap([{ text, bold }], size, widths[col]! - 2 * PAD)));
    return lines;
  };

  /**
   * Speed matters here: a 5,000-case registry has some 200,000 bars. pdf-lib's drawRectangle costs
   * a graphics-state round trip per call, so each row's bars and cell borders go out as one path of
   * raw rectangle operators, and each text line as one drawText instead of one per word.
   */
  const drawCells = (cells: (Line[] | BarcodeBlock)[], height: number, shade: boolean) => {
    const rowTop = w.y;
    if (shade)
      w.ink((page) =>
        page.drawRectangle({
          x: w.frame.left,
          y: w.pdfY(rowTop + height),
          width: w.width,
          height,
          color: rgb(0.9, 0.9, 0.9),
        }),
      );
    let x = w.frame.left;
    const borders: [number, number][] = [];
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      const left = x;
      borders.push([left, width]);
      if (Array.isArray(cell)) {
        cell.forEach((line, j) => {
          const free = width - 2 * PAD - lineWidth(line);
          const shift = aligns[i] === 'right' ? free : 0;
          drawTextLine(w, cache, line, left + PAD + shift, rowTop + PAD + j * lh, size);
        });
      } else {
        w.ink((page) => drawBars(w, cache, page, cell, left + (width - cell.width) / 2, rowTop + PAD));
      }
      x += width;
    });
    w.ink((page) =>
      page.pushOperators(
        pushGraphicsState(),
        setStrokingGrayscaleColor(0),
        setLineWidth(0.5),
        ...borders.map(([left, width]) => rectangle(left, w.pdfY(rowTop + height), width, height)),
        stroke(),
        popGraphicsState(),
      ),
    );
    w.y += height;
  };

  const headerCells = [L.colNo, L.colCase, L.colService, L.colApplicant, L.colDocuments].map((t, i) =>
    wrapCell(t, i, true),
  );
  const headerHeight = Math.max(...headerCells.map((c) => c.length)) * lh + 2 * PAD;
  const continued = fill(L.continued, { number: data.registryNumber });
  const previous = w.onPageStart;
  w.onPageStart = () => {
    w.text(continued, { size: 8, gray: 0.3, after: 2 });
    drawCells(headerCells, headerHeight, true);
  };
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
    });
  } finally {
    w.onPageStart = previous;
  }
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
 * Text for thousands of rows: pdf-lib's drawText lays the string out with fontkit on every call.
 * The same strings recur (service names, captions' digits differ but their glyphs repeat), so each
 * string is encoded once (`PDFFont.encodeText`, which also marks its glyphs for the subset) and shown
 * with raw text operators under a font key registered once per page.
 */
class TextCache {
  private encoded = new Map<string, PDFHexString>();
  private keys: { page: PDFPage; regular: PDFName; bold: PDFName } | undefined;

  private widths = new Map<string, number>();

  constructor(private readonly w: PdfWriter) {}

  width(text: string, size: number): number {
    let unit = this.widths.get(text);
    if (unit === undefined) this.widths.set(text, (unit = this.w.regular.widthOfTextAtSize(text, 1)));
    return unit * size;
  }

  private key(page: PDFPage, bold: boolean): PDFName {
    if (this.keys?.page !== page) {
      const add = (font: PDFFont) => page.node.newFontDictionary(font.name, font.ref);
      this.keys = { page, regular: add(this.w.regular), bold: add(this.w.bold) };
    }
    return bold ? this.keys.bold : this.keys.regular;
  }

  /** Draws `text` with its baseline at pdf-lib `y`. */
  show(page: PDFPage, text: string, x: number, y: number, size: number, bold = false): void {
    const cacheKey = `${bold ? 'b' : 'r'}${text}`;
    let hex = this.encoded.get(cacheKey);
    if (!hex) this.encoded.set(cacheKey, (hex = this.w.font(bold).encodeText(text)));
    page.pushOperators(
      pushGraphicsState(),
      setFillingGrayscaleColor(0),
      beginText(),
      setFontAndSize(this.key(page, bold), size),
      setTextMatrix(1, 0, 0, 1, x, y),
      showText(hex),
      endText(),
      popGraphicsState(),
    );
  }
}

/** A laid-out line in one text operation when its words share one style (else `drawLine`). */
function drawTextLine(
  w: PdfWriter,
  cache: TextCache,
  line: Line,
  x: number,
  top: number,
  size: number,
): void {
  const first = line[0];
  if (!first) return;
  if (line.some((t) => t.bold !== first.bold || t.underline)) {
    w.drawLine(line, x, top, size);
    return;
  }
  const text = line.map((t) => t.text).join('');
  w.ink((page) => cache.show(page, text, x + first.x, w.pdfY(top + size * 0.93), size, first.bold));
}

/** The bars of a Code 128 block as one filled path, and the number under them. */
function drawBars(
  w: PdfWriter,
  cache: TextCache,
  page: PDFPage,
  block: BarcodeBlock,
  left: number,
  top: number,
): void {
  const { module, barHeight, quiet, textSize } = block.style;
  const bottom = w.pdfY(top + module + barHeight);
  const bars = [];
  let x = left + quiet * module;
  for (let i = 0; i < block.widths.length; i++) {
    const width = block.widths[i]! * module;
    if (i % 2 === 0) bars.push(rectangle(x, bottom, width, barHeight));
    x += width;
  }
  page.pushOperators(
    pushGraphicsState(),
    setFillingGrayscaleColor(0),
    ...bars,
    fillPath(),
    popGraphicsState(),
  );
  const textWidth = cache.width(block.caption, textSize);
  cache.show(
    page,
    block.caption,
    left + (block.width - textWidth) / 2,
    w.pdfY(top + module + barHeight + textSize * 1.2),
    textSize,
  );
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
