import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCaseNumber,
  makeCaseNumber,
  nextRestoreEpoch,
  parseCaseNumber,
  type CaseNumberInput,
} from '@shared/case-number';

// docs/decisions.md (identity and numbering): digits only, office + desk + year + sequence + check digit,
// unique without coordination; issue 7 item 3: a restore epoch so an old backup never reissues one.
const SAMPLE = makeCaseNumber({ officeCode: '12', deskCode: '00', year: 2026, sequence: 123 });

describe('makeCaseNumber / parseCaseNumber / formatCaseNumber', () => {
  it('builds 14 digits in the documented layout', () => {
    expect(SAMPLE).toBe('12000260001238');
    expect(formatCaseNumber(SAMPLE)).toBe('12 00 0 26 000123 8');
    expect(formatCaseNumber(SAMPLE, '-')).toBe('12-00-0-26-000123-8');
    expect(makeCaseNumber({ officeCode: 3, deskCode: 7, epoch: 2, year: 2027, sequence: 999999 })).toMatch(
      /^0307227999999\d$/,
    );
  });

  it('parses back what it made, from bare, spaced and dashed forms', () => {
    for (const form of [
      SAMPLE,
      '12 00 0 26 000123 8',
      '12-00-0-26-000123-8',
      ' 12\u00a000 0–26 000123—8 ',
      '1200 0260 0012 38',
    ]) {
      expect(parseCaseNumber(form)).toEqual({
        ok: true,
        value: {
          officeCode: '12',
          deskCode: '00',
          epoch: 0,
          year: 2026,
          sequence: 123,
          checkDigit: 8,
          digits: SAMPLE,
        },
      });
    }
    expect(formatCaseNumber('12-00-0-26-000123-8')).toBe('12 00 0 26 000123 8');
  });

  it('round-trips any parts (property, fixed seed)', () => {
    const parts = fc.record({
      officeCode: fc.stringMatching(/^[0-9]{2}$/),
      deskCode: fc.stringMatching(/^[0-9]{2}$/),
      epoch: fc.integer({ min: 0, max: 9 }),
      year: fc.integer({ min: 2000, max: 2099 }),
      sequence: fc.integer({ min: 1, max: 999999 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const n = makeCaseNumber(p);
        const r = parseCaseNumber(formatCaseNumber(n));
        if (!r.ok) return false;
        const { checkDigit: _c, digits, ...parts } = r.value;
        expect(parts).toEqual(p);
        return n.length === 14 && digits === n;
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it.each([
    ['1200026000123', 'length'],
    ['120002600012380', 'length'],
    ['', 'length'],
    ['12 00 0 26 000123', 'length'],
    ['12000260001238a', 'non-digit'],
    ['1200026000123О', 'non-digit'], // Cyrillic О
    ['12/00/0/26/000123/8', 'non-digit'],
    ['12000260001237', 'check-digit'],
    ['12000260000000', 'check-digit'],
  ] as const)('rejects %j as %s', (input, error) => {
    expect(parseCaseNumber(input)).toEqual({ ok: false, error });
  });

  it('refuses to format a mistyped number', () => {
    expect(() => formatCaseNumber('12000260001237')).toThrow(RangeError);
  });

  it.each<[string, CaseNumberInput]>([
    ['office code of one digit', { officeCode: '1', deskCode: '00', year: 2026, sequence: 1 }],
    ['desk code 100', { officeCode: '12', deskCode: 100, year: 2026, sequence: 1 }],
    ['epoch 10', { officeCode: '12', deskCode: '00', epoch: 10, year: 2026, sequence: 1 }],
    ['two-digit year', { officeCode: '12', deskCode: '00', year: 26, sequence: 1 }],
    ['year 2100', { officeCode: '12', deskCode: '00', year: 2100, sequence: 1 }],
    ['sequence 0', { officeCode: '12', deskCode: '00', year: 2026, sequence: 0 }],
    ['sequence 1,000,000', { officeCode: '12', deskCode: '00', year: 2026, sequence: 1_000_000 }],
    ['fractional sequence', { officeCode: '12', deskCode: '00', year: 2026, sequence: 1.5 }],
  ])('makeCaseNumber refuses %s', (_name, input) => {
    expect(() => makeCaseNumber(input)).toThrow(RangeError);
  });
});

describe('mistyped numbers are rejected', () => {
  const samples = [
    SAMPLE,
    makeCaseNumber({ officeCode: '07', deskCode: '13', epoch: 1, year: 2027, sequence: 98765 }),
    makeCaseNumber({ officeCode: '90', deskCode: '99', epoch: 9, year: 2024, sequence: 909090 }),
  ];
  it.each(samples)('every single-digit substitution of %s (14 positions × 9 digits)', (n) => {
    let tried = 0;
    for (let i = 0; i < n.length; i++) {
      for (const d of '0123456789') {
        if (d === n[i]) continue;
        const typo = n.slice(0, i) + d + n.slice(i + 1);
        expect(parseCaseNumber(typo), typo).toEqual({ ok: false, error: 'check-digit' });
        tried++;
      }
    }
    expect(tried).toBe(14 * 9);
  });
  it.each(samples)('every adjacent transposition of %s, the check digit included', (n) => {
    let tried = 0;
    for (let i = 0; i + 1 < n.length; i++) {
      if (n[i] === n[i + 1]) continue; // swapping equal digits changes nothing
      const typo = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
      expect(parseCaseNumber(typo), typo).toEqual({ ok: false, error: 'check-digit' });
      tried++;
    }
    expect(tried).toBeGreaterThan(5);
  });
  it('detects substitutions and adjacent transpositions for any number (property, fixed seed)', () => {
    const arb = fc.record({
      n: fc.record({
        officeCode: fc.stringMatching(/^[0-9]{2}$/),
        deskCode: fc.stringMatching(/^[0-9]{2}$/),
        epoch: fc.integer({ min: 0, max: 9 }),
        year: fc.integer({ min: 2000, max: 2099 }),
        sequence: fc.integer({ min: 1, max: 999999 }),
      }),
      pos: fc.integer({ min: 0, max: 12 }),
      digit: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(arb, ({ n, pos, digit }) => {
        const s = makeCaseNumber(n);
        const sub = s.slice(0, pos) + String(digit) + s.slice(pos + 1);
        const swap = s.slice(0, pos) + s[pos + 1] + s[pos] + s.slice(pos + 2);
        return (sub === s || !parseCaseNumber(sub).ok) && (swap === s || !parseCaseNumber(swap).ok);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('uniqueness without coordination', () => {
  it('distinct offices, desks, epochs, years and sequences never share a number', () => {
    const seen = new Map<string, string>();
    for (const officeCode of ['01', '02', '12'])
      for (const deskCode of ['00', '01', '10'])
        for (const epoch of [0, 1])
          for (const year of [2026, 2027])
            for (let sequence = 1; sequence <= 40; sequence++) {
              const key = `${officeCode}/${deskCode}/${epoch}/${year}/${sequence}`;
              const n = makeCaseNumber({ officeCode, deskCode, epoch, year, sequence });
              expect(seen.get(n), `${key} collides`).toBeUndefined();
              seen.set(n, key);
            }
    expect(seen.size).toBe(3 * 3 * 2 * 2 * 40);
  });
  it('a desk code cannot bleed into the year or sequence (fixed width)', () => {
    // Tuples that would collide if fields were concatenated without padding.
    const a = makeCaseNumber({ officeCode: '01', deskCode: '11', year: 2026, sequence: 1 });
    const b = makeCaseNumber({ officeCode: '11', deskCode: '01', year: 2026, sequence: 1 });
    const c = makeCaseNumber({ officeCode: '01', deskCode: '11', year: 2026, sequence: 10 });
    expect(new Set([a, b, c]).size).toBe(3);
  });
});

describe('restore epoch (issue 7 item 3)', () => {
  it('moves above every known epoch; exhausted after 9', () => {
    expect(nextRestoreEpoch([])).toBe(1);
    expect(nextRestoreEpoch([0])).toBe(1);
    expect(nextRestoreEpoch([0, 3, 2])).toBe(4);
    expect(nextRestoreEpoch([8])).toBe(9);
    expect(nextRestoreEpoch([9])).toBeNull();
    expect(() => nextRestoreEpoch([10])).toThrow(RangeError);
    expect(() => nextRestoreEpoch([-1])).toThrow(RangeError);
  });
  it('restoring the same old backup twice never reissues a number', () => {
    const issue = (epoch: number, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) =>
        makeCaseNumber({ officeCode: '12', deskCode: '00', epoch, year: 2026, sequence: from + i }),
      );
    // Epoch 0: numbers 1-10 issued, the backup holds 1-4 (epoch 0, next sequence 5).
    const issued = issue(0, 1, 10);
    // First restore: the backup says epoch 0, the outside marker says 0 → epoch 1, sequence goes on from 5.
    const e1 = nextRestoreEpoch([0, 0])!;
    issued.push(...issue(e1, 5, 12));
    // Same backup restored again: the marker now says e1 → a fresh epoch.
    const e2 = nextRestoreEpoch([0, e1])!;
    issued.push(...issue(e2, 5, 12));
    expect([e1, e2]).toEqual([1, 2]);
    expect(new Set(issued).size).toBe(issued.length);
  });
});
