import { describe, expect, it } from 'vitest';
import {
  caseDocumentFileName,
  counterRefusalFileName,
  officeCardFileName,
  paymentRequestFileName,
  registryFileName,
  registrySheetFileName,
  resultFileName,
} from '@renderer/print/fileNames';
import { almatyInstant } from '@shared/time/almaty';

const CASE = '22000260000021';
const LATIN = /[A-Za-z]/;

describe('saved file names (issue 16, item 15)', () => {
  it('name case documents by kind and the case number people read', () => {
    expect(caseDocumentFileName('расписка', CASE)).toBe('расписка-22-00-0-26-000002-1');
    expect(caseDocumentFileName('қолхат', CASE)).toBe('қолхат-22-00-0-26-000002-1');
  });

  it('name a counter refusal by office, date and its number, never a timestamp', () => {
    const at = almatyInstant('2026-12-05', 10, 30);
    const name = counterRefusalFileName('отказ', '22', at, 7);
    expect(name).toBe('отказ-22-05-12-2026-7');
    expect(name).not.toContain(String(at));
  });

  it('name registries, their sheets and payment requests in the user language', () => {
    expect(registryFileName('22-12-0001', 'ru')).toBe('реестр-22-12-0001.asreg');
    expect(registryFileName('22-12-0001', 'kk')).toBe('тізілім-22-12-0001.asreg');
    expect(registrySheetFileName('22-12-0001', 'ru')).toBe('лист-реестра-22-12-0001');
    expect(paymentRequestFileName('12-20-0003', 'kk')).toBe('төлемге-өтінім-12-20-0003');
  });

  it('name result documents without the internal kind or Latin letters', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const name = resultFileName('notification-of-assignment', CASE, lang);
      expect(name).not.toMatch(LATIN);
      expect(name).toMatch(/-22-00-0-26-000002-1$/);
    }
    expect(resultFileName('referral', CASE, 'ru')).toBe('направление-22-00-0-26-000002-1');
  });

  it('name an office card by office, desk and the first digits of its fingerprint', () => {
    const card = { officeCode: '22', deskCode: '03', keyId: '0'.repeat(31) + 'f' };
    expect(officeCardFileName(card, 'ru')).toBe('карточка-учреждения-22-место-03-00000.json');
    expect(officeCardFileName({ officeCode: '12', keyId: 'f'.repeat(32) }, 'kk')).toBe(
      'мекеме-карточкасы-12-03402.json',
    );
  });
});
