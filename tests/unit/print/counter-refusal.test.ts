import { describe, expect, it } from 'vitest';
import { buildCounterRefusal, type CounterRefusalData } from '@shared/print/documents/counter-refusal';
import { checklist, completeness, defaultCatalogue } from '@shared/catalogue';
import { context, flatText, pdfInfo } from './tools';
import * as s from './samples';

const data: CounterRefusalData = {
  at: s.acceptedAt,
  service: s.housing,
  applicant: s.applicant,
  missing: [
    { document: s.housingDocuments[3]!, reason: { ru: 'Не представлен', kk: 'Ұсынылмаған' } },
    {
      document: s.housingDocuments[4]!,
      reason: { ru: 'Справка за другой квартал', kk: 'Басқа тоқсанның анықтамасы' },
    },
  ],
  inspector: s.inspector,
  office: s.office,
};

describe('refusal at the counter (issue 4, item 3)', () => {
  it('lists each missing document with its reason, the service, inspector and time (ru)', async () => {
    const pdf = await buildCounterRefusal(data, context('ru'));
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, width: 595.276, height: 841.89 });
    const text = flatText(pdf);
    expect(text).toContain('ОТКАЗ В ПРИЕМЕ ДОКУМЕНТОВ');
    expect(text).toContain('Дата и время 16.03.2026 14:05');
    expect(text).toContain('Государственная услуга Назначение жилищной помощи');
    expect(text).toContain('Заявитель Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('1 Копия книги регистрации граждан Не представлен');
    expect(text).toContain('2 Документы, подтверждающие доходы семьи Справка за другой квартал');
    expect(text).toContain('Инспектор: Өмірбекова Гүлнар Серікқызы');
    expect(text).toContain('ЦОН Алмалинского района');
  });

  it('is written in Kazakh when asked', async () => {
    const text = flatText(await buildCounterRefusal(data, context('kk')));
    expect(text).toContain('ҚҰЖАТТАРДЫ ҚАБЫЛДАУДАН БАС ТАРТУ');
    expect(text).toContain('1 Азаматтарды тіркеу кітабының көшірмесі Ұсынылмаған');
    expect(text).toContain('Басқа тоқсанның анықтамасы');
    expect(text).toContain('Инспектор: Өмірбекова Гүлнар Серікқызы');
  });

  it('works without the applicant’s name and refuses an empty list', async () => {
    const { applicant: _a, ...anonymous } = data;
    const text = flatText(await buildCounterRefusal(anonymous, context('ru')));
    expect(text).not.toContain('Заявитель');
    await expect(buildCounterRefusal({ ...data, missing: [] }, context('ru'))).rejects.toThrow(
      /at least one/,
    );
  });
});

describe('refusal at the counter with the checklist’s own reasons (issue 16, item 5)', () => {
  it('cites the regulation as the citizen reads it and does not repeat the document’s name', async () => {
    const catalogue = defaultCatalogue();
    const list = checklist(catalogue, 'housing-assistance', null, {});
    const { missing } = completeness(list, new Set(['application']));
    const rows = missing.slice(0, 2).map((m) => ({ document: m.item.name, reason: m.reason }));
    for (const lang of ['ru', 'kk'] as const) {
      const text = flatText(await buildCounterRefusal({ ...data, missing: rows }, context(lang)));
      expect(text).not.toMatch(/§|item|3\.1/);
      for (const m of missing.slice(0, 2)) expect(m.reason[lang]).not.toContain(m.item.name[lang]);
    }
    // The reason column wraps beside the name column: check its lines.
    const ru = flatText(await buildCounterRefusal({ ...data, missing: rows }, context('ru')));
    expect(ru).toContain('Не представлен: требуется подпунктом');
    expect(ru).toContain('2) пункта 17 регламента');
    const kk = flatText(await buildCounterRefusal({ ...data, missing: rows }, context('kk')));
    expect(kk).toContain('17-тармағының 2) тармақшасы');
  });
});
