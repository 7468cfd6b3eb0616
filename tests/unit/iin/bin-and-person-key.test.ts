import { describe, expect, it } from 'vitest';
import { normalizeDocNumber, personKey, validateBin } from '@shared/iin';

// BIN uses the IIN check digit (docs/calendar-kz.md, IIN); vectors are synthetic.
describe('BIN', () => {
  it.each([
    ['050324500102', []],
    ['991331200010', ['registration-month']],
    ['990031200017', ['registration-month']],
    ['050324500103', ['checksum']],
    ['950615300130', ['unusable-prefix']],
    ['05032450010', ['length']],
    ['0503245001O2', ['non-digit']],
    ['', ['empty']],
  ] as const)('%s → %j', (bin, errors) => {
    const r = validateBin(bin);
    expect(r.errors).toEqual(errors);
    expect(r.valid).toBe(errors.length === 0);
  });
});

// docs/decisions.md (identity and numbering): IIN first; identity document type and number otherwise.
describe('personKey', () => {
  it('keys a valid IIN, tolerating spaces from a form', () => {
    expect(personKey('950615300000')).toBe('iin:950615300000');
    expect(personKey('9506 1530 0000')).toBe('iin:950615300000');
    expect(personKey('850101000076')).toBe('iin:850101000076'); // unknown century still identifies
  });
  it.each(['950615300001', '95061530000', '950615300130', ''])('refuses an invalid IIN %j', (iin) => {
    expect(() => personKey(iin)).toThrow(RangeError);
  });
  it('keys a document the same whatever the typing', () => {
    const a = personKey({ docType: 'residence-permit', docNumber: 'N 012-345 678' });
    expect(a).toBe('doc:residence-permit:N012345678');
    expect(personKey({ docType: 'residence-permit', docNumber: 'n012345678' })).toBe(a);
    // Cyrillic Н typed under the Russian layout folds to Latin H, not to N: different letters stay apart.
    expect(personKey({ docType: 'foreign-passport', docNumber: 'Ас 1234' })).toBe(
      'doc:foreign-passport:AC1234',
    );
    expect(personKey({ docType: 'foreign-passport', docNumber: 'AC-1234' })).toBe(
      'doc:foreign-passport:AC1234',
    );
  });
  it('keeps document types apart and IIN keys apart from document keys', () => {
    const p = personKey({ docType: 'passport', docNumber: '950615300000' });
    const s = personKey({ docType: 'stateless-certificate', docNumber: '950615300000' });
    expect(new Set([p, s, personKey('950615300000')]).size).toBe(3);
  });
  it.each([
    { docType: 'passport', docNumber: ' - ' },
    { docType: 'Passport', docNumber: '123' },
    { docType: 'pass:port', docNumber: '123' },
    { docType: '', docNumber: '123' },
  ])('refuses %j', (doc) => {
    expect(() => personKey(doc)).toThrow(RangeError);
  });
  it('normalizes separators and №', () => {
    expect(normalizeDocNumber('№ 12/34.56—7')).toBe('1234567');
  });
});
