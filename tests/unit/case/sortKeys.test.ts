import { describe, expect, it } from 'vitest';
import {
  KEY_SEPARATOR,
  SURNAME_PREFIX_MAX,
  caseSortKeys,
  orderKey,
  orderRange,
  surnamePrefixKeys,
  surnamePrefixRange,
} from '@shared/case/sortKeys';

const row = (id: string, acceptedAt: number, surname: string) => ({
  id,
  acceptedAt,
  intake: { applicant: { surname } },
});

describe('sortable case keys', () => {
  it('sort newest first, then the larger case number first, in plain ascending order', () => {
    const keys = [
      orderKey(1_772_000_000_000, '22000260000011'),
      orderKey(1_772_000_000_001, '22000260000005'),
      orderKey(1_772_000_000_000, '22000260000020'),
      orderKey(5, '22000250000001'),
    ];
    expect([...keys].sort()).toEqual([keys[1], keys[2], keys[0], keys[3]]);
  });

  it('store every folded surname prefix up to the longest kept, each with the order key', () => {
    const { order, surnameKeys } = caseSortKeys(row('22000260000011', 1000, 'Қасымова'));
    expect(surnameKeys).toHaveLength(SURNAME_PREFIX_MAX);
    expect(surnameKeys[0]).toBe(`к${KEY_SEPARATOR}${order}`);
    expect(surnameKeys.at(-1)).toBe(`касымо${KEY_SEPARATOR}${order}`);
    expect(surnamePrefixKeys('Ли', order)).toEqual([
      `л${KEY_SEPARATOR}${order}`,
      `ли${KEY_SEPARATOR}${order}`,
    ]);
  });

  it('a prefix range holds that prefix only, and only the cases of the period', () => {
    const inside = caseSortKeys(row('22000260000011', 2000, 'Касымов'));
    const before = caseSortKeys(row('22000260000012', 999, 'Касымов'));
    const longer = caseSortKeys(row('22000260000013', 2000, 'Касымбеков'));
    const [lo, hi] = surnamePrefixRange('кас', orderRange(1000, 3000));
    const inRange = (k: string) => k >= lo && k <= hi;
    expect(inside.surnameKeys.filter(inRange)).toEqual([inside.surnameKeys[2]]);
    expect(before.surnameKeys.filter(inRange)).toEqual([]);
    // «касымб…» shares «кас» and is found by it once, through its own three-letter entry.
    expect(longer.surnameKeys.filter(inRange)).toEqual([longer.surnameKeys[2]]);
    // Both ends of the period are inclusive.
    const [oLo, oHi] = orderRange(1000, 3000);
    for (const t of [1000, 3000]) {
      const k = orderKey(t, '99999999999999');
      expect(k >= oLo && k <= oHi).toBe(true);
      const k0 = orderKey(t, '00000000000000');
      expect(k0 >= oLo && k0 <= oHi).toBe(true);
    }
  });
});
