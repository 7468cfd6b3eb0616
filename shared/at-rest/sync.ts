/**
 * Synchronous twins of keys.ts, field.ts and blind-index.ts for the store's middleware, which runs
 * inside IndexedDB transactions: awaiting WebCrypto there lets the transaction commit early, so the
 * middleware uses @noble (pure JS). Same HKDF info strings, envelope format and additional data as the
 * WebCrypto versions: an envelope sealed here opens with `decryptField` and a tag equals the async one
 * (tests/unit/shared/at-rest/sync.test.ts).
 */
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { SURNAME_PREFIX_MAX } from '../case/sortKeys';
import { foldSurname } from '../case/search';
import { fromUtf8, toBase64, utf8 } from '../crypto/bytes';
import { cryptoRandom, type RandomSource } from '../crypto/random';
import { AtRestRefusal } from './errors';
import { readEnvelope, type Envelope } from './field';
import type { IndexKind } from './keys';

const INFO = 'almaty-social/at-rest/v1/';
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

/** Index kinds of the synchronous store; `person` tags the duplicate guard's person key. */
export type SyncIndexKind = IndexKind | 'person';
const KINDS: readonly SyncIndexKind[] = ['iin', 'iin-prefix', 'surname-prefix', 'case-number', 'person'];

export interface SyncAtRestKeys {
  field: Uint8Array;
  index: Record<SyncIndexKind, Uint8Array>;
}

export function deriveSyncKeys(dataKey: Uint8Array): SyncAtRestKeys {
  if (dataKey.length !== DATA_KEY_BYTES) throw new RangeError('data key must be 32 bytes');
  // The data key is uniformly random, so HKDF needs no salt (RFC 5869, section 3.1).
  const derive = (info: string) => hkdf(sha256, dataKey, new Uint8Array(0), utf8(INFO + info), 32);
  const index = {} as Record<SyncIndexKind, Uint8Array>;
  for (const kind of KINDS) index[kind] = derive(`index/${kind}`);
  return { field: derive('field'), index };
}

function aad(context: string): Uint8Array {
  return utf8(`almaty-social/field/v1|${context}`);
}

/** `encryptField`, synchronously. */
export function sealSync(
  keys: SyncAtRestKeys,
  value: unknown,
  context: string,
  random: RandomSource = cryptoRandom,
): Envelope {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('value is not JSON');
  const iv = random(12);
  const ct = gcm(keys.field, iv, aad(context)).encrypt(utf8(json));
  return { v: 1, iv: toBase64(iv), ct: toBase64(ct) };
}

/** `decryptField`, synchronously: the value, or AtRestRefusal `invalid` / `tampered`. */
export function openSync(keys: SyncAtRestKeys, input: unknown, context: string): unknown {
  const { iv, ct } = readEnvelope(input);
  let plain: Uint8Array;
  try {
    plain = gcm(keys.field, iv, aad(context)).decrypt(ct);
  } catch {
    throw new AtRestRefusal('tampered');
  }
  return JSON.parse(fromUtf8(plain)) as unknown;
}

/** HMAC-SHA-256 under the kind's key, 128 bits, base64 (24 characters): as blind-index.ts. */
export function tagSync(keys: SyncAtRestKeys, kind: SyncIndexKind, value: string): string {
  return toBase64(hmac(sha256, keys.index[kind], utf8(value)).subarray(0, TAG_BYTES));
}

/** Tags of an IIN's prefixes of 1–11 digits, then of the whole IIN (exact index), or [] without one. */
export function iinTagsSync(keys: SyncAtRestKeys, iin: string): string[] {
  if (!/^\d{12}$/.test(iin)) return [];
  const out: string[] = [];
  for (let n = 1; n < 12; n++) out.push(tagSync(keys, 'iin-prefix', iin.slice(0, n)));
  out.push(tagSync(keys, 'iin', iin));
  return out;
}

/** The tag to look up for a typed IIN or its beginning (1–12 digits). */
export function iinSearchTagSync(keys: SyncAtRestKeys, digits: string): string {
  if (!/^\d{1,12}$/.test(digits)) throw new RangeError('IIN search must have 1–12 digits');
  return digits.length === 12 ? tagSync(keys, 'iin', digits) : tagSync(keys, 'iin-prefix', digits);
}

/** Tags of a surname's folded prefixes, 1…SURNAME_PREFIX_MAX letters. */
export function surnameTagsSync(keys: SyncAtRestKeys, surname: string): string[] {
  const letters = [...foldSurname(surname)];
  const out: string[] = [];
  for (let n = 1; n <= Math.min(letters.length, SURNAME_PREFIX_MAX); n++)
    out.push(tagSync(keys, 'surname-prefix', letters.slice(0, n).join('')));
  return out;
}

/** The tag to look up for a folded surname beginning (cut to SURNAME_PREFIX_MAX letters), or null. */
export function surnameSearchTagSync(keys: SyncAtRestKeys, fold: string): string | null {
  const cut = [...fold].slice(0, SURNAME_PREFIX_MAX).join('');
  return cut ? tagSync(keys, 'surname-prefix', cut) : null;
}
