import { describe, expect, it } from 'vitest';
import {
  REFERRAL_SUBTYPES,
  buildReferral,
  referralNeedsRegistration,
  type ReferralData,
} from '@shared/print/documents/results';
import { context, decodeBarcodes, flatText, pdfInfo } from '../tools';
import { base, service, squash } from './fixtures';
import * as s from '../samples';

const data: ReferralData = {
  ...base,
  outgoingNumber: '03-07/112',
  service: service('employment-referral'),
  subType: 'public-works',
  person: { name: s.representative, iin: '950615300000', birthDate: '1995-06-15' },
  organisation: { name: 'ТОО «Алматы Тазалық»', address: 'г. Алматы, ул. Абая, 1' },
  unemployedRegistration: { since: '2026-02-02', number: 'Б-0193' },
  position: 'Озеленитель',
  startDate: '2026-04-01',
  validUntil: '2026-04-10',
};

const PURPOSE_RU: Record<(typeof REFERRAL_SUBTYPES)[number], string> = {
  'youth-practice': 'на молодежную практику',
  'public-works': 'на общественные работы',
  'social-job': 'для трудоустройства на социальное рабочее место',
  'job-placement': 'для трудоустройства',
  'vocational-training': 'на профессиональную подготовку, переподготовку и повышение квалификации',
};

describe('referral, one variant per employment sub-type (digest 3.3)', () => {
  it.each(REFERRAL_SUBTYPES.map((id) => [id]))('%s in Russian', async (subType) => {
    const pdf = await buildReferral({ ...data, subType }, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('НАПРАВЛЕНИЕ № 03-07/112');
    expect(text).toContain(`направляет гражданина(ку), указанного(ую) ниже, ${PURPOSE_RU[subType]}.`);
    expect(text).toContain('Кому ТОО «Алматы Тазалық»');
    expect(text).toContain('Ф.И.О. Иванов Пётр Сергеевич');
    expect(text).toContain('Учет безработного с 02.02.2026, рег. № Б-0193');
    expect(text).toContain('Действительно до 10 апреля 2026 г.');
    expect(text).toContain('Основание: Подпункты 2), 5), 6), 7) пункта 1 статьи 8 Закона РК');
    expect(text).toContain('ОТРЫВНОЙ ТАЛОН к направлению № 03-07/112');
    expect(text).toContain('Гражданин(ка) Иванов Пётр Сергеевич');
  });

  it('in Kazakh, and the case barcode scans', async () => {
    const pdf = await buildReferral(
      { ...data, subType: 'vocational-training', program: 'Электргазбен дәнекерлеуші' },
      context('kk'),
    );
    const text = flatText(pdf);
    expect(text).toContain('№ 03-07/112 ЖОЛДАМА');
    expect(squash(text)).toContain(
      squash(
        'төменде көрсетілген азаматты кәсіптік даярлауға, қайта даярлауға және біліктілікті арттыруға жолдайды',
      ),
    );
    expect(text).toContain('Оқу бағдарламасы Электргазбен дәнекерлеуші');
    expect(text).toContain('№ 03-07/112 жолдамаға ҮЗБЕЛІ ТАЛОН');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('job placement needs no registration as unemployed (3.3 §10); the others do', async () => {
    expect(REFERRAL_SUBTYPES.filter((id) => !referralNeedsRegistration(data.service, id))).toEqual([
      'job-placement',
    ]);
    const text = flatText(
      await buildReferral(
        { ...data, subType: 'job-placement', unemployedRegistration: undefined },
        context('ru'),
      ),
    );
    expect(text).not.toContain('Учет безработного');
    await expect(
      buildReferral({ ...data, subType: 'social-job', unemployedRegistration: undefined }, context('ru')),
    ).rejects.toThrow(/registration as unemployed/);
  });

  it('career guidance is oral: no referral is printed (3.3 §1, §7)', async () => {
    await expect(
      buildReferral({ ...data, subType: 'career-guidance' as never }, context('ru')),
    ).rejects.toThrow(/oral/);
    await expect(
      buildReferral({ ...data, service: service('housing-assistance') }, context('ru')),
    ).rejects.toThrow(/not a result/);
  });
});
