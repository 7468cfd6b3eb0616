import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '@shared/case-number';
import {
  complaintSequenceKey,
  formatComplaintNumber,
  makeComplaintNumber,
  parseComplaintNumber,
} from '@shared/complaints';

describe('complaint numbers (§26 journal of appeals)', () => {
  it('are digits only with a valid check digit, and read back to their parts', () => {
    const n = makeComplaintNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 1 });
    expect(n).toMatch(/^\d{13}$/);
    const p = parseComplaintNumber(n);
    expect(p).toEqual({
      ok: true,
      value: { officeCode: '22', deskCode: '00', epoch: 0, year: 2026, sequence: 1, digits: n },
    });
    expect(formatComplaintNumber(n).replace(/ /g, '')).toBe(n);
  });

  it('are unique across offices, desks, epochs, years and sequences', () => {
    const seen = new Set<string>();
    for (const officeCode of ['00', '22', '23'])
      for (const deskCode of ['00', '01'])
        for (const epoch of [0, 1])
          for (const year of [2026, 2027])
            for (let sequence = 1; sequence <= 50; sequence++) {
              const n = makeComplaintNumber({ officeCode, deskCode, epoch, year, sequence });
              expect(parseComplaintNumber(n).ok).toBe(true);
              seen.add(n);
            }
    expect(seen.size).toBe(3 * 2 * 2 * 2 * 50);
  });

  it('catch every single-digit typo and adjacent transposition', () => {
    const n = makeComplaintNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 4711 });
    for (let i = 0; i < n.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === n[i]) continue;
        const typo = n.slice(0, i) + d + n.slice(i + 1);
        expect(parseComplaintNumber(typo)).toEqual({ ok: false, error: 'check-digit' });
      }
      if (i + 1 < n.length && n[i] !== n[i + 1]) {
        const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
        expect(parseComplaintNumber(swapped).ok).toBe(false);
      }
    }
  });

  it('never pass for a case number, nor a case number for them', () => {
    const n = makeComplaintNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 7 });
    expect(parseCaseNumber(n).ok).toBe(false);
    expect(parseComplaintNumber('22000260000010').ok).toBe(false);
    expect(parseComplaintNumber('22 00 0 26 0000a 1')).toEqual({ ok: false, error: 'non-digit' });
  });

  it('refuse parts out of range, and key their sequence apart from case numbers', () => {
    expect(() => makeComplaintNumber({ officeCode: '2', deskCode: '00', year: 2026, sequence: 1 })).toThrow(
      RangeError,
    );
    expect(() =>
      makeComplaintNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 100_000 }),
    ).toThrow(RangeError);
    expect(complaintSequenceKey('22', '00', 0, 2026)).toBe('complaint-22-00-0-26');
  });
});
