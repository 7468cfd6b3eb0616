/**
 * Case numbers (docs/decisions.md, identity and numbering; issue 3 item 6, issue 7 item 3).
 *
 * 14 digits, fixed width, so distinct parts can never give the same number:
 *
 *   OO DD E YY SSSSSS K
 *   │  │  │ │  │      └ Damm check digit (damm.ts)
 *   │  │  │ │  └ sequence within (office, desk, epoch, year), 000001-999999
 *   │  │  │ └ year of acceptance in Almaty, last two digits
 *   │  │  └ restore epoch 0-9 (restore-epoch.ts)
 *   │  └ desk code: 00 = the office's main workstation, 01-99 = intake desks it registered
 *   └ office code from the directory table (digest 5)
 *
 * Each (office, desk, epoch) is a number source that only one machine draws from, so desks issue
 * numbers offline without asking anyone. The epoch exists because a workstation restored from an
 * older backup has forgotten the numbers it issued after that backup: it continues in a new epoch, so
 * those numbers are never issued twice. Numbers are printed grouped for reading and encoded (barcode,
 * database) as bare digits.
 */
import { dammCheckDigit, dammValid } from './damm';

export const CASE_NUMBER_LENGTH = 14;
export const MAX_SEQUENCE = 999_999;
export const MAX_EPOCH = 9;

export interface CaseNumberParts {
  /** Two digits, from the directory table. */
  officeCode: string;
  /** Two digits: '00' main workstation, '01'-'99' intake desks. */
  deskCode: string;
  /** 0-9; 0 until the first restore. */
  epoch: number;
  /** Full year of acceptance, 2000-2099. */
  year: number;
  /** 1-999999 */
  sequence: number;
}

export interface ParsedCaseNumber extends CaseNumberParts {
  checkDigit: number;
  /** The 14 digits, as encoded in barcodes and stored. */
  digits: string;
}

export type CaseNumberError = 'length' | 'non-digit' | 'check-digit';

export interface CaseNumberInput {
  officeCode: string | number;
  deskCode: string | number;
  epoch?: number;
  year: number;
  sequence: number;
}

function twoDigits(value: string | number, what: string): string {
  const s = typeof value === 'number' ? String(value).padStart(2, '0') : value;
  if (!/^[0-9]{2}$/.test(s)) throw new RangeError(`${what} must be two digits, got ${String(value)}`);
  return s;
}

function intIn(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be an integer ${min}-${max}, got ${value}`);
  }
  return value;
}

/** The 14-digit number; throws RangeError on any part out of its field. */
export function makeCaseNumber(input: CaseNumberInput): string {
  const office = twoDigits(input.officeCode, 'Office code');
  const desk = twoDigits(input.deskCode, 'Desk code');
  const epoch = intIn(input.epoch ?? 0, 0, MAX_EPOCH, 'Epoch');
  const year = intIn(input.year, 2000, 2099, 'Year');
  const sequence = intIn(input.sequence, 1, MAX_SEQUENCE, 'Sequence');
  const body = `${office}${desk}${epoch}${String(year % 100).padStart(2, '0')}${String(sequence).padStart(6, '0')}`;
  return body + String(dammCheckDigit(body));
}

/** Spaces (any, including no-break) and dashes of any kind are reading aids, never part of the number. */
const SEPARATORS = /[\s\-‐-―−]/g;

export function parseCaseNumber(
  input: string,
): { ok: true; value: ParsedCaseNumber } | { ok: false; error: CaseNumberError } {
  const digits = input.replace(SEPARATORS, '');
  if (/[^0-9]/.test(digits)) return { ok: false, error: 'non-digit' };
  if (digits.length !== CASE_NUMBER_LENGTH) return { ok: false, error: 'length' };
  if (!dammValid(digits)) return { ok: false, error: 'check-digit' };
  const sequence = Number(digits.slice(7, 13));
  // Sequence 000000 is never issued; treat it like a mistyped number rather than a new kind of error.
  if (sequence === 0) return { ok: false, error: 'check-digit' };
  return {
    ok: true,
    value: {
      officeCode: digits.slice(0, 2),
      deskCode: digits.slice(2, 4),
      epoch: Number(digits[4]),
      year: 2000 + Number(digits.slice(5, 7)),
      sequence,
      checkDigit: Number(digits[13]),
      digits,
    },
  };
}

/**
 * Grouped for reading: `12 00 0 26 000123 7`. Accepts the bare digits or any spaced/dashed form, and
 * throws on something that does not parse so a wrong number is never printed as if it were right.
 */
export function formatCaseNumber(n: string, separator: ' ' | '-' = ' '): string {
  const r = parseCaseNumber(n);
  if (!r.ok) throw new RangeError(`Not a case number (${r.error}): ${n}`);
  const d = r.value.digits;
  return [d.slice(0, 2), d.slice(2, 4), d.slice(4, 5), d.slice(5, 7), d.slice(7, 13), d.slice(13)].join(
    separator,
  );
}
