import { describe, expect, it } from 'vitest';
import ru from '../../../locales/ru/iin.json';
import kk from '../../../locales/kk/iin.json';
import { BIN_ERROR_CODES, IIN_ERROR_CODES, IIN_WARNING_CODES } from '@shared/iin';

// Every code the validators can return has a user-facing message in both languages, and no message
// is left without a code (locales-parity.test.ts checks that ru and kk have the same keys).
describe('IIN and BIN messages (locales/{ru,kk}/iin.json)', () => {
  for (const [lang, m] of [
    ['ru', ru],
    ['kk', kk],
  ] as const) {
    it(`${lang}: one message per code`, () => {
      expect(Object.keys(m.errors).sort()).toEqual([...IIN_ERROR_CODES].sort());
      expect(Object.keys(m.warnings).sort()).toEqual([...IIN_WARNING_CODES].sort());
      expect(Object.keys(m.bin.errors).sort()).toEqual([...BIN_ERROR_CODES].sort());
      for (const text of [
        ...Object.values(m.errors),
        ...Object.values(m.warnings),
        ...Object.values(m.bin.errors),
      ]) {
        expect(text.trim()).not.toBe('');
      }
    });
  }
  it('Kazakh messages say ЖСН/БСН, Russian ИИН/БИН (docs/calendar-kz.md glossary)', () => {
    expect(Object.values(kk.errors).every((t) => !t.includes('ИИН'))).toBe(true);
    expect(kk.errors.checksum).toContain('ЖСН');
    expect(ru.errors.checksum).toContain('ИИН');
    expect(kk.bin.errors.checksum).toContain('БСН');
  });
});
