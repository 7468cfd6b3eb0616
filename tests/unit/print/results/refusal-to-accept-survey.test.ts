import { describe, expect, it } from 'vitest';
import {
  buildRefusalToAcceptNotice,
  buildSurveyRefusalProtocol,
  type RefusalToAcceptData,
  type SurveyRefusalProtocolData,
} from '@shared/print/documents/results';
import { context, flatText } from '../tools';
import { base, recipient, service, squash } from './fixtures';

describe('notice of refusal to accept (child benefits, 3.9 §11 A3d, Annex 20)', () => {
  const data: RefusalToAcceptData = {
    ...base,
    service: service('child-benefit-under-18'),
    recipient,
    applicationDate: '2026-03-10',
    requestedOn: '2026-03-10',
    dueBy: '2026-03-13',
    reason: 'Оригиналы не представлены',
  };

  it('in Russian: the form, the application, the notification, the due date and the reason', async () => {
    const text = flatText(await buildRefusalToAcceptNotice(data, context('ru')));
    expect(text).toContain('Уведомление об отказе в приеме заявления');
    expect(text).toContain('приложение 20 к Правилам');
    expect(squash(text)).toContain(squash('не представлены в течение трех рабочих дней'));
    expect(squash(text)).toContain(squash(`«${data.service.name.ru}»`));
    expect(text).toContain('13.03.2026');
    expect(text).toContain('Оригиналы не представлены');
    expect(text).toContain('Уведомление получил(а)');
  });

  it('in Kazakh', async () => {
    const text = flatText(await buildRefusalToAcceptNotice({ ...data, reason: undefined }, context('kk')));
    expect(text).toContain('Өтінішті қабылдаудан бас тарту туралы хабарлама');
    expect(text).toContain('Қағидаларға 20-қосымша');
    expect(squash(text)).toContain(squash('үш жұмыс күні ішінде ұсынылмады'));
    expect(text).not.toContain('Бас тарту себебі');
  });

  it('is a child-benefit document only', async () => {
    await expect(
      buildRefusalToAcceptNotice({ ...data, service: service('housing-assistance') }, context('ru')),
    ).rejects.toThrow(/not a result/);
  });
});

describe('protocol of refusal of the survey (АСП, 3.4 §13 step 2a)', () => {
  const data: SurveyRefusalProtocolData = {
    ...base,
    service: service('targeted-social-assistance'),
    recipient,
    applicationDate: '2026-03-10',
    refusedOn: '2026-03-12',
    protocolNumber: '7',
    members: ['Ахметова А. Б.', null, null],
  };

  it('in Russian, with a signature line for every member', async () => {
    const text = flatText(await buildSurveyRefusalProtocol(data, context('ru')));
    expect(text).toContain('ПРОТОКОЛ № 7 об отказе от обследования');
    expect(text).toContain('Председатель участковой комиссии');
    expect(text).toContain('Член комиссии Ахметова А. Б.');
    expect(text.match(/Член комиссии/g)).toHaveLength(3);
    expect(squash(text)).toContain(squash('отказался(ась) от проведения обследования'));
    expect(text).toContain('12.03.2026');
    expect(text).toContain('С протоколом ознакомлен(а)');
  });

  it('in Kazakh, without a number', async () => {
    const text = flatText(
      await buildSurveyRefusalProtocol({ ...data, protocolNumber: undefined }, context('kk')),
    );
    expect(text).toContain('ХАТТАМА адамның (отбасының) материалдық жағдайын тексеруден бас тарту туралы');
    expect(squash(text)).toContain(squash('тексеруден бас тартты'));
    expect(text).toContain('Учаскелік комиссияның төрағасы');
    expect(text.match(/Комиссия мүшесі/g)).toHaveLength(3);
    expect(text).toContain('Хаттамамен таныстым');
  });

  it('needs members and an АСП case', async () => {
    await expect(buildSurveyRefusalProtocol({ ...data, members: [] }, context('ru'))).rejects.toThrow(
      /members/,
    );
    await expect(
      buildSurveyRefusalProtocol({ ...data, service: service('housing-assistance') }, context('ru')),
    ).rejects.toThrow(/not a result/);
  });
});
