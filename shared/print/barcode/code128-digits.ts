/**
 * Code 128 for digit-only text without bwip-js on every call: bwip-js's PostScript engine costs
 * about 0.1 ms a symbol, which is half a second for a 5,000-case registry sheet. For digits its
 * choice of code sets depends only on the length, so one bwip-js symbol per length gives the
 * structure (start code, set C pairs, a switch to set B for a lone digit); the values of other
 * numbers of that length and their check symbol are then computed here. Tests compare the result
 * with bwip-js on many numbers of every length.
 */

/** Bar/space widths of the symbol values 0–105 (ISO/IEC 15417), each six elements of 11 modules. */
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 ' +
  '221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 ' +
  '221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 ' +
  '212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 ' +
  '231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 ' +
  '231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 ' +
  '314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 ' +
  '112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 ' +
  '111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 ' +
  '214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 ' +
  '114131 311141 411131 211412 211214 211232'
)
  .split(' ')
  .map((p) => [...p].map(Number));
const STOP = [2, 3, 3, 1, 1, 1, 2];
const BY_PATTERN = new Map(PATTERNS.map((p, value) => [p.join(''), value]));

/** One symbol of a template: a fixed value (start, code switch), a digit pair (set C) or one digit (set B). */
type Slot = { fixed: number } | { pair: number } | { digit: number };

const templates = new Map<number, Slot[] | null>();

/**
 * The structure bwip-js gives an all-digit text of this length, read from its symbol for «111…»
 * (pair 11, lone digit 17, switches 99/100 and starts 103–105 cannot be confused). Null when the
 * symbol is not the expected shape; the caller then keeps bwip-js's own widths.
 */
function template(length: number, encode: (text: string) => number[]): Slot[] | null {
  if (templates.has(length)) return templates.get(length)!;
  const sbs = encode('1'.repeat(length));
  let slots: Slot[] | null = [];
  const count = (sbs.length - STOP.length) / 6;
  let at = 0;
  if (!Number.isInteger(count) || sbs.slice(-STOP.length).join('') !== STOP.join('')) slots = null;
  for (let i = 0; slots && i < count - 1; i++) {
    const value = BY_PATTERN.get(sbs.slice(i * 6, i * 6 + 6).join(''));
    if (value === undefined) slots = null;
    else if (i > 0 && value === 11) slots.push({ pair: (at += 2) - 2 });
    else if (i > 0 && value === 17) slots.push({ digit: at++ });
    else if (i === 0 ? value >= 103 : value === 99 || value === 100) slots.push({ fixed: value });
    else slots = null;
  }
  if (slots && at !== length) slots = null;
  templates.set(length, slots);
  return slots;
}

/**
 * Widths for `digits` (bars and spaces alternating, starting with a bar), as bwip-js's `raw()`
 * gives them; `encode` is bwip-js itself, asked once per length and whenever no template fits.
 */
export function code128DigitWidths(digits: string, encode: (text: string) => number[]): number[] {
  const slots = /^\d+$/.test(digits) ? template(digits.length, encode) : null;
  if (!slots) return encode(digits);
  const out: number[] = [];
  let sum = 0;
  slots.forEach((slot, i) => {
    const value =
      'fixed' in slot
        ? slot.fixed
        : 'pair' in slot
          ? Number(digits.slice(slot.pair, slot.pair + 2))
          : digits.charCodeAt(slot.digit) - 32;
    sum += value * Math.max(i, 1);
    out.push(...PATTERNS[value]!);
  });
  out.push(...PATTERNS[sum % 103]!, ...STOP);
  return out;
}
