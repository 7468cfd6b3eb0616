import { describe, expect, it } from 'vitest';
import { DAMM_TABLE, dammCheckDigit, dammValid } from '@shared/case-number/damm';

const D = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const op = (a: number, b: number) => DAMM_TABLE[a]![b]!;

// The properties that make Damm detect all single errors and adjacent transpositions (Damm 2004).
describe('Damm table', () => {
  it('is a quasigroup: every row and every column is a permutation of 0-9', () => {
    for (const i of D) {
      expect([...DAMM_TABLE[i]!].sort()).toEqual(D);
      expect(D.map((j) => op(j, i)).sort()).toEqual(D);
    }
  });
  it('has a zero diagonal, so a number followed by its check digit reduces to 0', () => {
    for (const i of D) expect(op(i, i)).toBe(0);
  });
  it('is weakly totally anti-symmetric: (c∗x)∗y = (c∗y)∗x only when x = y', () => {
    for (const c of D)
      for (const x of D) for (const y of D) if (x !== y) expect(op(op(c, x), y)).not.toBe(op(op(c, y), x));
  });
  it('gives the published example 572 → 4', () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(dammValid('5724')).toBe(true);
    expect(dammValid('5723')).toBe(false);
    expect(dammValid('')).toBe(false);
    expect(() => dammCheckDigit('57a')).toThrow(RangeError);
  });
});
