/** IIN validation (docs/calendar-kz.md, IIN; docs/decisions.md, identity and numbering). */
import { isLocalDate, type LocalDate } from '../time/almaty';
import { iinCheckDigit } from './check-digit';
import { formatErrors, type FormatErrorCode } from './format-checks';

/** Each code has a message in locales/{ru,kk}/iin.json under `errors.<code>`. */
export type IinErrorCode =
  FormatErrorCode | 'birth-date' | 'birth-date-future' | 'checksum' | 'unusable-prefix';
/** Each code has a message under `warnings.<code>`. */
export type IinWarningCode = 'unknown-century';

export const IIN_ERROR_CODES: readonly IinErrorCode[] = [
  'empty',
  'whitespace',
  'non-digit',
  'length',
  'birth-date',
  'birth-date-future',
  'checksum',
  'unusable-prefix',
];
export const IIN_WARNING_CODES: readonly IinWarningCode[] = ['unknown-century'];

export interface IinResult {
  valid: boolean;
  errors: IinErrorCode[];
  warnings: IinWarningCode[];
  birthDate: LocalDate | null;
  sex: 'male' | 'female' | null;
  /** Hundreds of the birth year: 18, 19 or 20; null for an unknown century digit. */
  century: number | null;
  /** The 12 digits checked (whitespace removed), or null when the input is not 12 digits. */
  digits: string | null;
}

export interface IinOptions {
  /** Today in Almaty; when given, a birth date after it is an error. Time is a parameter in shared/. */
  today?: LocalDate;
}

/** 7th digit: 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s, odd = male. */
const CENTURY: Record<string, number> = { '1': 18, '2': 18, '3': 19, '4': 19, '5': 20, '6': 20 };

export function validateIin(input: string, options: IinOptions = {}): IinResult {
  const format = formatErrors(input);
  const errors: IinErrorCode[] = [...format.errors];
  const warnings: IinWarningCode[] = [];
  const digits = format.digits;
  let birthDate: LocalDate | null = null;
  let sex: IinResult['sex'] = null;
  let century: number | null = null;

  if (digits !== null) {
    const c = digits[6]!;
    century = CENTURY[c] ?? null;
    if (century === null) {
      // Checksum-valid IINs with C = 0 exist for some foreigners: the date is then entered by hand,
      // but the month and day must still be possible (29 February needs the year: 2000 is a leap one).
      warnings.push('unknown-century');
      if (!isLocalDate(`2000-${digits.slice(2, 4)}-${digits.slice(4, 6)}`)) errors.push('birth-date');
    } else {
      sex = Number(c) % 2 === 1 ? 'male' : 'female';
      const date = `${century}${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
      if (isLocalDate(date)) birthDate = date;
      else errors.push('birth-date');
      if (birthDate !== null && options.today !== undefined && birthDate > options.today) {
        errors.push('birth-date-future');
      }
    }
    const check = iinCheckDigit(digits.slice(0, 11));
    if (check === null) errors.push('unusable-prefix');
    else if (check !== Number(digits[11])) errors.push('checksum');
  }

  const valid = errors.length === 0;
  // Facts are read from a number only when it is the person's number.
  return valid
    ? { valid, errors, warnings, birthDate, sex, century, digits }
    : { valid, errors, warnings, birthDate: null, sex: null, century: null, digits };
}
