/**
 * ECDSA P-256 signatures in WebCrypto's r‖s form, made non-malleable: (r, s) and (r, n−s) both
 * verify, so a courier could turn one genuine file into two different byte strings. We sign with
 * the low s only and refuse a high s (as Bitcoin's BIP-62 and libsecp256k1 do).
 */
import { buf } from './bytes';
import { SIGNATURE_PARAMS } from './office-keys';

/** Order of the P-256 base point. */
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const HALF_N = N >> 1n;
const HALF = 32;

function toBigInt(bytes: Uint8Array): bigint {
  let x = 0n;
  for (const b of bytes) x = (x << 8n) | BigInt(b);
  return x;
}

function toBytes32(x: bigint): Uint8Array {
  const out = new Uint8Array(HALF);
  for (let i = HALF - 1; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** True when s ≤ n/2 (a 64-byte r‖s signature); any other length is not a P-256 signature. */
export function isLowS(signature: Uint8Array): boolean {
  if (signature.length !== 2 * HALF) return false;
  return toBigInt(signature.subarray(HALF)) <= HALF_N;
}

/** The same signature with s replaced by n−s when s is high; a low-s signature is returned as is. */
export function toLowS(signature: Uint8Array): Uint8Array {
  if (signature.length !== 2 * HALF) throw new RangeError('a P-256 signature is 64 bytes');
  const s = toBigInt(signature.subarray(HALF));
  if (s <= HALF_N) return signature;
  const out = signature.slice();
  out.set(toBytes32(N - s), HALF);
  return out;
}

/** ECDSA P-256 / SHA-256, always in low-s form. */
export async function signLowS(privateKey: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return toLowS(new Uint8Array(await crypto.subtle.sign(SIGNATURE_PARAMS, privateKey, buf(data))));
}
