import { describe, expect, it } from 'vitest';
import { buildJournalList, type JournalRow } from '@shared/print/documents/journal-list';
import { context, flatText, pdfInfo, pdfText } from './tools';
import * as s from './samples';

const accepted = { ru: 'Принято', kk: 'Қабылданды' };
const issued = { ru: 'Выдано', kk: 'Берілді' };

function rows(n: number): JournalRow[] {
  return Array.from({ length: n }, (_, i) => ({
    caseNumber: `12-03-26-${String(i + 1).padStart(6, '0')}-1`,
    acceptedAt: s.acceptedAt + i * 600_000,
    service: i % 2 ? s.housing : s.wheelchairService,
    applicant: s.applicant,
    status: i % 5 === 0 ? issued : accepted,
    due: '2026-03-27',
    overdue: i % 10 === 3,
  }));
}

const base = { office: s.office, from: '2026-03-01', to: '2026-03-31', printedAt: s.acceptedAt };

describe('journal list for a period (issue 4, item 7)', () => {
  it('flows a long list over several landscape A4 pages with the header and page numbers on each', async () => {
    const pdf = await buildJournalList({ ...base, rows: rows(90) }, context('ru'));
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(841.89, 1);
    expect(info.height).toBeCloseTo(595.28, 1);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages).toHaveLength(info.pages);
    pages.forEach((page, i) => {
      expect(page).toMatch(/№\s+Номер дела\s+Принято\s+Услуга\s+Заявитель\s+Статус\s+Срок/);
      expect(page).toContain(`Страница ${i + 1} из ${info.pages}`);
    });
    const text = flatText(pdf);
    // Every case is printed once, in order.
    for (let i = 1; i <= 90; i++) expect(text).toContain(`12-03-26-${String(i).padStart(6, '0')}-1`);
    expect(text.indexOf('12-03-26-000089-1')).toBeLessThan(text.indexOf('12-03-26-000090-1'));
    expect(text).toContain('за период с 01.03.2026 по 31.03.2026');
    expect(text).toContain('Всего дел: 90');
    expect(text).toContain('Из них просрочено: 9');
    expect(text).toContain('Принято: 72');
    expect(text).toContain('Выдано: 18');
  });

  it('is written in Kazakh when asked', async () => {
    const text = flatText(await buildJournalList({ ...base, rows: rows(5) }, context('kk')));
    expect(text).toContain('ӨТІНІШТЕРДІ ҚАБЫЛДАУ ЖУРНАЛЫ');
    expect(text).toContain('Кезең: 01.03.2026 – 31.03.2026');
    expect(text).toContain('Тұрғын үй көмегін тағайындау');
    expect(text).toContain('Барлық іс: 5');
    expect(text).toContain('Бет 1 / 1');
  });

  it('says so when the period has no cases', async () => {
    const pdf = await buildJournalList({ ...base, rows: [] }, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('За период дел нет.');
    expect(text).toContain('Всего дел: 0');
  });
});
