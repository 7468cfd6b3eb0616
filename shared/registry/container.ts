/**
 * The binary container. Byte layout (all integers big-endian), see docs/registry-format.md:
 *
 *   0   8  magic 89 41 53 52 45 47 0D 0A ("\x89ASREG\r\n", catches text-mode mangling)
 *   8   2  format version
 *  10   2  flags, must be 0
 *  12  16  file id (random)
 *  28   4  manifest length M
 *  32   4  payload length P
 *  36   M  manifest, UTF-8 canonical JSON
 *  36+M P  payload: ephemeral ECDH public key (65, uncompressed) | IV (12) | AES-GCM ciphertext+tag
 *  ..  64  ECDSA P-256 SHA-256 signature (r||s) over bytes [0, 36+M+P)
 *
 * Exact lengths make a truncated or extended file detectable before any crypto runs.
 */
import { RegistryRefusal } from './codes';

export const MAGIC = new Uint8Array([0x89, 0x41, 0x53, 0x52, 0x45, 0x47, 0x0d, 0x0a]);
export const FORMAT_VERSION = 1;
export const HEADER_LENGTH = 36;
export const FILE_ID_LENGTH = 16;
export const SIGNATURE_LENGTH = 64;
export const EPHEMERAL_KEY_LENGTH = 65;
export const IV_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;
export const MIN_PAYLOAD_LENGTH = EPHEMERAL_KEY_LENGTH + IV_LENGTH + GCM_TAG_LENGTH;
/**
 * The manifest is parsed before the signature is checked, so its size is capped first: 100,000
 * cases with 40-digit numbers take about 18 MB, a 190 MB junk manifest took 1 GB to parse.
 */
export const MAX_MANIFEST_LENGTH = 20 * 1024 * 1024;

export interface Container {
  version: number;
  fileId: Uint8Array;
  header: Uint8Array;
  manifestBytes: Uint8Array;
  payload: Uint8Array;
  /** Everything the signature covers. */
  signed: Uint8Array;
  signature: Uint8Array;
}

function isPrefixOfMagic(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length && i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) return false;
  return true;
}

/** Structure only: no keys, no JSON. Throws RegistryRefusal. */
export function parseContainer(bytes: Uint8Array): Container {
  if (!isPrefixOfMagic(bytes)) throw new RegistryRefusal('not-a-registry');
  if (bytes.length < HEADER_LENGTH) throw new RegistryRefusal('truncated', 'shorter than the header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(8);
  // Checked before the rest of the header: a newer version may lay it out differently.
  if (version > FORMAT_VERSION) throw new RegistryRefusal('unsupported-version', `version ${version}`);
  if (version < 1) throw new RegistryRefusal('header-invalid', 'version 0');
  if (view.getUint16(10) !== 0) throw new RegistryRefusal('header-invalid', 'unknown flags');
  const manifestLength = view.getUint32(28);
  if (manifestLength > MAX_MANIFEST_LENGTH)
    throw new RegistryRefusal('manifest-too-large', `${manifestLength} bytes`);
  const payloadLength = view.getUint32(32);
  if (payloadLength < MIN_PAYLOAD_LENGTH) throw new RegistryRefusal('header-invalid', 'payload too short');
  const total = HEADER_LENGTH + manifestLength + payloadLength + SIGNATURE_LENGTH;
  if (bytes.length < total) throw new RegistryRefusal('truncated', `${bytes.length} of ${total} bytes`);
  if (bytes.length > total)
    throw new RegistryRefusal('trailing-bytes', `${bytes.length - total} extra bytes`);
  const signedEnd = HEADER_LENGTH + manifestLength + payloadLength;
  return {
    version,
    fileId: bytes.slice(12, 12 + FILE_ID_LENGTH),
    header: bytes.slice(0, HEADER_LENGTH),
    manifestBytes: bytes.slice(HEADER_LENGTH, HEADER_LENGTH + manifestLength),
    payload: bytes.slice(HEADER_LENGTH + manifestLength, signedEnd),
    signed: bytes.slice(0, signedEnd),
    signature: bytes.slice(signedEnd),
  };
}

export function buildHeader(fileId: Uint8Array, manifestLength: number, payloadLength: number): Uint8Array {
  if (fileId.length !== FILE_ID_LENGTH) throw new Error('file id must be 16 bytes');
  const header = new Uint8Array(HEADER_LENGTH);
  header.set(MAGIC, 0);
  const view = new DataView(header.buffer);
  view.setUint16(8, FORMAT_VERSION);
  view.setUint16(10, 0);
  header.set(fileId, 12);
  view.setUint32(28, manifestLength);
  view.setUint32(32, payloadLength);
  return header;
}
