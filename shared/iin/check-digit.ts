/**
 * The IIN/BIN check digit (docs/calendar-kz.md, IIN): Σ dᵢ·wᵢ mod 11 with weights 1…11; on 10, a second
 * pass with weights 3…11,1,2; on 10 again no valid number exists for that prefix. Weights are fixed
 * arrays, in order: public validators that kept them in an unordered set changed the second pass.
 */
const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * weights[i]!;
  return sum % 11;
}

/**
 * The check digit for the first 11 digits, or null when both passes give 10 (an unusable prefix:
 * never mapped to 0). Throws on anything but exactly 11 ASCII digits.
 */
export function iinCheckDigit(first11: string): number | null {
  if (!/^[0-9]{11}$/.test(first11)) throw new RangeError('Expected exactly 11 digits');
  const first = weightedMod11(first11, FIRST_PASS);
  if (first !== 10) return first;
  const second = weightedMod11(first11, SECOND_PASS);
  return second === 10 ? null : second;
}
