import { buf, toHex } from './bytes';
import { canonicalJsonBytes } from './canonical-json';

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buf(bytes)));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

/** Hash of a value's canonical JSON: what the merge compares to tell "same content". */
export async function canonicalHash(value: unknown): Promise<string> {
  return sha256Hex(canonicalJsonBytes(value));
}

export async function importHmacKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', buf(raw), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

export async function hmacHex(key: CryptoKey, bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, buf(bytes))));
}
