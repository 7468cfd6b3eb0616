import { describe, expect, it } from 'vitest';
import {
  buildWheelchairApplication,
  type WheelchairApplicationData,
} from '@shared/print/documents/application-wheelchair';
import {
  buildAssistantApplication,
  type AssistantApplicationData,
} from '@shared/print/documents/application-assistant';
import type { IntakeMark } from '@shared/print/documents/tear-off-slip';
import { context, decodeBarcodes, flatText, pdfInfo } from './tools';
import * as s from './samples';

const intake: IntakeMark = {
  caseNumber: s.caseNumber,
  registeredOn: '2026-03-16',
  service: s.wheelchairService,
  documentsCount: 3,
  resultDate: '2026-03-30',
  acceptor: s.acceptor,
  acceptorPosition: s.specialist,
};

const wheelchair: WheelchairApplicationData = {
  addressee: s.addressee,
  headName: 'Сейтқали Б. М.',
  applicantKind: 'child-representative',
  applicant: s.representative,
  child: { name: s.applicant, birthDate: '2015-04-02', birthCertificateNumber: 'I-АЛ 123456' },
  idDocument: { number: '012345678', issuedBy: 'МВД РК', issuedOn: '2020-01-15' },
  pensionCertificateNumber: '77-001',
  iin: '950615300000',
  address: 'г. Алматы, мкр. Аксай-4, д. 12, кв. 5',
  phone: '+7 701 000 00 01',
  wheelchairDetails: 'комнатная, ширина сиденья 40 см',
  applicationDate: '2026-03-16',
  intake,
};

const assistant: AssistantApplicationData = {
  addressee: s.addressee,
  applicant: s.applicant,
  disabilityGroup: 1,
  birthDate: '1980-05-05',
  requested: 'sign-language-specialist',
  idDocument: { number: '045678912', issuedBy: 'МЮ РК', issuedOn: '2019-07-01' },
  iin: '800505400123',
  address: 'г. Алматы, ул. Абая, 1',
  phone: '+7 705 000 00 05',
  applicationDate: '2026-03-16',
  proxy: s.representative,
  intake: { ...intake, service: s.assistantService, documentsCount: 4 },
};

describe('wheelchair application, Annex 2 to service 7 (digest 4.1)', () => {
  it('prefills the header, body and tear-off slip in Russian', async () => {
    const pdf = await buildWheelchairApplication(wheelchair, context('ru'));
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, width: 595.276, height: 841.89 });
    const text = flatText(pdf);
    expect(text).toContain('Руководителю Ауэзовского районного отдела');
    expect(text).toContain('Сейтқали Б. М.');
    expect(text).toContain(
      'от лица с инвалидностью ____ группы, представителя ребенка с инвалидностью (нужное подчеркнуть)',
    );
    expect(text).toContain(
      'Ф.И.О. лица с инвалидностью, представителя ребенка с инвалидностью Иванов Пётр Сергеевич',
    );
    expect(text).toContain('Ф.И.О. ребенка с инвалидностью Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('№ уд. лич. лица с инвалидностью, представителя 012345678');
    expect(text).toContain('Выдан МВД РК, 15.01.2020');
    expect(text).toContain('Дата рождения ребенка с инвалидностью 02.04.2015');
    expect(text).toContain('Свидет. о рожд. № I-АЛ 123456');
    expect(text).toContain('Пенс. уд. № 77-001');
    expect(text).toContain('ИИН 950615300000');
    expect(text).toContain('Проживающий(ая) по адресу г. Алматы, мкр. Аксай-4, д. 12, кв. 5');
    expect(text).toContain('Телефон +7 701 000 00 01');
    expect(text).toContain('ЗАЯВЛЕНИЕ');
    expect(text).toContain('Прошу обеспечить креслом-коляской: меня, моего ребенка с инвалидностью');
    expect(text).toContain('Кресло-коляска: комнатная, ширина сиденья 40 см');
    expect(text).toContain('Предупрежден(а) об ответственности за предоставление ложной информации');
    expect(text).toContain('16 марта 2026 г.');
    expect(text).toContain('подпись услугополучателя либо доверенного лица, подавшего заявление');
    // Tear-off slip: digest 4.1 T1-T3 plus the talon fields of 6.1.
    expect(text).toContain('отрывной талон');
    expect(text).toContain('ОТРЫВНОЙ ТАЛОН');
    expect(text).toContain('№ 12-03-26-000421-7 от 16.03.2026');
    expect(text).toContain('Принято документов 3');
    expect(text).toContain('Дата получения результата 30 марта 2026 г.');
    expect(text).toContain('Заявление принял(а): Жұмабаева Сәуле Ерланқызы, специалист районного отдела');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('is written in Kazakh when asked', async () => {
    const text = flatText(await buildWheelchairApplication(wheelchair, context('kk')));
    expect(text).toContain('Әуезов аудандық бөлімінің басшысына');
    expect(text).toContain('Мүгедектігі бар баланың Т.А.Ә. Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('ЖСН 950615300000');
    expect(text).toContain('ӨТІНІШ');
    expect(text).toContain('Мені, мүгедектігі бар баламды кресло-арбамен қамтамасыз етуді сұраймын');
    expect(text).toContain('2026 жылғы 16 наурыз');
    expect(text).toContain('ҮЗБЕЛІ ТАЛОН');
    expect(text).toContain('Қабылданған құжаттар 3');
    expect(text).toContain('Өтінішті қабылдаған: Жұмабаева Сәуле Ерланқызы, аудандық бөлімнің маманы');
  });

  it('leaves blank lines for what is not known, with the disabled person applying', async () => {
    const {
      child: _c,
      pensionCertificateNumber: _p,
      wheelchairDetails: _d,
      headName: _h,
      ...rest
    } = wheelchair;
    const text = flatText(
      await buildWheelchairApplication(
        { ...rest, applicantKind: 'disabled-person', disabilityGroup: 2, applicant: s.applicant },
        context('ru'),
      ),
    );
    expect(text).toContain('от лица с инвалидностью II группы, представителя ребенка с инвалидностью');
    expect(text).toMatch(/Ф\.И\.О\. ребенка с инвалидностью № уд\. лич\./);
    expect(text).toMatch(/Пенс\. уд\. № ИИН/);
  });
});

describe('individual assistant / sign-language application, Annex 2 to service 8 (digest 4.2)', () => {
  it('prefills every field in Russian', async () => {
    const pdf = await buildAssistantApplication(assistant, context('ru'));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('от лица с инвалидностью I группы');
    expect(text).toContain('Ф.И.О. Қасымова Әйгерім Нұрланқызы');
    expect(text).toContain('Дата рождения 05.05.1980');
    expect(text).toContain('Проживающий(ая) по адресу г. Алматы, ул. Абая, 1');
    expect(text).toContain('Телефон +7 705 000 00 05');
    expect(text).toContain('№ уд. лич. 045678912');
    expect(text).toContain('Выдан МЮ РК, 01.07.2019');
    expect(text).toContain('ИИН 800505400123');
    expect(text).toContain(
      'Прошу предоставить услугу: индивидуального помощника, специалиста жестового языка (нужное подчеркнуть)',
    );
    expect(text).toContain('Доверенное лицо: Иванов Пётр Сергеевич');
    expect(text).toContain('подпись заявителя либо доверенного лица, подавшего заявление');
    expect(text).toContain('Принято документов 4');
    expect(text).toContain('индивидуального помощника');
    expect(decodeBarcodes(pdf)).toEqual(['CODE-128:1203260004217']);
  });

  it('is written in Kazakh when asked', async () => {
    const text = flatText(await buildAssistantApplication(assistant, context('kk')));
    expect(text).toContain('I топтағы мүгедектігі бар адамнан');
    expect(text).toContain('Туған күні 05.05.1980');
    expect(text).toContain('Жеке көмекшінің, ымдау тілі маманының қызметін ұсынуды сұраймын');
    expect(text).toContain('Сенім білдірілген тұлға: Иванов Пётр Сергеевич');
    expect(text).toContain('Жүріп-тұруы қиын бірінші');
  });
});
