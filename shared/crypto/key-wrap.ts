/**
 * Private keys at rest and in backups: wrapped with AES-256-GCM under a key derived from the
 * administrator's passphrase (PBKDF2-SHA256). The wrapped set is plain JSON and self-contained
 * (salt, iterations, public card), so a backup restored on a replacement workstation opens the
 * registries addressed to the office with nothing but the passphrase (docs/architecture.md, CryptoKey
 * backup: exported CryptoKeys serialise as {}).
 *
 * AES-GCM rather than AES-KW: PKCS#8 of a P-256 key is not a multiple of 8 bytes, and GCM's tag
 * makes a wrong passphrase a clean authentication failure. The key id and role are the GCM
 * additional data, so blobs cannot be swapped between roles or key sets unnoticed.
 */
import { z } from 'zod';
import { buf, fromBase64, toBase64, utf8 } from './bytes';
import { ECDH_ALGORITHM, SIGNING_ALGORITHM, type OfficeKeys } from './office-keys';
import { officeCardSchema, type OfficeCard } from './office-card';
import { cryptoRandom, type RandomSource } from './random';

export const WRAPPED_KEYS_FORMAT = 1;
/** OWASP's 2023 figure for PBKDF2-SHA256; tests pass a small number. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
const MIN_ITERATIONS = 1_000;

const blobSchema = z.strictObject({ iv: z.string().min(1), data: z.string().min(1) });
export const wrappedKeysSchema = z.strictObject({
  format: z.literal(WRAPPED_KEYS_FORMAT),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(10_000_000),
    salt: z.string().min(1),
  }),
  card: officeCardSchema,
  signing: blobSchema,
  encryption: blobSchema.optional(),
});
export type WrappedKeys = z.infer<typeof wrappedKeysSchema>;

export type KeyRefusalCode = 'wrong-passphrase' | 'wrapped-keys-invalid';

export class KeyRefusal extends Error {
  override name = 'KeyRefusal';
  constructor(readonly code: KeyRefusalCode) {
    super(code);
  }
}

async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    buf(utf8(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

function aad(keyId: string, role: 'signing' | 'encryption'): Uint8Array<ArrayBuffer> {
  return buf(utf8(`almaty-social/wrapped-key/v1|${keyId}|${role}`));
}

export interface WrapOptions {
  iterations?: number;
  random?: RandomSource;
}

/** Keys straight from generateOfficeKeys (extractable, as wrapping requires). */
export async function wrapOfficeKeys(
  keys: OfficeKeys,
  card: OfficeCard,
  passphrase: string,
  options: WrapOptions = {},
): Promise<WrappedKeys> {
  if (card.keyId !== keys.keyId) throw new Error('card and keys differ');
  return wrapPrivateKeys(
    {
      keyId: keys.keyId,
      card,
      signingKey: keys.signing.privateKey,
      ...(keys.encryption ? { decryptionKey: keys.encryption.privateKey } : {}),
    },
    passphrase,
    options,
  );
}

/** A new passphrase (or more iterations) for the same keys: a new salt, new blobs, same card. */
export async function changePassphrase(
  wrapped: unknown,
  oldPassphrase: string,
  newPassphrase: string,
  options: WrapOptions = {},
): Promise<WrappedKeys> {
  const keys = await unwrapOfficeKeys(wrapped, oldPassphrase, { extractable: true });
  return wrapPrivateKeys(keys, newPassphrase, options);
}

async function wrapPrivateKeys(
  keys: UnwrappedKeys,
  passphrase: string,
  options: WrapOptions,
): Promise<WrappedKeys> {
  const card = keys.card;
  const random = options.random ?? cryptoRandom;
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  // The reader refuses fewer; failing here keeps an unreadable backup from ever being written.
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS)
    throw new Error('too few PBKDF2 iterations');
  const salt = random(16);
  const wrappingKey = await deriveWrappingKey(passphrase, salt, iterations);
  const wrap = async (key: CryptoKey, role: 'signing' | 'encryption') => {
    const iv = random(12);
    const data = await crypto.subtle.wrapKey('pkcs8', key, wrappingKey, {
      name: 'AES-GCM',
      iv: buf(iv),
      additionalData: aad(keys.keyId, role),
    });
    return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
  };
  return {
    format: WRAPPED_KEYS_FORMAT,
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
    card,
    signing: await wrap(keys.signingKey, 'signing'),
    ...(keys.decryptionKey ? { encryption: await wrap(keys.decryptionKey, 'encryption') } : {}),
  };
}

/** Private keys only: public halves are in the card. */
export interface UnwrappedKeys {
  keyId: string;
  card: OfficeCard;
  signingKey: CryptoKey;
  decryptionKey?: CryptoKey;
}

/** Throws KeyRefusal, never anything else. */
export async function unwrapOfficeKeys(
  input: unknown,
  passphrase: string,
  options: { extractable?: boolean } = {},
): Promise<UnwrappedKeys> {
  const parsed = wrappedKeysSchema.safeParse(input);
  if (!parsed.success) throw new KeyRefusal('wrapped-keys-invalid');
  const wrapped = parsed.data;
  if ((wrapped.card.kind === 'office') !== (wrapped.encryption !== undefined)) {
    throw new KeyRefusal('wrapped-keys-invalid');
  }
  let salt: Uint8Array;
  let blobs: { iv: Uint8Array; data: Uint8Array }[];
  try {
    salt = fromBase64(wrapped.kdf.salt);
    blobs = [wrapped.signing, ...(wrapped.encryption ? [wrapped.encryption] : [])].map((b) => ({
      iv: fromBase64(b.iv),
      data: fromBase64(b.data),
    }));
  } catch {
    throw new KeyRefusal('wrapped-keys-invalid');
  }
  const wrappingKey = await deriveWrappingKey(passphrase, salt, wrapped.kdf.iterations);
  const extractable = options.extractable ?? false;
  const keyId = wrapped.card.keyId;
  const unwrap = async (
    blob: { iv: Uint8Array; data: Uint8Array } | undefined,
    role: 'signing' | 'encryption',
  ): Promise<CryptoKey> => {
    if (!blob) throw new KeyRefusal('wrapped-keys-invalid');
    try {
      return await crypto.subtle.unwrapKey(
        'pkcs8',
        buf(blob.data),
        wrappingKey,
        { name: 'AES-GCM', iv: buf(blob.iv), additionalData: aad(keyId, role) },
        role === 'signing' ? SIGNING_ALGORITHM : ECDH_ALGORITHM,
        extractable,
        role === 'signing' ? ['sign'] : ['deriveBits'],
      );
    } catch {
      // GCM authentication fails for a wrong passphrase and for a damaged blob alike; with the
      // tag intact and the AAD bound to the card, a wrong passphrase is by far the likely cause.
      throw new KeyRefusal('wrong-passphrase');
    }
  };
  const signingKey = await unwrap(blobs[0], 'signing');
  const decryptionKey = wrapped.encryption ? await unwrap(blobs[1], 'encryption') : undefined;
  return { keyId, card: wrapped.card, signingKey, ...(decryptionKey ? { decryptionKey } : {}) };
}
