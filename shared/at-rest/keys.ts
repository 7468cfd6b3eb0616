/**
 * Working keys derived from the data key with HKDF-SHA256, one info string per job, so the field key
 * and each blind-index key are independent: knowing one index's key says nothing about the others or
 * about the field key. All derived keys are non-extractable.
 */
import { buf, utf8 } from '../crypto/bytes';

const INFO = 'almaty-social/at-rest/v1/';

export type IndexKind = 'iin' | 'iin-prefix' | 'surname-prefix' | 'case-number';
const INDEX_KINDS: readonly IndexKind[] = ['iin', 'iin-prefix', 'surname-prefix', 'case-number'];

export interface AtRestKeys {
  /** AES-256-GCM for field envelopes. */
  field: CryptoKey;
  /** HMAC-SHA-256, one per blind index. */
  index: Record<IndexKind, CryptoKey>;
}

export async function deriveAtRestKeys(dataKey: CryptoKey): Promise<AtRestKeys> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', dataKey));
  const material = await crypto.subtle.importKey('raw', buf(raw), 'HKDF', false, ['deriveKey']);
  raw.fill(0);
  // The data key is uniformly random, so HKDF needs no salt (RFC 5869, section 3.1).
  const params = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: buf(utf8(INFO + info)),
  });
  const field = await crypto.subtle.deriveKey(
    params('field'),
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const index = {} as Record<IndexKind, CryptoKey>;
  for (const kind of INDEX_KINDS) {
    index[kind] = await crypto.subtle.deriveKey(
      params(`index/${kind}`),
      material,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    );
  }
  return { field, index };
}
