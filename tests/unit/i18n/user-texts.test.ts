import { describe, expect, it } from 'vitest';
import { allTexts, withoutPlaceholders, type Text } from './texts';

const texts = allTexts();
const list = (bad: Text[]) => bad.map((t) => `${t.where} (${t.lang}): ${t.value}`);

/** Notes meant for developers: file names, issue numbers, digest numbering, product decisions. */
const INTERNAL = [
  /[\w-]+\.(?:md|ts|tsx|js|mjs|json)(?![\p{L}])/iu,
  /(?<!\p{L})задач[аиеуы]?\s*№?\s*\d/iu,
  /\d+-міндет/iu,
  /(?<![\p{L}])issue(?![\p{L}])/iu,
  /#\d+/u,
  /§/u,
  /(?<![\d.])\d\.\d+\s+(?:§|№|item|refusal|step)/iu,
  /digest|дайджест/iu,
  /решени[ея] продукта|өнім шешімі/iu,
];

/** Latin-script words a person may see: abbreviations, key names, the registry file type. */
const LATIN_ALLOWED = new Set(['PDF', 'CSV', 'PBKDF2', 'OK', 'Enter', 'asreg']);
const ROMAN = /^[IVXLC]+$/;

describe('user-facing texts (locales, catalogue, directory)', () => {
  it('carry no internal references', () => {
    const bad = texts.filter((t) => INTERNAL.some((re) => re.test(withoutPlaceholders(t.value))));
    expect(list(bad)).toEqual([]);
  });

  it('the internal-reference patterns catch what they are for', () => {
    const hit = (s: string) => INTERNAL.some((re) => re.test(s));
    for (const s of [
      'печать подключается отдельно (задача 6)',
      'бөлек қосылады (6-міндет)',
      'устаревшие данные (docs/decisions.md)',
      '(1-тармақ, 3.1 §17 item 1)',
      '(см. 6.5 № 36)',
      '(решение продукта)',
    ])
      expect(hit(s), s).toBe(true);
    for (const s of ['подпункт 6) пункта 17 регламента', 'файл реестра (.asreg)', 'Закон № 39-III'])
      expect(hit(s), s).toBe(false);
  });

  it('use no Latin-script words but abbreviations, key names and Roman numerals', () => {
    const bad: string[] = [];
    for (const t of texts) {
      for (const m of withoutPlaceholders(t.value).matchAll(/[A-Za-z][A-Za-z0-9]*/g)) {
        if (!LATIN_ALLOWED.has(m[0]) && !ROMAN.test(m[0])) bad.push(`${t.where} (${t.lang}): «${m[0]}»`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('balance their «» quotes', () => {
    const unbalanced = texts.filter((t) => {
      let depth = 0;
      for (const c of t.value) {
        if (c === '«') depth++;
        if (c === '»' && --depth < 0) return true;
      }
      return depth !== 0;
    });
    expect(list(unbalanced)).toEqual([]);
  });
});

/**
 * Kazakh case endings follow the last sound of the word, which a placeholder does not know
 * («{{n}}-ден» is wrong for 3, 1440, 240). Postpositions («{{date}} дейін») and ordinals
 * («{{n}}-тармағы») are fine.
 */
const CASE_ENDING =
  /\}\}-?(?:ден|дан|тен|тан|нен|нан|ға|ге|қа|ке|на|не|а|е|да|де|та|те|нда|нде|ны|ні|ды|ді|ты|ті|н|ның|нің|дың|дің|тың|тің|мен|бен|пен|сыз|сіз)(?![\p{L}])/u;

describe('Kazakh: no case ending glued to a placeholder', () => {
  it('no kk text puts a case suffix right after {{…}}', () => {
    const bad = texts.filter((t) => t.lang === 'kk' && CASE_ENDING.test(t.value));
    expect(list(bad)).toEqual([]);
  });

  it('dates in running Kazakh text are written in words («2007 жылғы 13 тамыздан кейін»)', () => {
    const digits = /\d{1,2}\.\d{2}(?:\.\d{4})?\s+(?:кейін|бастап|дейін)/u;
    expect(digits.test('Туу 2007 жылғы 13.08 кейін')).toBe(true);
    expect(list(texts.filter((t) => t.lang === 'kk' && digits.test(t.value)))).toEqual([]);
  });

  it('the pattern catches the forms it is for', () => {
    expect(CASE_ENDING.test('{{min}}-ден {{max}}-ға дейінгі')).toBe(true);
    expect(CASE_ENDING.test('{{count}}-ға')).toBe(true);
    expect(CASE_ENDING.test('{{count}}мен')).toBe(true);
    expect(CASE_ENDING.test('регламенттің {{paragraph}}-тармағы')).toBe(false);
    expect(CASE_ENDING.test('{{date}} дейін')).toBe(false);
  });
});
