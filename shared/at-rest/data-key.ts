/**
 * The installation's data key: 256 random bits, made once, held unwrapped in memory only while
 * someone is signed in. At rest it exists only wrapped: once per user under a key derived from that
 * user's password, and once under the administrator's recovery passphrase (PBKDF2-SHA256, then
 * AES-256-GCM key wrapping). Who the wrap is for is the GCM additional data, so a blob copied to
 * another user's row does not open even under the same password.
 *
 * The data key itself encrypts nothing: HKDF-SHA256 derives the field key and one HMAC key per blind
 * index from it (keys.ts), so each key has one job.
 */
import { z } from 'zod';
import { buf, fromBase64, toBase64, utf8 } from '../crypto/bytes';
import { cryptoRandom, type RandomSource } from '../crypto/random';
import { AtRestRefusal } from './errors';

/** Whom a wrapped copy is for: a user (by id) or the recovery passphrase. */
export type WrapTarget = { kind: 'user'; userId: string } | { kind: 'recovery' };

export const MIN_WRAP_ITERATIONS = 1_000;

export const wrappedDataKeySchema = z.strictObject({
  v: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(MIN_WRAP_ITERATIONS).max(10_000_000),
    salt: z.string().min(1),
  }),
  iv: z.string().min(1),
  ct: z.string().min(1),
});
export type WrappedDataKey = z.infer<typeof wrappedDataKeySchema>;

const AES = { name: 'AES-GCM', length: 256 } as const;

function aad(target: WrapTarget): Uint8Array<ArrayBuffer> {
  const who = target.kind === 'user' ? `user|${target.userId}` : 'recovery';
  return buf(utf8(`almaty-social/data-key/v1|${who}`));
}

async function secretKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', buf(utf8(secret.normalize('NFC'))), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    material,
    AES,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/**
 * A new data key. Extractable only so that it can be wrapped (for a new user, under a changed
 * password); it is never exported in the clear.
 */
export async function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
}

export interface WrapOptions {
  iterations: number;
  random?: RandomSource;
}

export async function wrapDataKey(
  dataKey: CryptoKey,
  secret: string,
  target: WrapTarget,
  options: WrapOptions,
): Promise<WrappedDataKey> {
  const { iterations } = options;
  if (!Number.isInteger(iterations) || iterations < MIN_WRAP_ITERATIONS)
    throw new RangeError('too few PBKDF2 iterations');
  if (!secret) throw new RangeError('empty secret');
  const random = options.random ?? cryptoRandom;
  const salt = random(16);
  const iv = random(12);
  const wrapping = await secretKey(secret, salt, iterations);
  const ct = await crypto.subtle.wrapKey('raw', dataKey, wrapping, {
    name: 'AES-GCM',
    iv: buf(iv),
    additionalData: aad(target),
  });
  return {
    v: 1,
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    ct: toBase64(new Uint8Array(ct)),
  };
}

/** The data key, or AtRestRefusal: `invalid` (not a wrapped key), `wrong-secret`. */
export async function unwrapDataKey(input: unknown, secret: string, target: WrapTarget): Promise<CryptoKey> {
  const parsed = wrappedDataKeySchema.safeParse(input);
  if (!parsed.success) throw new AtRestRefusal('invalid');
  const w = parsed.data;
  let salt: Uint8Array, iv: Uint8Array, ct: Uint8Array;
  try {
    salt = fromBase64(w.kdf.salt);
    iv = fromBase64(w.iv);
    ct = fromBase64(w.ct);
  } catch {
    throw new AtRestRefusal('invalid');
  }
  const wrapping = await secretKey(secret, salt, w.kdf.iterations);
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      buf(ct),
      wrapping,
      { name: 'AES-GCM', iv: buf(iv), additionalData: aad(target) },
      AES,
      true,
      ['encrypt', 'decrypt'],
    );
  } catch {
    // GCM fails alike for a wrong secret, another user's blob and a damaged one.
    throw new AtRestRefusal('wrong-secret');
  }
}

/** A new data key as raw bytes, for the synchronous store (sync.ts); held in memory only. */
export function generateRawDataKey(random: RandomSource = cryptoRandom): Uint8Array {
  return random(32);
}

/** `wrapDataKey` of raw key bytes (the store keeps the key as bytes for @noble). */
export async function wrapRawDataKey(
  raw: Uint8Array,
  secret: string,
  target: WrapTarget,
  options: WrapOptions,
): Promise<WrappedDataKey> {
  const key = await crypto.subtle.importKey('raw', buf(raw), AES, true, ['encrypt', 'decrypt']);
  return wrapDataKey(key, secret, target, options);
}

/** `unwrapDataKey`, returning the raw bytes. */
export async function unwrapRawDataKey(
  input: unknown,
  secret: string,
  target: WrapTarget,
): Promise<Uint8Array> {
  const key = await unwrapDataKey(input, secret, target);
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}
