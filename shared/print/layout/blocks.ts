/**
 * Reusable blocks of the printed documents: office header, titles, label–value rows, form fields,
 * "underline the applicable one" choices, signature lines and the cut line. Result documents
 * (notifications, refusals) are meant to be assembled from the same blocks.
 */
import { rgb } from 'pdf-lib';
import type { PdfWriter } from './writer';
import { lineWidth, type Run } from './wrap';

export interface HeaderLines {
  name: string;
  address: string;
  phones?: string;
  hours?: string;
}

/** Office name in bold, then address, phones and hours in small print, then a rule. */
export function officeHeader(w: PdfWriter, h: HeaderLines, size = w.fontSize): void {
  w.text(h.name, { bold: true, size });
  const small = size * 0.85;
  w.text(h.address, { size: small });
  if (h.phones) w.text(h.phones, { size: small });
  if (h.hours) w.text(h.hours, { size: small });
  w.rule({ gap: 3 });
}

export function title(w: PdfWriter, text: string, subtitle?: string, size = w.fontSize * 1.3): void {
  w.ensure(w.lineHeight(size) * 2);
  w.text(text, { bold: true, size, align: 'center' });
  if (subtitle) w.text(subtitle, { align: 'center', size: size * 0.75 });
  w.space(size * 0.4);
}

/**
 * A row with the label in a left column and the value beside it. Both wrap; the row moves to the
 * next page as a whole.
 */
export function labelValue(
  w: PdfWriter,
  label: string,
  value: string | Run[],
  opts: { labelWidth?: number; size?: number; after?: number } = {},
): void {
  const size = opts.size ?? w.fontSize;
  const labelWidth = opts.labelWidth ?? w.width * 0.32;
  const gap = 6;
  const lh = w.lineHeight(size);
  const labelLines = w.wrap([{ text: label }], size, labelWidth);
  const valueRuns = typeof value === 'string' ? [{ text: value, bold: true }] : value;
  const valueLines = w.wrap(valueRuns, size, w.width - labelWidth - gap);
  const height = Math.max(labelLines.length, valueLines.length) * lh;
  w.ensure(height);
  labelLines.forEach((line, i) => w.drawLine(line, w.frame.left, w.y + i * lh, size, 0.25));
  valueLines.forEach((line, i) => w.drawLine(line, w.frame.left + labelWidth + gap, w.y + i * lh, size));
  w.y += height + (opts.after ?? size * 0.25);
}

/**
 * A printed-form field: the label, then the value written on a line that runs to the right margin.
 * An empty value leaves a blank line to fill in by hand, as on the paper form.
 */
export function formField(
  w: PdfWriter,
  label: string,
  value: string | undefined,
  opts: { size?: number; blankLines?: number } = {},
): void {
  const size = opts.size ?? w.fontSize;
  const lh = w.lineHeight(size) * 1.15;
  const labelText = label ? `${label} ` : '';
  const labelWidth = w.textWidth(labelText, size);
  const gap = labelText ? 2 : 0;
  const lines = value?.trim()
    ? w.wrap([{ text: value, bold: true }], size, w.width - labelWidth - gap, w.width)
    : Array.from({ length: opts.blankLines ?? 1 }, () => []);
  w.ensure(lh * Math.min(lines.length, 2));
  lines.forEach((line, i) => {
    w.ensure(lh);
    const x = w.frame.left + (i === 0 ? labelWidth + gap : 0);
    if (i === 0 && labelText)
      w.drawLine(w.wrap([{ text: labelText }], size, 1e6)[0]!, w.frame.left, w.y, size);
    w.drawLine(line, x, w.y, size);
    underline(w, x, w.frame.right, w.y + size * 1.12);
    w.y += lh;
  });
}

function underline(w: PdfWriter, from: number, to: number, top: number, dash?: number[]): void {
  w.ink((page) =>
    page.drawLine({
      start: { x: from, y: w.pdfY(top) },
      end: { x: to, y: w.pdfY(top) },
      thickness: 0.5,
      dashArray: dash,
      color: rgb(0, 0, 0),
    }),
  );
}

/**
 * "Underline the applicable one" (нужное подчеркнуть): every option is printed, the chosen one is
 * underlined and bold so the prefilled form reads like one filled in by hand.
 */
export function choice(
  w: PdfWriter,
  before: string,
  options: { text: string; selected: boolean }[],
  hint: string,
  opts: { size?: number; after?: string } = {},
): void {
  const runs: Run[] = [];
  if (before) runs.push({ text: `${before} ` });
  options.forEach((o, i) => {
    runs.push({ text: o.text, bold: o.selected, underline: o.selected });
    if (i < options.length - 1) runs.push({ text: ', ' });
  });
  if (opts.after) runs.push({ text: ` ${opts.after}` });
  runs.push({ text: ` ${hint}` });
  w.runs(runs, { size: opts.size, after: 3 });
}

/**
 * A signature line: "Label: Name ________" with the caption, e.g. «(подпись)», under the line.
 */
export function signatureLine(
  w: PdfWriter,
  opts: { label?: string; name?: string; caption: string; lineWidth?: number; size?: number },
): void {
  const size = opts.size ?? w.fontSize;
  const small = size * 0.75;
  const lw = opts.lineWidth ?? Math.min(150, w.width * 0.4);
  const lh = w.lineHeight(size);
  const runs: Run[] = [];
  if (opts.label) runs.push({ text: `${opts.label}: ` });
  if (opts.name) runs.push({ text: opts.name, bold: true });
  const lines = runs.length ? w.wrap(runs, size, w.width - lw - 10) : [];
  const height = Math.max(lines.length, 1) * lh + w.lineHeight(small) + 2;
  w.ensure(height + size);
  w.y += size * 0.6;
  lines.forEach((line, i) => w.drawLine(line, w.frame.left, w.y + i * lh, size));
  const lineTop = w.y + size * 1.1;
  underline(w, w.frame.right - lw, w.frame.right, lineTop);
  const caption = `(${opts.caption})`;
  const captionLines = w.wrap([{ text: caption }], small, lw);
  captionLines.forEach((line, i) =>
    w.drawLine(
      line,
      w.frame.right - lw + (lw - lineWidth(line)) / 2,
      lineTop + 1 + i * w.lineHeight(small),
      small,
      0.25,
    ),
  );
  w.y += Math.max(lines.length * lh, size * 1.1 + 1 + captionLines.length * w.lineHeight(small)) + 2;
}

/**
 * The dashed cut line («линия отреза»), edge to edge of the page so it can be cut with a guillotine,
 * scissors at the left and the caption in a gap in the middle.
 */
export function cutLine(w: PdfWriter, caption: string, opts: { gap?: number } = {}): void {
  const gap = opts.gap ?? 8;
  const size = 7;
  w.ensure(gap * 2 + size);
  w.y += gap;
  const top = w.y;
  const text = `✂  ${caption}`;
  const textWidth = w.textWidth(text, size);
  const mid = w.size.width / 2;
  const left = 12;
  const right = w.size.width - 12;
  underline(w, left, mid - textWidth / 2 - 4, top, [4, 3]);
  underline(w, mid + textWidth / 2 + 4, right, top, [4, 3]);
  w.drawLine(w.wrap([{ text }], size, 1e6)[0]!, mid - textWidth / 2, top - size * 0.6, size, 0.2);
  w.y += gap;
}

/** A numbered list («1. …») with hanging indent; long items wrap under their text, not the number. */
export function numberedList(
  w: PdfWriter,
  items: string[],
  opts: { size?: number; indent?: number } = {},
): void {
  const size = opts.size ?? w.fontSize;
  const lh = w.lineHeight(size);
  const indent = opts.indent ?? 0;
  const numberWidth = w.textWidth(`${items.length}. `, size) + 2;
  items.forEach((item, i) => {
    const lines = w.wrap([{ text: item }], size, w.width - indent - numberWidth);
    lines.forEach((line, j) => {
      w.ensure(lh);
      if (j === 0)
        w.drawLine(w.wrap([{ text: `${i + 1}.` }], size, 1e6)[0]!, w.frame.left + indent, w.y, size);
      w.drawLine(line, w.frame.left + indent + numberWidth, w.y, size);
      w.y += lh;
    });
  });
}
