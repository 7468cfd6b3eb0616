/**
 * What every backup file shares (docs/backup.md): the magic, a length-prefixed cleartext header that
 * is the GCM additional data of the body, and the plaintext SHA-256(dump) ‖ dump. Format 1 opens with
 * a passphrase (format.ts); format 2, the automatic backup, with the office's backup key pair
 * (auto-format.ts).
 */
import { z } from 'zod';
import { buf, bytesEqual, fromUtf8, utf8 } from '../crypto/bytes';
import { decodeTyped, encodeTyped, type Json } from './typed-json';

export const BACKUP_MAGIC = utf8('ASSBACKUP\n');
/** The newest format this release reads. */
export const NEWEST_BACKUP_FORMAT = 2;
export const MIN_BACKUP_ITERATIONS = 1_000;
export const MAX_BACKUP_ITERATIONS = 10_000_000;
const MAX_HEADER = 4096;
export const TAG_BYTES = 16;
const HASH_BYTES = 32;

export type BackupRefusalCode =
  | 'not-a-backup'
  | 'truncated'
  | 'newer-format'
  | 'damaged'
  | 'wrong-passphrase'
  | 'wrong-recovery-passphrase'
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

const kdfSchema = z.strictObject({
  name: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(MIN_BACKUP_ITERATIONS).max(MAX_BACKUP_ITERATIONS),
  salt: z.string().min(1),
});
const cipherSchema = z.strictObject({ name: z.literal('AES-256-GCM'), iv: z.string().min(1) });
const bodyLengthSchema = z.number().int().min(TAG_BYTES);

/** Format 1: the body key comes from the passphrase (PBKDF2). */
export const passphraseHeaderSchema = z.strictObject({
  format: z.literal(1),
  kdf: kdfSchema,
  cipher: cipherSchema,
  keyCheck: z.string().min(1),
  bodyLength: bodyLengthSchema,
});

/**
 * Format 2: the body key comes from ECDH between an ephemeral key and the office's backup key pair
 * (HKDF-SHA256). `kdf` and `recipient` carry the private half wrapped under the recovery passphrase,
 * so the file opens on any workstation with the passphrase alone.
 */
export const recipientHeaderSchema = z.strictObject({
  format: z.literal(2),
  kdf: kdfSchema,
  cipher: cipherSchema,
  recipient: z.strictObject({
    keyId: z.string().regex(/^[0-9a-f]{32}$/),
    iv: z.string().min(1),
    wrappedKey: z.string().min(1),
  }),
  ephemeralKey: z.string().min(1),
  hkdfSalt: z.string().min(1),
  bodyLength: bodyLengthSchema,
});

const headerSchema = z.discriminatedUnion('format', [passphraseHeaderSchema, recipientHeaderSchema]);
export type PassphraseHeader = z.infer<typeof passphraseHeaderSchema>;
export type RecipientHeader = z.infer<typeof recipientHeaderSchema>;
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

export function checkIterations(iterations: number): void {
  if (
    !Number.isInteger(iterations) ||
    iterations < MIN_BACKUP_ITERATIONS ||
    iterations > MAX_BACKUP_ITERATIONS
  ) {
    throw new RangeError(`PBKDF2 iterations out of range: ${iterations}`);
  }
}

/** Magic, length and header JSON: the bytes the body's GCM tag also covers. */
export function headerBytes(header: BackupHeader): Uint8Array {
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
  if (typeof format === 'number' && format > NEWEST_BACKUP_FORMAT) throw new BackupRefusal('newer-format');
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new BackupRefusal('damaged', 'header fields');
  const header = parsed.data;
  const body = bytes.subarray(end);
  if (body.length < header.bodyLength) throw new BackupRefusal('truncated');
  if (body.length > header.bodyLength) throw new BackupRefusal('damaged', 'trailing bytes');
  return { header, prefix: bytes.subarray(0, end), body };
}

/** SHA-256(dump bytes) ‖ dump bytes. Throws TypedJsonError when a row holds something a backup cannot carry. */
export async function packDump(dump: BackupDump): Promise<Uint8Array> {
  const dumpBytes = utf8(JSON.stringify(encodeTyped(dump)));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', buf(dumpBytes)));
  const plaintext = new Uint8Array(HASH_BYTES + dumpBytes.length);
  plaintext.set(hash, 0);
  plaintext.set(dumpBytes, HASH_BYTES);
  return plaintext;
}

/** Checks the content hash and the dump's shape. Throws BackupRefusal tampered or invalid-content. */
export async function unpackDump(plaintext: Uint8Array): Promise<BackupDump> {
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
  for (const [name, table] of Object.entries(parsed.data.tables)) {
    if (table.keys && table.keys.length !== table.rows.length) {
      throw new BackupRefusal('invalid-content', `keys of ${name}`);
    }
  }
  return parsed.data as BackupDump;
}

/** Prefix ‖ AES-256-GCM(key, iv, plaintext, additionalData = prefix). */
export async function sealBody(
  prefix: Uint8Array,
  key: CryptoKey,
  iv: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
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

/** The body's plaintext, or BackupRefusal tampered when the tag fails. */
export async function openBody(
  prefix: Uint8Array,
  key: CryptoKey,
  iv: Uint8Array,
  body: Uint8Array,
): Promise<Uint8Array> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: buf(iv), additionalData: buf(prefix), tagLength: 128 },
        key,
        buf(body),
      ),
    );
  } catch {
    throw new BackupRefusal('tampered', 'authentication tag');
  }
}
