/**
 * BIN (business identification number) of a legal entity, `YYMM T A NNNNN K`: same check digit as the
 * IIN (docs/calendar-kz.md). Only the shape, the registration month and the check digit are verified; the
 * type and attribute digits have no public table we trust.
 */
import { iinCheckDigit } from './check-digit';
import { formatErrors, type FormatErrorCode } from './format-checks';

/** Messages under `bin.errors.<code>` in locales/{ru,kk}/iin.json. */
export type BinErrorCode = FormatErrorCode | 'registration-month' | 'checksum' | 'unusable-prefix';
export const BIN_ERROR_CODES: readonly BinErrorCode[] = [
  'empty',
  'whitespace',
  'non-digit',
  'length',
  'registration-month',
  'checksum',
  'unusable-prefix',
];

export function validateBin(input: string): {
  valid: boolean;
  errors: BinErrorCode[];
  digits: string | null;
} {
  const format = formatErrors(input);
  const errors: BinErrorCode[] = [...format.errors];
  const digits = format.digits;
  if (digits !== null) {
    const month = Number(digits.slice(2, 4));
    if (month < 1 || month > 12) errors.push('registration-month');
    const check = iinCheckDigit(digits.slice(0, 11));
    if (check === null) errors.push('unusable-prefix');
    else if (check !== Number(digits[11])) errors.push('checksum');
  }
  return { valid: errors.length === 0, errors, digits };
}
