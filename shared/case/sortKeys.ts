/**
 * Sortable index keys of a case (issue 12): the journal shows the newest cases first and stops at its
 * page size, so each key sorts newest first in plain ascending order. IndexedDB's `getAll` walks an
 * index forwards only; an inverted time lets one bounded `getAll` read exactly the rows shown.
 *
 * Computed here only; the cases table's middleware (renderer/src/db/caseKeys.ts) sets them on every
 * write, whoever writes.
 */
import { foldSurname } from './search';

/** Larger than any epoch millisecond the app will see (year 2286). */
const TIME_CEILING = 9_999_999_999_999;
const TIME_WIDTH = 13;

/** Longest surname prefix stored; a longer search walks this prefix and checks the rest. */
export const SURNAME_PREFIX_MAX = 6;

/** Sorts before every character a folded surname may hold, so «кас» and «касым» never mix. */
export const KEY_SEPARATOR = '\u0000';

/**
 * Newest first, then the larger case number first (the journal's order): the inverted acceptance
 * time and the case number with every digit inverted.
 */
export function orderKey(acceptedAt: number, id: string): string {
  const inverted = Math.min(TIME_CEILING, Math.max(0, TIME_CEILING - Math.floor(acceptedAt)));
  const invertedId = id.replace(/\d/g, (d) => String(9 - Number(d)));
  return String(inverted).padStart(TIME_WIDTH, '0') + invertedId;
}

/** The folded surname's prefixes (1…SURNAME_PREFIX_MAX letters), each followed by the order key. */
export function surnamePrefixKeys(surname: string, order: string): string[] {
  const fold = foldSurname(surname);
  const keys: string[] = [];
  for (let n = 1; n <= Math.min(fold.length, SURNAME_PREFIX_MAX); n++)
    keys.push(fold.slice(0, n) + KEY_SEPARATOR + order);
  return keys;
}

/** The `order` range of the cases accepted from `lo` to `hi` (epoch ms, both inclusive). */
export function orderRange(lo: number, hi: number): [string, string] {
  const timePart = (t: number) => orderKey(t, '');
  return [timePart(hi), timePart(lo) + '\uffff'];
}

/**
 * The `surnameKeys` range of a folded prefix (its first SURNAME_PREFIX_MAX letters), within an
 * `order` range: [lower, upper], newest first.
 */
export function surnamePrefixRange(foldedPrefix: string, order: [string, string]): [string, string] {
  const bucket = foldedPrefix.slice(0, SURNAME_PREFIX_MAX) + KEY_SEPARATOR;
  return [bucket + order[0], bucket + order[1]];
}

export interface CaseSortKeys {
  order: string;
  surnameKeys: string[];
}

/** Every sortable key of a stored case, from the fields it already has. */
export function caseSortKeys(row: {
  id: string;
  acceptedAt: number;
  intake: { applicant: { surname: string } };
}): CaseSortKeys {
  const order = orderKey(row.acceptedAt, row.id);
  return { order, surnameKeys: surnamePrefixKeys(row.intake.applicant.surname, order) };
}
