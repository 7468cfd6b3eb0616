/**
 * Typed JSON for database rows: IndexedDB stores more than JSON can carry (bytes, dates, undefined
 * holes, non-finite numbers), and a backup must give back exactly what it was given. Values JSON
 * cannot carry become tagged objects `{"$t": tag, ...}`; a row's own object that happens to have a
 * `$t` key is escaped as `{"$t": "obj", "v": {...}}`, so decoding never mistakes data for a tag.
 * Object keys are written sorted, so the same rows always give the same bytes.
 *
 * Refused, with the path to the value: CryptoKey (export would give `{}`; keys are stored wrapped,
 * see shared/crypto/key-wrap.ts), Map, Set, Blob, functions, class instances, cycles.
 */
import { fromBase64, toBase64 } from '../crypto/bytes';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class TypedJsonError extends Error {
  override name = 'TypedJsonError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path || '(root)'}`);
  }
}

const TAG = '$t';

export function encodeTyped(value: unknown, path = ''): Json {
  return encode(value, path, new Set());
}

function encode(value: unknown, path: string, seen: Set<object>): Json {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      if (Number.isFinite(value) && !Object.is(value, -0)) return value;
      return { [TAG]: 'num', v: Object.is(value, -0) ? '-0' : String(value) };
    case 'undefined':
      return { [TAG]: 'undef' };
    case 'bigint':
      return { [TAG]: 'bigint', v: value.toString() };
    case 'object':
      break;
    default:
      throw new TypedJsonError(`unsupported ${typeof value}`, path);
  }
  const obj = value as object;
  if (seen.has(obj)) throw new TypedJsonError('cycle', path);
  if (obj instanceof Uint8Array) return { [TAG]: 'u8', b64: toBase64(obj) };
  if (obj instanceof ArrayBuffer) return { [TAG]: 'ab', b64: toBase64(new Uint8Array(obj)) };
  if (obj instanceof Date) {
    const ms = obj.getTime();
    return { [TAG]: 'date', v: Number.isNaN(ms) ? 'NaN' : ms };
  }
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      const out: Json[] = [];
      for (let i = 0; i < obj.length; i++) {
        // A hole reads as undefined; keep it as such so the array length survives.
        out.push(encode((obj as unknown[])[i], `${path}[${i}]`, seen));
      }
      return out;
    }
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      const name = (obj as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new TypedJsonError(
        name === 'CryptoKey' ? 'CryptoKey cannot be backed up (store keys wrapped)' : `unsupported ${name}`,
        path,
      );
    }
    const keys = Object.keys(obj).sort();
    const out: { [key: string]: Json } = {};
    for (const key of keys) out[key] = encode((obj as Record<string, unknown>)[key], `${path}.${key}`, seen);
    return TAG in out ? { [TAG]: 'obj', v: out } : out;
  } finally {
    seen.delete(obj);
  }
}

/** Inverse of encodeTyped; throws TypedJsonError on an unknown tag or a malformed tagged value. */
export function decodeTyped(value: Json, path = ''): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item, i) => decodeTyped(item, `${path}[${i}]`));
  if (TAG in value) return decodeTag(value, path);
  return decodeObject(value, path);
}

function decodeObject(value: { [key: string]: Json }, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // defineProperty: a key named __proto__ in the data stays data.
    Object.defineProperty(out, key, {
      value: decodeTyped(v, `${path}.${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function decodeTag(value: { [key: string]: Json }, path: string): unknown {
  const tag = value[TAG];
  const v = value.v;
  switch (tag) {
    case 'undef':
      return undefined;
    case 'num':
      if (v === 'NaN') return NaN;
      if (v === 'Infinity') return Infinity;
      if (v === '-Infinity') return -Infinity;
      if (v === '-0') return -0;
      break;
    case 'bigint':
      if (typeof v === 'string' && /^-?[0-9]+$/.test(v)) return BigInt(v);
      break;
    case 'u8':
      if (typeof value.b64 === 'string') return fromBase64(value.b64);
      break;
    case 'ab':
      if (typeof value.b64 === 'string') {
        const bytes = fromBase64(value.b64);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      }
      break;
    case 'date':
      if (v === 'NaN') return new Date(NaN);
      if (typeof v === 'number') return new Date(v);
      break;
    case 'obj':
      if (v && typeof v === 'object' && !Array.isArray(v)) return decodeObject(v, path);
      break;
  }
  throw new TypedJsonError(`bad tagged value ${JSON.stringify(tag)}`, path);
}
