import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { iinCheckDigit, validateIin, type IinErrorCode } from '@shared/iin';

// Vectors: docs/calendar-kz.md (IIN) for the first three groups; the rest are synthetic numbers built on
// the same algorithm and checked by hand where noted.
describe('IIN check digit (docs/calendar-kz.md, IIN)', () => {
  it('950615300000 is valid on the first pass', () => {
    expect(iinCheckDigit('95061530000')).toBe(0);
    expect(validateIin('950615300000')).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      birthDate: '1995-06-15',
      sex: 'male',
      century: 19,
      digits: '950615300000',
    });
  });
  it('950615300104 is valid on the second pass (first gives 10, second 4)', () => {
    expect(iinCheckDigit('95061530010')).toBe(4);
    expect(validateIin('950615300104').valid).toBe(true);
    // Mapping the first pass's 10 to 0 (a common bug) would accept this one.
    expect(validateIin('950615300100').errors).toEqual(['checksum']);
  });
  it.each(Array.from({ length: 10 }, (_, k) => `95061530013${k}`))(
    '%s is rejected as an unusable prefix, never as digit 0',
    (iin) => {
      expect(iinCheckDigit(iin.slice(0, 11))).toBeNull();
      const r = validateIin(iin);
      expect(r.valid).toBe(false);
      expect(r.errors).toEqual(['unusable-prefix']);
      expect(r.birthDate).toBeNull();
    },
  );
  it('refuses a prefix that is not 11 digits', () => {
    expect(() => iinCheckDigit('9506153000')).toThrow(RangeError);
    expect(() => iinCheckDigit('9506153000a')).toThrow(RangeError);
  });
});

describe('IIN format errors', () => {
  const table: [string, string, IinErrorCode[]][] = [
    ['11 digits', '95061530000', ['length']],
    ['13 digits (no missing end anchor)', '9506153000000', ['length']],
    ['a valid IIN followed by a digit', '9506153000001', ['length']],
    ['a letter', '95061530000a', ['non-digit']],
    ['Cyrillic О for zero', '95061530000О', ['non-digit']],
    ['a dash', '950615-300000', ['non-digit', 'length']],
    ['full-width digits', '９５０６１５３０００００', ['non-digit']],
    ['spaces inside', '950615 300000', ['whitespace']],
    ['a trailing space', '950615300000 ', ['whitespace']],
    ['spaces and 11 digits', '950615 30000', ['whitespace', 'length']],
    ['empty', '', ['empty']],
    ['blank', '   ', ['empty']],
  ];
  it.each(table)('%s: %j → %j', (_name, input, errors) => {
    const r = validateIin(input);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(errors);
    expect([r.birthDate, r.sex, r.century]).toEqual([null, null, null]);
  });
});

describe('IIN birth date, century and sex (docs/calendar-kz.md: YYMMDD C NNNN K)', () => {
  const table: [string, string | null, 'male' | 'female' | null, number | null, IinErrorCode[]][] = [
    // 9·1+5·2+0+6·4+1·5+5·6+4·7+0+0+0+1·11 = 117 ≡ 7 (mod 11): checked by hand.
    ['950615400017', '1995-06-15', 'female', 19, []],
    ['000229500127', '2000-02-29', 'male', 20, []], // 2000 is a leap year
    ['000229300124', null, null, null, ['birth-date']], // 1900 is not
    ['950230400014', null, null, null, ['birth-date']], // 30 February
    ['951315300000', null, null, null, ['birth-date', 'checksum']], // month 13 and a wrong digit
    ['081231600032', '2008-12-31', 'female', 20, []],
    ['850101100072', '1885-01-01', 'male', 18, []],
  ];
  it.each(table)('%s → %s %s %s %j', (iin, birthDate, sex, century, errors) => {
    const r = validateIin(iin);
    expect(r.errors).toEqual(errors);
    expect(r.valid).toBe(errors.length === 0);
    expect([r.birthDate, r.sex, r.century]).toEqual([birthDate, sex, century]);
  });

  it.each(['850101000076', '850101700070', '850101900073'])(
    'unknown century digit in %s is a warning: valid, no birth date or sex',
    (iin) => {
      const r = validateIin(iin);
      expect(r.valid).toBe(true);
      expect(r.warnings).toEqual(['unknown-century']);
      expect([r.birthDate, r.sex, r.century]).toEqual([null, null, null]);
    },
  );
  it('an unknown century digit does not excuse a wrong check digit', () => {
    const r = validateIin('850101000077');
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['checksum']);
    expect(r.warnings).toEqual(['unknown-century']);
  });
  it('a birth date after today is an error when today is given', () => {
    expect(validateIin('261126500013', { today: '2026-11-26' }).valid).toBe(true);
    expect(validateIin('261127500019', { today: '2026-11-26' }).errors).toEqual(['birth-date-future']);
    expect(validateIin('261127500019').valid).toBe(true);
  });
});

describe('IIN properties (fast-check, fixed seed)', () => {
  const prefix = fc.stringMatching(/^[0-9]{11}$/);
  it('for every prefix exactly one final digit passes, or none when the prefix is unusable', () => {
    fc.assert(
      fc.property(prefix, (p) => {
        const passing = [...'0123456789'].filter((k) => {
          const e = validateIin(p + k).errors;
          return !e.includes('checksum') && !e.includes('unusable-prefix');
        });
        const check = iinCheckDigit(p);
        return check === null ? passing.length === 0 : passing.length === 1 && passing[0] === String(check);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
  it('changing the check digit of a checksum-valid number is always caught', () => {
    fc.assert(
      fc.property(prefix, fc.integer({ min: 1, max: 9 }), (p, delta) => {
        const check = iinCheckDigit(p);
        fc.pre(check !== null);
        return validateIin(p + String((check! + delta) % 10)).errors.includes('checksum');
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

/** A checksum-valid IIN for a date part and a century digit (serial 0000, or the next usable one). */
function withCheck(yymmdd: string, c: string): string {
  for (let serial = 0; serial < 10000; serial++) {
    const p = `${yymmdd}${c}${String(serial).padStart(4, '0')}`;
    const k = iinCheckDigit(p);
    if (k !== null) return p + String(k);
  }
  throw new Error('no usable prefix');
}

// issue 14, defect 3: the date part is checked whatever the century digit (docs/calendar-kz.md, IIN).
describe('IIN impossible birth dates under every century digit', () => {
  const impossible = [
    ['month 00', '950015'],
    ['month 13', '951315'],
    ['month 34', '123456'],
    ['day 00', '950600'],
    ['day 32', '950132'],
    ['31 April', '950431'],
    ['31 June', '950631'],
    ['30 February', '950230'],
    ['00-00-00', '000000'],
  ] as const;
  const centuries = [...'0123456789'];
  it.each(impossible.flatMap(([name, d]) => centuries.map((c) => [name, d, c] as const)))(
    '%s (%s) with century digit %s is a birth-date error',
    (_name, yymmdd, c) => {
      const iin = withCheck(yymmdd, c);
      const r = validateIin(iin);
      expect(r.valid).toBe(false);
      expect(r.errors).toEqual(['birth-date']);
      expect(r.birthDate).toBeNull();
    },
  );
  it('the two numbers named in the issue fail', () => {
    expect(validateIin('123456789013').valid).toBe(false);
    expect(validateIin('123456789013').errors).toContain('birth-date');
    expect(validateIin('000000000000').valid).toBe(false);
    expect(validateIin('000000000000').errors).toContain('birth-date');
  });
  it.each(['0', '7', '8', '9'])(
    '29 February with unknown century digit %s is accepted (year unknown)',
    (c) => {
      const r = validateIin(withCheck('010229', c));
      expect(r.valid).toBe(true);
      expect(r.warnings).toEqual(['unknown-century']);
    },
  );
  it.each(['1', '2', '3', '4', '5', '6'])(
    '29 February of a non-leap year fails under century digit %s',
    (c) => {
      expect(validateIin(withCheck('010229', c)).errors).toEqual(['birth-date']);
    },
  );
  it.each(['0', '7', '8', '9'])('a plausible date with unknown century digit %s stays a warning', (c) => {
    const r = validateIin(withCheck('850131', c));
    expect(r.valid).toBe(true);
    expect(r.birthDate).toBeNull();
  });
});
