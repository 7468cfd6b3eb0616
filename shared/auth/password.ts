/**
 * Password hashing with PBKDF2-SHA256 through WebCrypto, which exists in the renderer, in Electron
 * and in Node 20, so the same code runs in unit tests. The iteration count is stored with each hash,
 * so raising the default later does not break existing accounts.
 */

/** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023 onwards), as docs promise. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** Below this the hash is a formality; e2e and unit tests use it to stay fast. */
export const MIN_PBKDF2_ITERATIONS = 1_000;
export const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64. */
  salt: string;
  /** Base64. */
  hash: string;
}

/** Fills the array with random bytes; injectable so tests can fix the salt. */
export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => void;

const defaultRandom: RandomSource = (bytes) => {
  crypto.getRandomValues(bytes);
};

export interface HashOptions {
  iterations: number;
  /** Base64 salt to reuse (verification); a fresh random salt otherwise. */
  salt?: string;
  random?: RandomSource;
}

export async function hashPassword(password: string, options: HashOptions): Promise<PasswordHash> {
  const { iterations } = options;
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`PBKDF2 iterations must be a positive integer: ${iterations}`);
  }
  let salt: Uint8Array<ArrayBuffer>;
  if (options.salt !== undefined) {
    salt = fromBase64(options.salt);
  } else {
    salt = new Uint8Array(SALT_BYTES);
    (options.random ?? defaultRandom)(salt);
  }
  const hash = await derive(password, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(password, fromBase64(stored.salt), stored.iterations);
  return constantTimeEqual(actual, expected);
}

/** A hash made with fewer iterations than the installation now asks for is re-made at sign-in. */
export function needsRehash(stored: PasswordHash, targetIterations: number): boolean {
  return stored.iterations < targetIterations;
}

/** Compares every byte whatever the first difference, so timing does not reveal a prefix. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Own base64: btoa/atob are not in shared/'s types, and Buffer is Node-only.
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += B64[b0 >> 2];
    out += B64[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)];
    out += b1 === undefined ? '=' : B64[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)];
    out += b2 === undefined ? '=' : B64[b2 & 63];
  }
  return out;
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) throw new RangeError('Not base64');
  const out = new Uint8Array((clean.length * 3) >> 2);
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 255;
    }
  }
  return out;
}
