import { buf, toHex } from './bytes';
import { canonicalJsonBytes } from './canonical-json';
import { hmacSha256Sync, sha256Sync } from './sha256';

/** For large inputs (a whole registry file): WebCrypto is faster there. */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buf(bytes)));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

/**
 * Hash of a value's canonical JSON: what the merge compares to tell "same content". Synchronous,
 * so the renderer can compute it for a part it saves inside its write transaction.
 */
export function canonicalHash(value: unknown): string {
  return toHex(sha256Sync(canonicalJsonBytes(value)));
}

export function hmacHex(key: Uint8Array, bytes: Uint8Array): string {
  return toHex(hmacSha256Sync(key, bytes));
}
