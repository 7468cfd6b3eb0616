import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '@shared/i18n/glossary';
import { allTexts, localeTexts, type Text } from './texts';

const texts = allTexts();

/** A service's official name and its grounds, cited as the decree adopted them. */
const SERVICE_NAME = /^catalogue\.[a-z0-9-]+\.(?:name$|grounds\.)/;

function checked(entry: GlossaryEntry, t: Text): string {
  if (!entry.citedTitlesExempt) return t.value;
  if (SERVICE_NAME.test(t.where)) return '';
  return t.value.replace(/«[^«»]*(?:«[^«»]*»[^«»]*)*»/g, '«»');
}

describe('glossary (shared/i18n/glossary.ts)', () => {
  it('collects the texts it checks', () => {
    expect(texts.filter((t) => t.where.startsWith('locales/')).length).toBeGreaterThan(1000);
    expect(texts.filter((t) => t.where.startsWith('catalogue')).length).toBeGreaterThan(500);
  });

  for (const entry of GLOSSARY) {
    it(`${entry.concept}: ru «${entry.ru}», kk «${entry.kk}», no rejected variant`, () => {
      const flags = entry.caseSensitive ? 'u' : 'iu';
      const bad: string[] = [];
      for (const lang of ['ru', 'kk'] as const) {
        const patterns = (entry.rejected[lang] ?? []).map((p) => new RegExp(p, flags));
        for (const t of texts) {
          if (t.lang !== lang) continue;
          const value = checked(entry, t);
          for (const re of patterns) {
            const m = re.exec(value);
            if (m) bad.push(`${t.where} (${lang}): «${m[0]}» in «${t.value}»`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('rejected patterns catch their variants (the test can fail)', () => {
    const find = (concept: string) => GLOSSARY.find((e) => e.concept.startsWith(concept))!;
    const hit = (e: GlossaryEntry, lang: 'ru' | 'kk', s: string) =>
      (e.rejected[lang] ?? []).some((p) => new RegExp(p, e.caseSensitive ? 'u' : 'iu').test(s));
    expect(hit(find('отрывной'), 'kk', 'ҚИЫЛАТЫН ТАЛОН')).toBe(true);
    expect(hit(find('отрывной'), 'kk', 'ҮЗБЕЛІ ТАЛОН')).toBe(false);
    expect(hit(find('учреждение'), 'kk', 'Бұл кеңсе')).toBe(true);
    expect(hit(find('ЦОН'), 'kk', 'Орталыққа жібереді')).toBe(true);
    expect(hit(find('ЦОН'), 'kk', 'Халыққа қызмет көрсету орталығы')).toBe(false);
    expect(hit(find('ЦОН'), 'ru', 'Возвращает пакет в Центр')).toBe(true);
    expect(hit(find('ЦОН'), 'ru', 'Центр обслуживания населения')).toBe(false);
    expect(hit(find('лицо с инвалидностью'), 'kk', 'мүгедек баланың')).toBe(true);
    expect(hit(find('лицо с инвалидностью'), 'kk', 'мүгедектігі бар бала')).toBe(false);
    expect(hit(find('лицо с инвалидностью'), 'ru', 'ребенка-инвалида')).toBe(true);
    expect(hit(find('лицо с инвалидностью'), 'ru', 'справка об инвалидности')).toBe(false);
  });

  it('a locale value that is exactly a glossary term in Russian has the one Kazakh form', () => {
    const locales = localeTexts();
    const kkByKey = new Map(
      locales.filter((t) => t.lang === 'kk').map((t) => [t.where.replace('locales/kk/', ''), t.value]),
    );
    const bad: string[] = [];
    for (const t of locales) {
      if (t.lang !== 'ru') continue;
      const entry = GLOSSARY.find((e) => e.ru.toLowerCase() === t.value.trim().toLowerCase());
      if (!entry) continue;
      const key = t.where.replace('locales/ru/', '');
      const kk = kkByKey.get(key);
      if (kk?.toLowerCase() !== entry.kk.toLowerCase()) bad.push(`${key}: «${kk}», expected «${entry.kk}»`);
    }
    expect(bad).toEqual([]);
  });
});

describe('ё: printed documents and regulation texts use е, the screens ё', () => {
  /**
   * Printed namespaces and the catalogue texts that reach paper (names, documents, grounds,
   * results, legal basis); the steps and intake questions are shown on screen only.
   */
  const printed = (t: Text) =>
    t.where.startsWith('locales/ru/print.json') ||
    t.where.startsWith('locales/ru/reports.json') ||
    (t.where.startsWith('catalogue') && !/\.(?:channels|situations)[.[]/.test(t.where));

  // Service 1 grounds 2 and 4 are being reworded from the regulation on another branch; this
  // exemption holds only for today's exact wording, so the new texts are checked as they land.
  const PENDING = new Set([
    'Семьи, имеющие в своём составе трудоспособных лиц, которые не работают, не учатся, не служат в армии, и безработные, не зарегистрированные в районном отделе (кроме инвалидов, больных активной формой туберкулёза на диспансерном учёте, находящихся на стационарном лечении более месяца, осуществляющих уход за инвалидами I и II групп, детьми-инвалидами, лицами старше 80 лет, воспитывающих детей до 7 лет)',
    'Разведённые родители, не подавшие заявление на алименты на детей, проживающих с ними',
  ]);

  it('no ё in print.json, reports.json and the printed catalogue texts', () => {
    const bad = texts.filter(
      (t) => t.lang === 'ru' && printed(t) && t.value.includes('ё') && !PENDING.has(t.value),
    );
    expect(bad.map((t) => `${t.where}: ${t.value}`)).toEqual([]);
  });

  // Words the screens wrote both ways; on screen they take ё.
  const SCREEN_YO = [
    'учет',
    'прием',
    'отчет',
    'еще',
    'ее',
    'счет',
    'ребенок',
    'ребенка',
    'сохранен',
    'подтвержден',
    'партнер',
    'введен',
    'запрещен',
    'определен',
    'включен',
    'отключен',
  ];
  it('screen texts write ё in the words that take it', () => {
    const re = new RegExp(`(?<!\\p{L})(?:${SCREEN_YO.join('|')})(?!\\p{L})`, 'iu');
    const bad = texts.filter(
      (t) => t.lang === 'ru' && t.where.startsWith('locales/ru/') && !printed(t) && re.test(t.value),
    );
    expect(bad.map((t) => `${t.where}: ${t.value}`)).toEqual([]);
  });
});

describe('cancel buttons', () => {
  it('«Отмена» is «Болдырмау» in Kazakh (бас тарту is a refusal)', () => {
    const locales = localeTexts();
    const kk = new Map(locales.filter((t) => t.lang === 'kk').map((t) => [t.where.slice(10), t.value]));
    const bad = locales
      .filter((t) => t.lang === 'ru' && /^отмена$|^отменить$/i.test(t.value.trim()))
      .map((t) => [t.where.slice(10), kk.get(t.where.slice(10))] as const)
      .filter(([, v]) => v !== 'Болдырмау');
    expect(bad).toEqual([]);
  });
});

describe('the intake form and the case view name the same options the same way', () => {
  const PAIRS = [
    ['statuses', 'applicantStatuses'],
    ['docTypes', 'docTypes'],
    ['bases', 'bases'],
    ['relations', 'relations'],
    ['occupations', 'occupations'],
  ] as const;
  for (const lang of ['ru', 'kk'] as const) {
    it(lang, () => {
      const values = new Map(localeTexts().map((t) => [t.where, t.value]));
      const bad: string[] = [];
      for (const [intake, journal] of PAIRS) {
        const prefix = `locales/${lang}/intake.json.${intake}.`;
        for (const [where, value] of values) {
          if (!where.startsWith(prefix)) continue;
          const key = where.slice(prefix.length);
          const shown = values.get(`locales/${lang}/journal.json.case.${journal}.${key}`);
          if (shown !== undefined && shown !== value) bad.push(`${intake}.${key}: «${value}» ≠ «${shown}»`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
