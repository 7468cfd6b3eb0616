/**
 * Damm check digit (H. Michael Damm, 2004): one decimal digit, no extra symbol for "10" (unlike
 * mod 11), and it detects every single-digit substitution and every adjacent transposition (Luhn
 * misses 09↔90). The table is a weakly totally anti-symmetric quasigroup of order 10 with a zero
 * diagonal; tests/unit/case-number verifies those properties exhaustively.
 */
export const DAMM_TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function interim(digits: string): number {
  let state = 0;
  for (const ch of digits) state = DAMM_TABLE[state]![ch.charCodeAt(0) - 48]!;
  return state;
}

/** The digit to append to `digits` (ASCII digits only). */
export function dammCheckDigit(digits: string): number {
  if (!/^[0-9]*$/.test(digits)) throw new RangeError('Digits only');
  return interim(digits);
}

/** True when `digits` ends with its own correct check digit. */
export function dammValid(digits: string): boolean {
  return /^[0-9]+$/.test(digits) && interim(digits) === 0;
}
