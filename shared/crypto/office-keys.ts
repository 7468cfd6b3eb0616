/**
 * Key pairs of an office (or of an intake desk): ECDSA P-256 to sign what it sends, ECDH P-256 so
 * partners can encrypt to it. Desks only send, so they have no encryption pair.
 */
import { buf, fromBase64, toBase64, toHex } from './bytes';
import { canonicalJsonBytes } from './canonical-json';
import { sha256 } from './hash';

export const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNATURE_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const ECDH_ALGORITHM = { name: 'ECDH', namedCurve: 'P-256' } as const;

export interface OfficeKeys {
  keyId: string;
  signing: CryptoKeyPair;
  /** Absent for desks: nothing is ever encrypted to a desk. */
  encryption?: CryptoKeyPair;
}

export interface PublicKeys {
  /** SPKI, base64. SPKI rather than JWK: one fixed byte form, so hashing it needs no canonicalisation. */
  signingKey: string;
  encryptionKey?: string;
}

/**
 * Private keys are generated extractable because they must be wrapped for storage and backup
 * (docs/architecture.md, CryptoKey backup); keep the unwrapped copies non-extractable afterwards.
 */
export async function generateOfficeKeys(options: { withEncryption: boolean }): Promise<OfficeKeys> {
  const signing = await crypto.subtle.generateKey(SIGNING_ALGORITHM, true, ['sign', 'verify']);
  const encryption = options.withEncryption
    ? await crypto.subtle.generateKey(ECDH_ALGORITHM, true, ['deriveBits'])
    : undefined;
  const publicKeys = await exportPublicKeys({ signing, encryption });
  return { keyId: await computeKeyId(publicKeys), signing, ...(encryption ? { encryption } : {}) };
}

export async function exportPublicKeys(keys: {
  signing: CryptoKeyPair;
  encryption?: CryptoKeyPair | undefined;
}): Promise<PublicKeys> {
  const signingKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', keys.signing.publicKey)));
  if (!keys.encryption) return { signingKey };
  const encryptionKey = toBase64(
    new Uint8Array(await crypto.subtle.exportKey('spki', keys.encryption.publicKey)),
  );
  return { signingKey, encryptionKey };
}

async function publicKeysDigest(keys: PublicKeys): Promise<Uint8Array> {
  return sha256(canonicalJsonBytes({ encryptionKey: keys.encryptionKey, signingKey: keys.signingKey }));
}

/** 128 bits of SHA-256 over the canonical public keys: names the key set in files and trust stores. */
export async function computeKeyId(keys: PublicKeys): Promise<string> {
  return toHex((await publicKeysDigest(keys)).subarray(0, 16));
}

/**
 * What people read to each other by phone: the whole 128-bit key id as 8×4 hex groups, so a forged
 * card would need a full SHA-256 second preimage on 128 bits, not 2^64 key generations.
 */
export function fingerprintOf(keyId: string): string {
  return (keyId.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The same 128 bits as 40 decimal digits in eight groups of five (2^128 < 10^40, so nothing is lost):
 * easier to read aloud in Russian or Kazakh than Latin hex letters.
 */
export function fingerprintDigitsOf(keyId: string): string {
  const digits = BigInt(`0x${keyId}`).toString().padStart(40, '0');
  return (digits.match(/.{5}/g) ?? []).join(' ');
}

export async function importSigningPublicKey(spkiBase64: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', buf(fromBase64(spkiBase64)), SIGNING_ALGORITHM, false, ['verify']);
}

export async function importEncryptionPublicKey(spkiBase64: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', buf(fromBase64(spkiBase64)), ECDH_ALGORITHM, true, []);
}
