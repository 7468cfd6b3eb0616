import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countsTable,
  csvField,
  excelCsvOptions,
  monthlyReport,
  summaryTable,
  toCsv,
  toCsvBytes,
  type ReportLabels,
} from '@shared/reports';
import { defaultCatalogue } from '@shared/catalogue';
import { almatyInstant } from '@shared/time/almaty';

const labels = (lang: 'ru' | 'kk') =>
  JSON.parse(readFileSync(join(__dirname, '../../../locales', lang, 'reports.json'), 'utf8')) as ReportLabels;

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    ['Қасымова Ә.', 'Қасымова Ә.'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('quotes the semicolon only when it is the separator', () => {
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField('a;b', { separator: ';' })).toBe('"a;b"');
    expect(csvField('a,b', { separator: ';' })).toBe('a,b');
  });

  it('writes numbers with the chosen decimal mark and none for null', () => {
    expect(csvField(87.5)).toBe('87.5');
    expect(csvField(87.5, { decimal: ',', separator: ';' })).toBe('87,5');
    expect(csvField(87.5, { decimal: ',' })).toBe('"87,5"');
    expect(csvField(null)).toBe('');
    expect(csvField(null, { none: '—' })).toBe('—');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('guards formula-looking text, never numbers', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-5)).toBe('-5');
    expect(csvField('=1', { guardFormulas: false })).toBe('=1');
  });

  // Issue 10, defect 7: spreadsheets skip leading blanks and invisible characters, and some read a
  // full-width ＝ as =, so the guard looks past them.
  it.each([
    [' =HYPERLINK("http://x")', 'space'],
    ['\u00A0=1+1', 'no-break space'],
    ['\uFEFF=1+1', 'byte-order mark'],
    ['\u200B=1+1', 'zero-width space'],
    ['\u2060\u200D+1', 'word joiner and zero-width joiner'],
    ['＝SUM(A1)', 'full-width equals'],
    ['  \u3000＋1', 'ideographic space and full-width plus'],
    ['＠cmd', 'full-width at'],
    ['－1', 'full-width minus'],
    ['\t=1', 'tab'],
    ['\r=1', 'carriage return'],
  ])('guards %j (%s)', (text) => {
    expect(csvField(text, { separator: ';' }).replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves ordinary text that merely contains = alone', () => {
    expect(csvField('Иванов = заявитель')).toBe('Иванов = заявитель');
    expect(csvField(' Иванов')).toBe(' Иванов');
  });
});

describe('toCsv', () => {
  const table = {
    columns: ['Услуга', 'Доля, %'],
    rows: [
      ['Жилищная помощь; ЦОН', 87.5],
      ['Пособие', null],
    ],
  };

  it('Excel in ru: BOM, semicolons, decimal comma, CRLF', () => {
    const csv = toCsv(table, excelCsvOptions('ru'));
    expect(csv).toBe('\uFEFFУслуга;Доля, %\r\n"Жилищная помощь; ЦОН";87,5\r\nПособие;\r\n');
  });

  it('plain RFC 4180 with commas', () => {
    expect(toCsv(table, { bom: false })).toBe(
      'Услуга,"Доля, %"\r\nЖилищная помощь; ЦОН,87.5\r\nПособие,\r\n',
    );
  });

  it('encodes UTF-8 with the byte-order mark first', () => {
    const bytes = toCsvBytes(table, excelCsvOptions('kk'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Жилищная');
  });

  it('refuses a row that does not match the columns', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [['x']] })).toThrow(RangeError);
  });
});

describe('report tables', () => {
  const catalogue = defaultCatalogue();
  const at = almatyInstant;
  const report = monthlyReport(
    [
      {
        serviceId: 'housing-assistance',
        channel: 'center',
        status: 'issued-by-center',
        acceptedAt: at('2026-03-02', 10, 0),
        due: '2026-03-12',
        decidedAt: at('2026-03-10', 10, 0),
      },
      {
        serviceId: 'housing-assistance',
        channel: 'district',
        status: 'registered',
        acceptedAt: at('2026-03-03', 10, 0),
        due: '2026-03-13',
      },
    ],
    [{ serviceId: 'employment-referral', at: at('2026-03-04', 12, 0) }],
    { asOf: '2026-03-20' },
  );

  for (const lang of ['ru', 'kk'] as const) {
    it(`summary in ${lang}: headers from reports.json, share 50 %, none for the referral row`, () => {
      const L = labels(lang);
      const names = {
        labels: L,
        service: (id: keyof typeof catalogue.services) => catalogue.services[id].name[lang],
        status: (s: string) => s,
      };
      const t = summaryTable(report, names);
      expect(t.columns[0]).toBe(L.month);
      expect(t.columns).toContain(L.share);
      const housing = t.rows.find((r) => r[1] === catalogue.services['housing-assistance'].name[lang])!;
      expect(housing.slice(2)).toEqual([2, 1, 1, 1, 0, 1, 0, 0, 0, 50, 0]);
      const referral = t.rows.find((r) => r[1] === catalogue.services['employment-referral'].name[lang])!;
      expect(referral.at(-2)).toBeNull();
      expect(referral.at(-1)).toBe(1);
      expect(t.rows.at(-1)![0]).toBe(L.total);
      const csv = toCsv(t, excelCsvOptions(lang));
      expect(csv).not.toContain('NaN');
      expect(csv.split('\r\n')[1]).toContain(';50;0');

      const counts = countsTable(report, names);
      expect(counts.rows).toEqual([
        [
          '2026-03',
          catalogue.services['housing-assistance'].name[lang],
          L.channels.district,
          'registered',
          1,
        ],
        [
          '2026-03',
          catalogue.services['housing-assistance'].name[lang],
          L.channels.center,
          'issued-by-center',
          1,
        ],
      ]);
    });
  }
});
