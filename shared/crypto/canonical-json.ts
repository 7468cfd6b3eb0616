/**
 * Canonical JSON: one byte sequence per value, so hashes and signatures over data do not depend on
 * key order, whitespace or Unicode normalisation. Keys sorted by UTF-16 code units (as RFC 8785),
 * strings and keys in NFC, numbers in ECMAScript shortest form (so -0 becomes 0), no whitespace.
 * Anything JSON cannot carry faithfully is an error rather than a silent change.
 */
import { utf8 } from './bytes';

export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
}

export function canonicalJson(value: unknown): string {
  return encode(value, new Set());
}

export function canonicalJsonBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

function encode(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`unsupported type ${typeof value}`);
  }
  const obj = value as object;
  if (seen.has(obj)) throw new CanonicalJsonError('cycle');
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      return `[${obj.map((item: unknown) => (item === undefined ? fail('undefined in array') : encode(item, seen))).join(',')}]`;
    }
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError('not a plain object');
    const entries = new Map<string, unknown>();
    for (const [key, v] of Object.entries(obj)) {
      // Optional fields left undefined are simply absent, as in JSON.stringify.
      if (v === undefined) continue;
      const k = key.normalize('NFC');
      if (entries.has(k)) throw new CanonicalJsonError('keys equal after NFC');
      entries.set(k, v);
    }
    const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${encode(entries.get(k), seen)}`).join(',')}}`;
  } finally {
    seen.delete(obj);
  }
}

function fail(message: string): never {
  throw new CanonicalJsonError(message);
}
