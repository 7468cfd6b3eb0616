/**
 * Encryption of the payload to the recipient office: ephemeral ECDH P-256 → HKDF-SHA256 →
 * AES-256-GCM. The file id salts HKDF and the header+manifest are GCM additional data, so a
 * payload cannot be moved under another manifest even by someone able to re-sign.
 */
import { buf, concatBytes, utf8, ECDH_ALGORITHM, type RandomSource } from './identity';
import { RegistryRefusal } from './codes';
import { EPHEMERAL_KEY_LENGTH, IV_LENGTH, MIN_PAYLOAD_LENGTH } from './container';

const HKDF_INFO = 'almaty-social/registry/v1/payload-key';

async function payloadKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephemeralRaw: Uint8Array,
  fileId: Uint8Array,
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: buf(fileId),
      info: buf(concatBytes(utf8(HKDF_INFO), ephemeralRaw)),
    },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export function sealedLength(plaintextLength: number): number {
  return MIN_PAYLOAD_LENGTH + plaintextLength;
}

export async function sealPayload(
  plaintext: Uint8Array,
  recipientKey: CryptoKey,
  fileId: Uint8Array,
  additionalData: Uint8Array,
  random: RandomSource,
): Promise<Uint8Array> {
  const ephemeral = await crypto.subtle.generateKey(ECDH_ALGORITHM, true, ['deriveBits']);
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await payloadKey(ephemeral.privateKey, recipientKey, ephemeralRaw, fileId);
  // The IV may come from a seeded source in tests; the key is unique per file (fresh ephemeral
  // pair), so a repeated IV can never meet the same key twice.
  const iv = random(IV_LENGTH);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: buf(additionalData) },
    key,
    buf(plaintext),
  );
  return concatBytes(ephemeralRaw, iv, new Uint8Array(ciphertext));
}

/** Throws RegistryRefusal('decrypt-failed') whatever goes wrong: a bad point, a wrong key, a bad tag. */
export async function openPayload(
  payload: Uint8Array,
  decryptionKey: CryptoKey,
  fileId: Uint8Array,
  additionalData: Uint8Array,
): Promise<Uint8Array> {
  try {
    const ephemeralRaw = payload.slice(0, EPHEMERAL_KEY_LENGTH);
    const iv = payload.slice(EPHEMERAL_KEY_LENGTH, EPHEMERAL_KEY_LENGTH + IV_LENGTH);
    const ciphertext = payload.slice(EPHEMERAL_KEY_LENGTH + IV_LENGTH);
    const ephemeral = await crypto.subtle.importKey('raw', buf(ephemeralRaw), ECDH_ALGORITHM, false, []);
    const key = await payloadKey(decryptionKey, ephemeral, ephemeralRaw, fileId);
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: buf(iv), additionalData: buf(additionalData) },
        key,
        buf(ciphertext),
      ),
    );
  } catch {
    throw new RegistryRefusal('decrypt-failed');
  }
}
