/**
 * The backup file (docs/backup.md): a short cleartext header that says how to derive the key, and an
 * AES-256-GCM body that holds everything else. The header carries no office, date or count, so a
 * stolen file says nothing but "this is a backup".
 *
 *   "ASSBACKUP\n"            10 bytes, magic
 *   uint32 big-endian        length of the header JSON
 *   header JSON (UTF-8)      {format, kdf:{name,iterations,salt}, cipher:{name,iv}, keyCheck, bodyLength}
 *   body                     AES-256-GCM ciphertext with its 16-byte tag; additional data = all bytes above
 *
 * PBKDF2-SHA256 derives 512 bits from the passphrase: the first half is the AES key, the SHA-256 of the
 * second half is `keyCheck`, so a wrong passphrase is told apart from a damaged file without decrypting.
 * The plaintext is SHA-256(dump) followed by the dump's typed JSON (typed-json.ts); restore checks the
 * hash after decryption, on top of GCM's tag.
 */
import { z } from 'zod';
import { buf, bytesEqual, fromBase64, fromUtf8, toBase64, utf8 } from '../crypto/bytes';
import { cryptoRandom, type RandomSource } from '../crypto/random';
import { decodeTyped, encodeTyped, type Json } from './typed-json';

export const BACKUP_MAGIC = utf8('ASSBACKUP\n');
export const BACKUP_FORMAT = 1;
export const DEFAULT_BACKUP_ITERATIONS = 600_000;
export const MIN_BACKUP_ITERATIONS = 1_000;
const MAX_ITERATIONS = 10_000_000;
const MAX_HEADER = 4096;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HASH_BYTES = 32;

export type BackupRefusalCode =
  | 'not-a-backup'
  | 'truncated'
  | 'newer-format'
  | 'damaged'
  | 'wrong-passphrase'
  | 'tampered'
  | 'newer-schema'
  | 'invalid-content'
  | 'unknown-table'
  | 'epochs-exhausted';

/** A file that cannot be restored, with the reason as a code (backup.json `refusal.<code>`). */
export class BackupRefusal extends Error {
  override name = 'BackupRefusal';
  constructor(
    readonly code: BackupRefusalCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** Which office and PC the backup came from (the office setting, without its timestamps). */
export interface BackupOffice {
  officeCode: string;
  deskCode: string;
  workstation: string;
}

/** Every table's rows; `keys` only for tables whose rows do not carry their primary key. */
export interface BackupTable {
  /** Dexie's schema string of the table (primary key first), used to stage an older schema. */
  schema: string;
  rows: unknown[];
  keys?: unknown[];
}

export interface BackupDump {
  /** Dexie version number (not the IndexedDB 10·n one) of the database that was dumped. */
  schemaVersion: number;
  /** Epoch milliseconds. */
  createdAt: number;
  office: BackupOffice | null;
  /** Case-number restore epoch in force when the backup was made. */
  restoreEpoch: number;
  tables: Record<string, BackupTable>;
}

const headerSchema = z.strictObject({
  format: z.number().int().positive(),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(MIN_BACKUP_ITERATIONS).max(MAX_ITERATIONS),
    salt: z.string().min(1),
  }),
  cipher: z.strictObject({ name: z.literal('AES-256-GCM'), iv: z.string().min(1) }),
  keyCheck: z.string().min(1),
  bodyLength: z.number().int().min(TAG_BYTES),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const tableSchema = z.strictObject({
  schema: z.string(),
  rows: z.array(z.unknown()),
  keys: z.array(z.unknown()).optional(),
});
const dumpSchema = z.strictObject({
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().finite(),
  office: z
    .strictObject({ officeCode: z.string(), deskCode: z.string(), workstation: z.string() })
    .nullable(),
  restoreEpoch: z.number().int().min(0),
  tables: z.record(z.string(), tableSchema),
});

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

/**
 * A key derived once from the passphrase, for backups made without the administrator present (the
 * automatic daily backup): the AES key (not extractable) with the salt, iteration count and key check
 * that go into each file's header, so each file still opens with the passphrase alone.
 */
export interface BackupKey {
  key: CryptoKey;
  salt: Uint8Array;
  iterations: number;
  keyCheck: Uint8Array;
}

function checkIterations(iterations: number) {
  if (!Number.isInteger(iterations) || iterations < MIN_BACKUP_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations out of range: ${iterations}`);
  }
}

export async function deriveBackupKey(passphrase: string, options: EncryptOptions = {}): Promise<BackupKey> {
  const iterations = options.iterations ?? DEFAULT_BACKUP_ITERATIONS;
  checkIterations(iterations);
  if (!passphrase) throw new RangeError('empty passphrase');
  const salt = (options.random ?? cryptoRandom)(SALT_BYTES);
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  return { key, salt, iterations, keyCheck: check };
}

/** The dump as file bytes. Throws TypedJsonError when a row holds something a backup cannot carry. */
export async function encryptBackup(
  dump: BackupDump,
  passphrase: string | BackupKey,
  options: EncryptOptions = {},
): Promise<Uint8Array> {
  const random = options.random ?? cryptoRandom;
  const derived = typeof passphrase === 'string' ? await deriveBackupKey(passphrase, options) : passphrase;
  checkIterations(derived.iterations);
  const dumpBytes = utf8(JSON.stringify(encodeTyped(dump)));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', buf(dumpBytes)));
  const plaintext = new Uint8Array(HASH_BYTES + dumpBytes.length);
  plaintext.set(hash, 0);
  plaintext.set(dumpBytes, HASH_BYTES);

  const iv = random(IV_BYTES);
  const key = derived.key;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    kdf: { name: 'PBKDF2-SHA256', iterations: derived.iterations, salt: toBase64(derived.salt) },
    cipher: { name: 'AES-256-GCM', iv: toBase64(iv) },
    keyCheck: toBase64(derived.keyCheck),
    bodyLength: plaintext.length + TAG_BYTES,
  };
  const prefix = headerBytes(header);
  const body = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: buf(iv), additionalData: buf(prefix), tagLength: 128 },
      key,
      buf(plaintext),
    ),
  );
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

function headerBytes(header: BackupHeader): Uint8Array {
  const json = utf8(JSON.stringify(header));
  const out = new Uint8Array(BACKUP_MAGIC.length + 4 + json.length);
  out.set(BACKUP_MAGIC, 0);
  new DataView(out.buffer).setUint32(BACKUP_MAGIC.length, json.length, false);
  out.set(json, BACKUP_MAGIC.length + 4);
  return out;
}

export interface ParsedHeader {
  header: BackupHeader;
  /** Magic, length and header JSON: the GCM additional data. */
  prefix: Uint8Array;
  body: Uint8Array;
}

/** Reads the cleartext part; no passphrase needed. Throws BackupRefusal. */
export function readBackupHeader(bytes: Uint8Array): ParsedHeader {
  const magicLen = BACKUP_MAGIC.length;
  if (bytes.length < magicLen || !bytesEqual(bytes.subarray(0, magicLen), BACKUP_MAGIC)) {
    // A file cut inside the magic is still recognisably ours.
    const n = Math.min(bytes.length, magicLen);
    if (n > 0 && n < magicLen && bytesEqual(bytes.subarray(0, n), BACKUP_MAGIC.subarray(0, n))) {
      throw new BackupRefusal('truncated');
    }
    throw new BackupRefusal('not-a-backup');
  }
  if (bytes.length < magicLen + 4) throw new BackupRefusal('truncated');
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(magicLen, false);
  if (len === 0 || len > MAX_HEADER) throw new BackupRefusal('damaged', 'header length');
  const end = magicLen + 4 + len;
  if (bytes.length < end) throw new BackupRefusal('truncated');
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(bytes.subarray(magicLen + 4, end)));
  } catch {
    throw new BackupRefusal('damaged', 'header JSON');
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > BACKUP_FORMAT) throw new BackupRefusal('newer-format');
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success || parsed.data.format !== BACKUP_FORMAT)
    throw new BackupRefusal('damaged', 'header fields');
  const header = parsed.data;
  const body = bytes.subarray(end);
  if (body.length < header.bodyLength) throw new BackupRefusal('truncated');
  if (body.length > header.bodyLength) throw new BackupRefusal('damaged', 'trailing bytes');
  return { header, prefix: bytes.subarray(0, end), body };
}

/**
 * Decrypts and checks a backup. Refusals, in the order they are checked: not-a-backup, truncated,
 * newer-format, damaged, wrong-passphrase, tampered, invalid-content. Does not judge the schema version
 * (the caller knows its own).
 */
export async function decryptBackup(bytes: Uint8Array, passphrase: string): Promise<BackupDump> {
  const { header, prefix, body } = readBackupHeader(bytes);
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
  let plaintext: Uint8Array;
  try {
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: buf(iv), additionalData: buf(prefix), tagLength: 128 },
        key,
        buf(body),
      ),
    );
  } catch {
    throw new BackupRefusal('tampered', 'authentication tag');
  }
  const hash = plaintext.subarray(0, HASH_BYTES);
  const dumpBytes = plaintext.subarray(HASH_BYTES);
  const actual = new Uint8Array(await crypto.subtle.digest('SHA-256', buf(dumpBytes)));
  if (!bytesEqual(hash, actual)) throw new BackupRefusal('tampered', 'content hash');
  let decoded: unknown;
  try {
    decoded = decodeTyped(JSON.parse(fromUtf8(dumpBytes)) as Json);
  } catch (err) {
    throw new BackupRefusal('invalid-content', err instanceof Error ? err.message : String(err));
  }
  const parsed = dumpSchema.safeParse(decoded);
  if (!parsed.success) throw new BackupRefusal('invalid-content', parsed.error.message);
  const tables = parsed.data.tables;
  for (const [name, table] of Object.entries(tables)) {
    if (table.keys && table.keys.length !== table.rows.length) {
      throw new BackupRefusal('invalid-content', `keys of ${name}`);
    }
  }
  return parsed.data as BackupDump;
}

/** A file name for a backup made at `at` (Almaty date passed in by the caller). */
export function backupFileName(officeCode: string, deskCode: string, isoDate: string, hhmm: string): string {
  return `backup-${officeCode}-${deskCode}-${isoDate}-${hhmm.replace(':', '')}.assbak`;
}
