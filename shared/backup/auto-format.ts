/**
 * The automatic backup (format 2, docs/backup.md): made without anyone present, so the workstation
 * holds only the PUBLIC half of the office's backup key pair. Each file gets an ephemeral ECDH P-256
 * key; ECDH with the office's public key, then HKDF-SHA256, gives the AES-256-GCM body key. The
 * private half exists only wrapped under the administrator's recovery passphrase (PBKDF2-SHA256,
 * AES-256-GCM), and that wrapped copy rides in each file's header, so a file opens on a replacement
 * workstation with the passphrase alone, and a copied profile opens none.
 *
 *   header JSON  {format:2, kdf:{PBKDF2-SHA256,iterations,salt}, cipher:{AES-256-GCM,iv},
 *                 recipient:{keyId, iv, wrappedKey}, ephemeralKey, hkdfSalt, bodyLength}
 */
import { z } from 'zod';
import { buf, fromBase64, toBase64, toHex, utf8 } from '../crypto/bytes';
import { cryptoRandom, type RandomSource } from '../crypto/random';
import {
  BackupRefusal,
  checkIterations,
  headerBytes,
  MAX_BACKUP_ITERATIONS,
  MIN_BACKUP_ITERATIONS,
  openBody,
  packDump,
  sealBody,
  TAG_BYTES,
  unpackDump,
  type BackupDump,
  type ParsedHeader,
  type RecipientHeader,
} from './envelope';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** What the workstation keeps: the public half in clear, the private half wrapped. */
export const backupKeyPairSchema = z.strictObject({
  format: z.literal(1),
  /** First 128 bits of SHA-256 over the public key's SPKI, hex. */
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  /** SPKI, base64. */
  publicKey: z.string().min(1),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(MIN_BACKUP_ITERATIONS).max(MAX_BACKUP_ITERATIONS),
    salt: z.string().min(1),
  }),
  /** PKCS#8 of the private key, AES-256-GCM under the recovery passphrase; base64. */
  iv: z.string().min(1),
  wrappedKey: z.string().min(1),
});
export type BackupKeyPair = z.infer<typeof backupKeyPairSchema>;

function wrapAad(keyId: string): Uint8Array<ArrayBuffer> {
  return buf(utf8(`almaty-social/backup-key/v1|${keyId}`));
}

function hkdfInfo(keyId: string): Uint8Array<ArrayBuffer> {
  return buf(utf8(`almaty-social/auto-backup/v2|${keyId}`));
}

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
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

async function keyIdOf(spki: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', buf(spki))).subarray(0, 16));
}

export interface KeyPairOptions {
  iterations: number;
  random?: RandomSource;
}

/** A new backup key pair; the private half leaves this function only wrapped. */
export async function createBackupKeyPair(
  recoveryPassphrase: string,
  options: KeyPairOptions,
): Promise<BackupKeyPair> {
  checkIterations(options.iterations);
  if (!recoveryPassphrase) throw new RangeError('empty passphrase');
  const random = options.random ?? cryptoRandom;
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const keyId = await keyIdOf(spki);
  const salt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const wrapping = await passphraseKey(recoveryPassphrase, salt, options.iterations);
  const wrapped = await crypto.subtle.wrapKey('pkcs8', pair.privateKey, wrapping, {
    name: 'AES-GCM',
    iv: buf(iv),
    additionalData: wrapAad(keyId),
  });
  return {
    format: 1,
    keyId,
    publicKey: toBase64(spki),
    kdf: { name: 'PBKDF2-SHA256', iterations: options.iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    wrappedKey: toBase64(new Uint8Array(wrapped)),
  };
}

interface Wrapped {
  keyId: string;
  kdf: { iterations: number; salt: string };
  iv: string;
  wrappedKey: string;
}

/** The private half (not extractable), or BackupRefusal wrong-recovery-passphrase. */
export async function unwrapBackupPrivateKey(
  wrapped: Wrapped,
  recoveryPassphrase: string,
): Promise<CryptoKey> {
  let salt: Uint8Array, iv: Uint8Array, data: Uint8Array;
  try {
    salt = fromBase64(wrapped.kdf.salt);
    iv = fromBase64(wrapped.iv);
    data = fromBase64(wrapped.wrappedKey);
  } catch {
    throw new BackupRefusal('damaged', 'wrapped key encoding');
  }
  const wrapping = await passphraseKey(recoveryPassphrase, salt, wrapped.kdf.iterations);
  try {
    return await crypto.subtle.unwrapKey(
      'pkcs8',
      buf(data),
      wrapping,
      { name: 'AES-GCM', iv: buf(iv), additionalData: wrapAad(wrapped.keyId) },
      ECDH,
      false,
      ['deriveBits'],
    );
  } catch {
    // The key id is the additional data and the header is the body's, so a changed blob fails
    // later as tampered only if the passphrase was right; here a wrong passphrase is by far likelier.
    throw new BackupRefusal('wrong-recovery-passphrase');
  }
}

async function bodyKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  salt: Uint8Array,
  keyId: string,
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: buf(salt), info: hkdfInfo(keyId) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts a dump to the office's backup public key; needs no passphrase and no private key. */
export async function encryptAutoBackup(
  dump: BackupDump,
  recipient: BackupKeyPair,
  options: { random?: RandomSource } = {},
): Promise<Uint8Array> {
  const random = options.random ?? cryptoRandom;
  const office = await crypto.subtle.importKey('spki', buf(fromBase64(recipient.publicKey)), ECDH, false, []);
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const hkdfSalt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const key = await bodyKey(ephemeral.privateKey, office, hkdfSalt, recipient.keyId);
  const plaintext = await packDump(dump);
  const header: RecipientHeader = {
    format: 2,
    kdf: recipient.kdf,
    cipher: { name: 'AES-256-GCM', iv: toBase64(iv) },
    recipient: { keyId: recipient.keyId, iv: recipient.iv, wrappedKey: recipient.wrappedKey },
    ephemeralKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', ephemeral.publicKey))),
    hkdfSalt: toBase64(hkdfSalt),
    bodyLength: plaintext.length + TAG_BYTES,
  };
  return sealBody(headerBytes(header), key, iv, plaintext);
}

/** Opens a format-2 file with an already unwrapped private key. */
export async function openAutoBackupWithKey(
  parsed: ParsedHeader,
  privateKey: CryptoKey,
): Promise<BackupDump> {
  const { header, prefix, body } = parsed;
  if (header.format !== 2) throw new BackupRefusal('damaged', 'not an automatic backup');
  let ephemeral: CryptoKey, salt: Uint8Array, iv: Uint8Array;
  try {
    ephemeral = await crypto.subtle.importKey('spki', buf(fromBase64(header.ephemeralKey)), ECDH, false, []);
    salt = fromBase64(header.hkdfSalt);
    iv = fromBase64(header.cipher.iv);
  } catch {
    throw new BackupRefusal('damaged', 'header encoding');
  }
  let key: CryptoKey;
  try {
    key = await bodyKey(privateKey, ephemeral, salt, header.recipient.keyId);
  } catch {
    throw new BackupRefusal('damaged', 'ephemeral key');
  }
  return unpackDump(await openBody(prefix, key, iv, body));
}

/** Opens a format-2 file with the recovery passphrase (the wrapped private half is in its header). */
export async function openAutoBackup(parsed: ParsedHeader, recoveryPassphrase: string): Promise<BackupDump> {
  const { header } = parsed;
  if (header.format !== 2) throw new BackupRefusal('damaged', 'not an automatic backup');
  const privateKey = await unwrapBackupPrivateKey(
    {
      keyId: header.recipient.keyId,
      kdf: header.kdf,
      iv: header.recipient.iv,
      wrappedKey: header.recipient.wrappedKey,
    },
    recoveryPassphrase,
  );
  return openAutoBackupWithKey(parsed, privateKey);
}
