import { describe, expect, it } from 'vitest';
import {
  buildProcessingNotice,
  buildRefusalNotice,
  refusalGroundsOf,
  type RefusalNoticeData,
} from '@shared/print/documents/results';
import { context, decodeBarcodes, flatText, pdfInfo } from '../tools';
import { base, recipient, service, squash } from './fixtures';

describe('notification of document processing (disability services 6, 7, 8)', () => {
  const data = { ...base, recipient, applicationDate: '2026-03-10' };

  it.each([
    [
      'disability-sanatorium',
      undefined,
      'Уведомление об оформлении документов для обеспечения санаторно-курортным лечением',
      'документы для обеспечения санаторно-курортным лечением оформлены',
    ],
    [
      'disability-wheelchair',
      undefined,
      'Уведомление об оформлении документов для предоставления кресла-коляски',
      'документы для предоставления кресла-коляски оформлены',
    ],
    [
      'disability-assistant-sign-language',
      'sign-language-specialist',
      'Уведомление об оформлении документов для предоставления услуги индивидуального помощника и (или) специалиста жестового языка',
      'документы для предоставления услуги специалиста жестового языка оформлены',
    ],
    [
      'disability-assistant-sign-language',
      undefined,
      'Уведомление об оформлении документов',
      'документы для предоставления услуги индивидуального помощника и (или) специалиста жестового языка оформлены',
    ],
  ] as const)('%s (%s) in Russian', async (id, subType, title, body) => {
    const text = flatText(
      await buildProcessingNotice({ ...data, service: service(id), subType }, context('ru')),
    );
    expect(text).toContain(title);
    expect(text).toContain(body);
    expect(text).toContain(`«${service(id).name.ru}»`);
  });

  it('wheelchair in Kazakh, with the case barcode', async () => {
    const pdf = await buildProcessingNotice(
      {
        ...data,
        service: service('disability-wheelchair'),
        remarks: 'Кресло-арба 2026 жылғы сәуірде беріледі.',
      },
      context('kk'),
    );
    const text = flatText(pdf);
    expect(text).toContain('Кресло-арба беру үшін құжаттарды ресімдеу туралы хабарлама');
    expect(text).toContain('кресло-арба беру үшін құжаттардың ресімделгені туралы хабарлайды');
    expect(text).toContain('Кресло-арба 2026 жылғы сәуірде беріледі.');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('refuses other services and unknown sub-types', async () => {
    await expect(
      buildProcessingNotice({ ...data, service: service('housing-assistance') }, context('ru')),
    ).rejects.toThrow(/not a result/);
    await expect(
      buildProcessingNotice(
        { ...data, service: service('disability-assistant-sign-language'), subType: 'guide-dog' },
        context('ru'),
      ),
    ).rejects.toThrow(/sub-type/);
  });
});

describe('motivated refusal citing the grounds', () => {
  const housing = service('housing-assistance');
  const twoGrounds: RefusalNoticeData = {
    ...base,
    recipient,
    service: housing,
    applicationDate: '2026-03-16',
    grounds: refusalGroundsOf(housing, ['1', '4']),
  };

  it('housing assistance, two grounds with number, text and paragraph, in Russian', async () => {
    const pdf = await buildRefusalNotice(twoGrounds, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('Мотивированный ответ об отказе в предоставлении государственной услуги');
    expect(text).toContain(
      '«Назначение жилищной помощи», районный отдел сообщает об отказе в оказании государственной услуги',
    );
    expect(text).toContain('Основания отказа:');
    expect(text).toContain('1. Неполный пакет документов (основание № 1, п. 13 регламента)');
    expect(text).toContain(
      '2. Разведенные родители, не подавшие иск о взыскании алиментов на детей, проживающих с ними (основание № 4, п. 13 регламента)',
    );
    expect(text).not.toContain('основание № 2');
    expect(text).toContain('Решение может быть обжаловано');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('in Kazakh, with the glossary term and the way the documents go back', async () => {
    const text = flatText(
      await buildRefusalNotice(
        { ...twoGrounds, returnedVia: { ru: 'ЦОН Алмалинского района', kk: 'Алмалы ауданының ХҚКО' } },
        context('kk'),
      ),
    );
    expect(text).toContain('Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап');
    expect(text).toContain('мемлекеттік қызмет көрсетуден бас тарту туралы хабарлайды');
    expect(text).toContain('Бас тарту негіздері:');
    expect(squash(text)).toContain(
      squash('1. Құжаттар топтамасының толық болмауы (1-негіз, регламенттің 13-тармағы)'),
    );
    expect(text).toContain('Ұсынылған құжаттар Сізге Алмалы ауданының ХҚКО арқылы қайтарылады.');
  });

  it('АСП with all three grounds; child benefit with an unnumbered ground', async () => {
    const asp = service('targeted-social-assistance');
    const aspText = flatText(
      await buildRefusalNotice(
        { ...twoGrounds, service: asp, grounds: refusalGroundsOf(asp, ['1', '2', '3']) },
        context('ru'),
      ),
    );
    expect(aspText).toContain(
      '1. Среднедушевой доход семьи превышает черту бедности (основание № 1, п. 12 регламента)',
    );
    expect(aspText).toMatch(
      /3\. Безработные, без уважительных причин .* \(основание № 3, п\. 12 регламента\)/,
    );

    const child = service('child-benefit-under-18');
    const childText = flatText(
      await buildRefusalNotice(
        { ...twoGrounds, service: child, grounds: refusalGroundsOf(child, ['3.9 §10 refusal (unnumbered)']) },
        context('ru'),
      ),
    );
    expect(childText).toContain('Уведомление об отказе с указанием причины');
    expect(childText).toContain(
      '1. Представление неполных и (или) недостоверных сведений (п. 10 регламента)',
    );
  });

  it('employment referral: ground 1 applies to public works, not to job placement (3.3 §10)', async () => {
    const referral = service('employment-referral');
    const data = { ...twoGrounds, service: referral, grounds: refusalGroundsOf(referral, ['1']) };
    const text = flatText(await buildRefusalNotice({ ...data, subType: 'public-works' }, context('ru')));
    expect(text).toContain('Уведомление с мотивированным отказом');
    expect(text).toContain(
      'Лицо не зарегистрировано в качестве безработного в районном отделе (основание № 1, п. 10 регламента)',
    );
    await expect(buildRefusalNotice({ ...data, subType: 'job-placement' }, context('ru'))).rejects.toThrow(
      /does not apply/,
    );
  });

  it('refuses no grounds, a ground of another service, an unknown reference', async () => {
    await expect(buildRefusalNotice({ ...twoGrounds, grounds: [] }, context('ru'))).rejects.toThrow(
      /at least one/,
    );
    const foreign = refusalGroundsOf(service('targeted-social-assistance'), ['1']);
    await expect(buildRefusalNotice({ ...twoGrounds, grounds: foreign }, context('ru'))).rejects.toThrow(
      /not a refusal ground/,
    );
    expect(() => refusalGroundsOf(housing, ['5'])).toThrow(/Unknown refusal ground "5"/);
  });
});

describe('refusal input checks', () => {
  it('refuses the same ground cited twice', async () => {
    const housing = service('housing-assistance');
    const [first] = refusalGroundsOf(housing, ['1']);
    await expect(
      buildRefusalNotice(
        { ...base, recipient, service: housing, applicationDate: '2026-03-16', grounds: [first!, first!] },
        context('ru'),
      ),
    ).rejects.toThrow(/twice/);
  });
});
