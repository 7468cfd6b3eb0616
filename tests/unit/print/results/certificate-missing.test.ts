import { describe, expect, it } from 'vitest';
import { quarterOf } from '@shared/calendar/periods';
import {
  aspCoversQuarter,
  buildAspCertificate,
  buildMissingDocumentsNotice,
  returnStepOf,
  type AspCertificateData,
  type MissingDocumentsData,
} from '@shared/print/documents/results';
import { context, decodeBarcodes, flatText, pdfInfo } from '../tools';
import { base, catalogue, recipient, service, squash } from './fixtures';
import * as s from '../samples';

const certificate: AspCertificateData = {
  ...base,
  date: '2026-05-12',
  service: service('asp-recipient-certificate'),
  recipient,
  iin: '950615300000',
  family: [{ surname: 'Қасымов', givenName: 'Нұрлан' }],
  assignment: {
    caseNumber: '12-01-26-000017-3',
    decidedOn: '2026-04-03',
    from: '2026-04-01',
    to: '2026-06-30',
  },
};

describe('certificate of АСП membership for the current quarter (digest 3.5)', () => {
  it('names the quarter of the certificate date and the assignment found, in Russian', async () => {
    const pdf = await buildAspCertificate(certificate, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('Справка о принадлежности заявителя (семьи) к получателям АСП в текущем квартале');
    expect(text).toContain(
      'является получателем государственной адресной социальной помощи в II квартале 2026 года',
    );
    expect(text).toContain('Текущий квартал II квартал 2026 г. (01.04.2026 – 30.06.2026)');
    expect(text).toContain('Назначение АСП дело № 12-01-26-000017-3, решение от 03.04.2026');
    expect(text).toContain('ИИН 950615300000');
    expect(text).toContain('Члены семьи Қасымов Нұрлан');
    expect(text).toContain('Справка выдана для представления по месту требования.');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('in Kazakh', async () => {
    const text = flatText(await buildAspCertificate(certificate, context('kk')));
    expect(text).toContain(
      'Өтініш берушінің (отбасының) ағымдағы тоқсанда АӘК алушыларға тиесілігі туралы анықтама',
    );
    expect(squash(text)).toContain(
      squash('2026 жылғы II тоқсанда мемлекеттік атаулы әлеуметтік көмек алушы болып табылатыны'),
    );
    expect(text).toContain('Ағымдағы тоқсан 2026 жылғы II тоқсан (01.04.2026 – 30.06.2026)');
  });

  it.each([
    ['assignment inside the quarter', '2026-04-01', '2026-06-30', '2026-05-12', true],
    ['assignment ending on the first day of the quarter', '2026-01-01', '2026-04-01', '2026-05-12', true],
    ['assignment starting on the last day of the quarter', '2026-06-30', '2026-09-30', '2026-04-01', true],
    ['assignment of the previous quarter only', '2026-01-01', '2026-03-31', '2026-04-01', false],
    ['assignment of the next quarter only', '2026-07-01', '2026-09-30', '2026-06-30', false],
    [
      'year boundary: Q4 assignment, certificate on 1 January',
      '2025-10-01',
      '2025-12-31',
      '2026-01-01',
      false,
    ],
  ])('%s → %s', (_name, from, to, date, covers) => {
    expect(aspCoversQuarter({ caseNumber: '1', decidedOn: from, from, to }, date)).toBe(covers);
  });

  it('gives no certificate without an assignment in the quarter (a refusal instead, 3.5 §10)', async () => {
    await expect(buildAspCertificate({ ...certificate, date: '2026-07-01' }, context('ru'))).rejects.toThrow(
      /refusal/,
    );
    expect(quarterOf('2026-07-01').quarter).toBe(3);
    await expect(
      buildAspCertificate({ ...certificate, service: service('targeted-social-assistance') }, context('ru')),
    ).rejects.toThrow(/not a result/);
  });
});

const missing: MissingDocumentsData = {
  ...base,
  date: '2026-03-18',
  service: service('housing-assistance'),
  center: { name: s.office.name, address: s.office.address },
  applicant: s.applicant,
  acceptedOn: '2026-03-16',
  receivedOn: '2026-03-17',
  registryNumber: '02-12-000031',
  returnBy: '2026-03-20',
  missing: [
    { document: s.housingDocuments[3]!, reason: { ru: 'не представлена', kk: 'ұсынылмаған' } },
    {
      document: s.housingDocuments[4]!,
      reason: { ru: 'доходы за неполный квартал', kk: 'толық емес тоқсандағы табыс' },
    },
  ],
};

describe('notice of missing documents returning an incomplete package to the ЦОН', () => {
  it('housing assistance: the ЦОН, the list with reasons, the 3-working-day limit, the barcode', async () => {
    const pdf = await buildMissingDocumentsNotice(missing, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('Уведомление о недостающих документах');
    expect(text).toContain('Кому ЦОН Алмалинского района');
    expect(text).toContain(
      'Пакет документов по делу № 12-03-26-000421-7 (государственная услуга «Назначение жилищной помощи», заявитель Қасымова Ә. Н.), принятый 16.03.2026 и поступивший в районный отдел 17.03.2026 по реестру № 02-12-000031',
    );
    expect(text).toContain(
      'Срок возврата: 3 рабочих дня со дня поступления, не позднее 20.03.2026 (п. 13 регламента).',
    );
    expect(text).toMatch(/1 Копия книги регистрации граждан\s+не представлена/);
    expect(text).toContain('доходы за неполный квартал');
    expect(text).toContain('Пакет и уведомление принял(а)');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('child benefits: 2 working days from the catalogue (3.9 §11.2), in Kazakh', async () => {
    const text = flatText(
      await buildMissingDocumentsNotice(
        { ...missing, service: service('child-benefit-under-18') },
        context('kk'),
      ),
    );
    expect(text).toContain('Жетіспейтін құжаттар туралы хабарлама');
    expect(text).toContain('Кімге Алмалы ауданының ХҚКО');
    expect(squash(text)).toContain(
      squash(
        'Қайтару мерзімі: түскен күннен бастап 2 жұмыс күні, соңғы күні — 20.03.2026 (регламенттің 11-тармағының 2) тармақшасы).',
      ),
    );
    expect(text).toContain('№ 02-12-000031 тізілім бойынша');
    expect(text).toContain('ұсынылмаған');
  });

  it('reads the limit from the (overridable) catalogue and refuses services without a ЦОН return', async () => {
    expect(returnStepOf(catalogue.services['housing-assistance']).limit.term).toEqual({
      value: 3,
      unit: 'working-days',
    });
    expect(returnStepOf(catalogue.services['child-benefit-under-18']).limit.term).toEqual({
      value: 2,
      unit: 'working-days',
    });
    const edited = structuredClone(catalogue.services['housing-assistance']);
    returnStepOf(edited).limit.term.value = 5;
    expect(
      flatText(await buildMissingDocumentsNotice({ ...missing, service: edited }, context('ru'))),
    ).toContain('Срок возврата: 5 рабочих дней');
    await expect(
      buildMissingDocumentsNotice(
        { ...missing, service: service('targeted-social-assistance') },
        context('ru'),
      ),
    ).rejects.toThrow(/no return/);
    await expect(buildMissingDocumentsNotice({ ...missing, missing: [] }, context('ru'))).rejects.toThrow(
      /at least one/,
    );
  });
});
