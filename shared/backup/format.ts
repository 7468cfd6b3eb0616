/**
 * The backup file made with a passphrase (format 1, docs/backup.md): a short cleartext header that
 * says how to derive the key, and an AES-256-GCM body that holds everything else. The header carries
 * no office, date or count, so a stolen file says nothing but "this is a backup".
 *
 *   "ASSBACKUP\n"            10 bytes, magic
 *   uint32 big-endian        length of the header JSON
 *   header JSON (UTF-8)      {format, kdf:{name,iterations,salt}, cipher:{name,iv}, keyCheck, bodyLength}
 *   body                     AES-256-GCM ciphertext with its 16-byte tag; additional data = all bytes above
 *
 * PBKDF2-SHA256 derives 512 bits from the passphrase: the first half is the AES key, the SHA-256 of the
 * second half is `keyCheck`, so a wrong passphrase is told apart from a damaged file without decrypting.
 * The plaintext is SHA-256(dump) followed by the dump's typed JSON (typed-json.ts); restore checks the
 * hash after decryption, on top of GCM's tag. Format 2 (the automatic backup) is in auto-format.ts;
 * `decryptBackup` opens both.
 */
import { buf, bytesEqual, fromBase64, toBase64, utf8 } from '../crypto/bytes';
import { cryptoRandom, type RandomSource } from '../crypto/random';
import { openAutoBackup } from './auto-format';
import {
  BackupRefusal,
  checkIterations,
  headerBytes,
  openBody,
  packDump,
  readBackupHeader,
  sealBody,
  TAG_BYTES,
  unpackDump,
  type BackupDump,
  type PassphraseHeader,
} from './envelope';

export const BACKUP_FORMAT = 1;
export const DEFAULT_BACKUP_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    buf(utf8(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
      material,
      512,
    ),
  );
  const key = await crypto.subtle.importKey('raw', buf(bits.slice(0, 32)), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const check = new Uint8Array(await crypto.subtle.digest('SHA-256', buf(bits.slice(32))));
  return { key, check };
}

export interface EncryptOptions {
  iterations?: number;
  random?: RandomSource;
}

/** The dump as file bytes. Throws TypedJsonError when a row holds something a backup cannot carry. */
export async function encryptBackup(
  dump: BackupDump,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<Uint8Array> {
  const random = options.random ?? cryptoRandom;
  const iterations = options.iterations ?? DEFAULT_BACKUP_ITERATIONS;
  checkIterations(iterations);
  if (!passphrase) throw new RangeError('empty passphrase');
  const salt = random(SALT_BYTES);
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const plaintext = await packDump(dump);
  const iv = random(IV_BYTES);
  const header: PassphraseHeader = {
    format: BACKUP_FORMAT,
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-256-GCM', iv: toBase64(iv) },
    keyCheck: toBase64(check),
    bodyLength: plaintext.length + TAG_BYTES,
  };
  return sealBody(headerBytes(header), key, iv, plaintext);
}

/**
 * Decrypts and checks a backup of either format (a manual backup with its passphrase, an automatic
 * one with the recovery passphrase). Refusals, in the order they are checked: not-a-backup, truncated,
 * newer-format, damaged, wrong-passphrase (wrong-recovery-passphrase), tampered, invalid-content. Does
 * not judge the schema version (the caller knows its own).
 */
export async function decryptBackup(bytes: Uint8Array, passphrase: string): Promise<BackupDump> {
  const parsed = readBackupHeader(bytes);
  const { header, prefix, body } = parsed;
  if (header.format === 2) return openAutoBackup(parsed, passphrase);
  let salt: Uint8Array, iv: Uint8Array, keyCheck: Uint8Array;
  try {
    salt = fromBase64(header.kdf.salt);
    iv = fromBase64(header.cipher.iv);
    keyCheck = fromBase64(header.keyCheck);
  } catch {
    throw new BackupRefusal('damaged', 'header encoding');
  }
  const { key, check } = await deriveKeys(passphrase, salt, header.kdf.iterations);
  if (!bytesEqual(check, keyCheck)) throw new BackupRefusal('wrong-passphrase');
  return unpackDump(await openBody(prefix, key, iv, body));
}

/** A file name for a backup made at `at` (Almaty date passed in by the caller). */
export function backupFileName(officeCode: string, deskCode: string, isoDate: string, hhmm: string): string {
  return `backup-${officeCode}-${deskCode}-${isoDate}-${hhmm.replace(':', '')}.assbak`;
}
