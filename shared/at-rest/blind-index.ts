/**
 * Blind indexes: HMAC-SHA-256 under a key of their own (keys.ts), truncated to 128 bits, base64. The
 * store can then find rows by exact IIN, IIN prefix, folded surname prefix or case number without
 * the values in the clear. Prefix indexes follow the journal's search (renderer/src/journal/query.ts):
 * any 1–12 digits of an IIN (12 is the exact index), surname prefixes folded as the journal folds
 * them, up to SURNAME_PREFIX_MAX letters (a longer search checks the rest on decrypted rows).
 *
 * What they leak: rows with equal values (or equal prefixes) have equal indexes. docs/security.md.
 */
import { SURNAME_PREFIX_MAX } from '../case/sortKeys';
import { foldSurname } from '../case/search';
import { buf, toBase64, utf8 } from '../crypto/bytes';
import type { AtRestKeys, IndexKind } from './keys';

export const IIN_LENGTH = 12;
const TAG_BYTES = 16;

async function tag(keys: AtRestKeys, kind: IndexKind, value: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.index[kind], buf(utf8(value)));
  return toBase64(new Uint8Array(mac).subarray(0, TAG_BYTES));
}

function digitsOnly(iin: string): string {
  if (!/^\d+$/.test(iin)) throw new RangeError('IIN must be digits');
  return iin;
}

export async function iinIndex(keys: AtRestKeys, iin: string): Promise<string> {
  if (digitsOnly(iin).length !== IIN_LENGTH) throw new RangeError('IIN must have 12 digits');
  return tag(keys, 'iin', iin);
}

/** What a stored IIN contributes: one tag per prefix length 1–11. */
export async function iinPrefixIndexes(keys: AtRestKeys, iin: string): Promise<string[]> {
  if (digitsOnly(iin).length !== IIN_LENGTH) throw new RangeError('IIN must have 12 digits');
  const out: string[] = [];
  for (let n = 1; n < IIN_LENGTH; n++) out.push(await tag(keys, 'iin-prefix', iin.slice(0, n)));
  return out;
}

/** The tag to look up for a typed IIN beginning (1–11 digits); 12 digits use `iinIndex`. */
export async function iinPrefixIndex(keys: AtRestKeys, prefix: string): Promise<string> {
  const n = digitsOnly(prefix).length;
  if (n < 1 || n >= IIN_LENGTH) throw new RangeError('IIN prefix must have 1–11 digits');
  return tag(keys, 'iin-prefix', prefix);
}

/** What a stored surname contributes: its folded prefixes, 1…SURNAME_PREFIX_MAX letters. */
export async function surnamePrefixIndexes(keys: AtRestKeys, surname: string): Promise<string[]> {
  const fold = foldSurname(surname);
  const out: string[] = [];
  for (let n = 1; n <= Math.min([...fold].length, SURNAME_PREFIX_MAX); n++)
    out.push(await tag(keys, 'surname-prefix', [...fold].slice(0, n).join('')));
  return out;
}

/** The tag to look up for a typed surname beginning (folded, cut to SURNAME_PREFIX_MAX), or null. */
export async function surnameSearchIndex(keys: AtRestKeys, typed: string): Promise<string | null> {
  const fold = [...foldSurname(typed)].slice(0, SURNAME_PREFIX_MAX).join('');
  return fold ? tag(keys, 'surname-prefix', fold) : null;
}

/** Case numbers as their 14 digits (separators removed by the caller's parser). */
export async function caseNumberIndex(keys: AtRestKeys, digits: string): Promise<string> {
  return tag(keys, 'case-number', digitsOnly(digits));
}
