/**
 * Complaint numbers in the journal of appeals (§26): digits only, the same scheme as case numbers
 * (shared/case-number) with a shorter sequence, so one number source per office, desk, restore epoch
 * and year issues them offline and a scan tells a complaint (13 digits) from a case (14 digits).
 *
 *   OO DD E YY SSSSS K   office, desk, restore epoch, year, sequence 00001-99999, Damm check digit
 */
import { dammCheckDigit, dammValid } from '../case-number/damm';

export const COMPLAINT_NUMBER_LENGTH = 13;
export const MAX_COMPLAINT_SEQUENCE = 99_999;

export interface ComplaintNumberInput {
  officeCode: string;
  deskCode: string;
  epoch?: number;
  /** Full year of registration in Almaty, 2000-2099. */
  year: number;
  sequence: number;
}

export interface ParsedComplaintNumber {
  officeCode: string;
  deskCode: string;
  epoch: number;
  year: number;
  sequence: number;
  digits: string;
}

export type ComplaintNumberError = 'length' | 'non-digit' | 'check-digit';

function checkInt(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${what} must be an integer ${min}-${max}, got ${value}`);
}

/** The 13 digits; throws RangeError on a part out of its field. */
export function makeComplaintNumber(input: ComplaintNumberInput): string {
  for (const [v, what] of [
    [input.officeCode, 'Office code'],
    [input.deskCode, 'Desk code'],
  ] as const) {
    if (!/^\d{2}$/.test(v)) throw new RangeError(`${what} must be two digits, got ${v}`);
  }
  const epoch = input.epoch ?? 0;
  checkInt(epoch, 0, 9, 'Epoch');
  checkInt(input.year, 2000, 2099, 'Year');
  checkInt(input.sequence, 1, MAX_COMPLAINT_SEQUENCE, 'Sequence');
  const body = `${input.officeCode}${input.deskCode}${epoch}${String(input.year % 100).padStart(2, '0')}${String(input.sequence).padStart(5, '0')}`;
  return body + String(dammCheckDigit(body));
}

export function parseComplaintNumber(
  input: string,
): { ok: true; value: ParsedComplaintNumber } | { ok: false; error: ComplaintNumberError } {
  const digits = input.replace(/[\s\-‐-―−]/g, '');
  if (/[^0-9]/.test(digits)) return { ok: false, error: 'non-digit' };
  if (digits.length !== COMPLAINT_NUMBER_LENGTH) return { ok: false, error: 'length' };
  if (!dammValid(digits) || Number(digits.slice(7, 12)) === 0) return { ok: false, error: 'check-digit' };
  return {
    ok: true,
    value: {
      officeCode: digits.slice(0, 2),
      deskCode: digits.slice(2, 4),
      epoch: Number(digits[4]),
      year: 2000 + Number(digits.slice(5, 7)),
      sequence: Number(digits.slice(7, 12)),
      digits,
    },
  };
}

/** Grouped for reading: `22 00 0 26 00001 7`; throws on a number that does not parse. */
export function formatComplaintNumber(n: string): string {
  const r = parseComplaintNumber(n);
  if (!r.ok) throw new RangeError(`Not a complaint number (${r.error}): ${n}`);
  const d = r.value.digits;
  return [d.slice(0, 2), d.slice(2, 4), d.slice(4, 5), d.slice(5, 7), d.slice(7, 12), d.slice(12)].join(' ');
}

/** The sequences key of a number source (stored with the case-number sequences, prefixed). */
export function complaintSequenceKey(
  officeCode: string,
  deskCode: string,
  epoch: number,
  year: number,
): string {
  return `complaint-${officeCode}-${deskCode}-${epoch}-${String(year % 100).padStart(2, '0')}`;
}
