import { describe, expect, it } from 'vitest';
import { PdfWriter } from '@shared/print/layout/writer';
import { lineWidth } from '@shared/print/layout/wrap';
import { labelValue, numberedList } from '@shared/print/layout/blocks';
import { table } from '@shared/print/layout/table';
import { A4, margins, mm } from '@shared/print/layout/units';
import { fill } from '@shared/print/labels';
import { fullName, surnameInitials } from '@shared/print/person';
import { checkCaseNumber } from '@shared/print/case-number';
import { formatDayHours } from '@shared/print/office';
import { fonts, flatText, pdfInfo } from './tools';

const writer = () => PdfWriter.create(fonts, { size: A4, margins: margins(mm(15)), title: 't', lang: 'kk' });

describe('line breaking', () => {
  it('keeps every line within the width, measured with the embedded font', async () => {
    const w = await writer();
    const text = 'Жалған ақпарат және дәйексіз (қолдан жасалған) құжаттар бергені үшін жауапкершілік туралы';
    const lines = w.wrap([{ text }], 10, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(120);
    expect(lines.map((l) => l.map((t) => t.text).join('')).join(' ')).toBe(text);
  });

  it('cuts a word wider than the line instead of overflowing', async () => {
    const w = await writer();
    const lines = w.wrap([{ text: '1'.repeat(80) }], 10, 50);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(50);
    expect(lines.map((l) => l.map((t) => t.text).join('')).join('')).toBe('1'.repeat(80));
  });

  it('honours newlines and a shorter first line, and keeps run styles', async () => {
    const w = await writer();
    const lines = w.wrap(
      [{ text: 'один\nдва ' }, { text: 'три', bold: true, underline: true }],
      10,
      w.textWidth('один', 10) + 1,
      1000,
    );
    expect(lines.map((l) => l.map((t) => t.text).join(''))).toEqual(['один', 'два три']);
    const last = lines[1]!.at(-1)!;
    expect(last).toMatchObject({ text: 'три', bold: true, underline: true });
  });
});

describe('writer', () => {
  it('measures a block at exactly the height it then takes', async () => {
    const w = await writer();
    const block = () => {
      w.text('Заголовок', { bold: true, size: 14 });
      labelValue(w, 'Өтініш беруші', 'Қасымова Әйгерім Нұрланқызы');
      numberedList(w, ['бір', 'екі', 'үш '.repeat(60)]);
    };
    const measured = w.measure(block);
    const start = w.y;
    block();
    expect(measured).toBeGreaterThan(50);
    expect(w.y - start).toBeCloseTo(measured, 6);
    expect(w.pages).toHaveLength(1);
  });

  it('breaks pages between table rows and repeats the header row', async () => {
    const w = await writer();
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `жол ${i + 1}`]);
    table(
      w,
      [
        { title: 'Нөмір', weight: 1 },
        { title: 'Мәтін', weight: 4 },
      ],
      rows,
    );
    const pdf = await w.save();
    const { pages } = pdfInfo(pdf);
    expect(pages).toBeGreaterThan(2);
    const text = flatText(pdf);
    expect(text.split('Нөмір Мәтін').length - 1).toBe(pages);
    expect(text).toContain('120 жол 120');
  });
});

describe('small helpers', () => {
  it('fills placeholders and refuses a missing one', () => {
    expect(fill('№ {{number}} от {{date}}', { number: 7, date: '01.02.2026' })).toBe('№ 7 от 01.02.2026');
    expect(() => fill('{{a}} {{b}}', { a: 1 })).toThrow(/\{\{b\}\}/);
  });

  it('prints names in full and as surname with initials', () => {
    const p = { surname: 'Қасымова', givenName: 'әйгерім', patronymic: 'Нұрланқызы' };
    expect(fullName(p)).toBe('Қасымова әйгерім Нұрланқызы');
    expect(surnameInitials(p)).toBe('Қасымова Ә. Н.');
    expect(surnameInitials({ surname: 'Smith', givenName: 'John' })).toBe('Smith J.');
  });

  it('formats the opening hours of the issue day', () => {
    expect(formatDayHours({ open: '09:00', close: '18:00' }, 'перерыв {{from}}–{{to}}')).toBe('09:00–18:00');
    expect(
      formatDayHours(
        { open: '09:00', close: '18:00', lunch: { from: '13:00', to: '14:00' } },
        'үзіліс {{from}}–{{to}}',
      ),
    ).toBe('09:00–18:00 (үзіліс 13:00–14:00)');
  });

  it('accepts a case number only when display and digits agree', () => {
    expect(() => checkCaseNumber({ digits: '1203260004217', display: '1203 2600 0421 7' })).not.toThrow();
    expect(() => checkCaseNumber({ digits: '1203260004217', display: '1203 2600 0421' })).toThrow();
    expect(() => checkCaseNumber({ digits: '', display: '' })).toThrow();
  });
});
