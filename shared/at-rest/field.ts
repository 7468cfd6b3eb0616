/**
 * Field encryption: a JSON value to a compact envelope {v, iv, ct} (AES-256-GCM, base64) and back.
 * `context` names where the value lives (for example `cases/<id>/applicant`) and is the GCM
 * additional data, so an envelope moved to another row or field fails as tampered.
 */
import { z } from 'zod';
import { buf, fromBase64, fromUtf8, toBase64, utf8 } from '../crypto/bytes';
import { cryptoRandom, type RandomSource } from '../crypto/random';
import { AtRestRefusal } from './errors';

export const envelopeSchema = z.strictObject({
  v: z.literal(1),
  iv: z.string().min(1),
  ct: z.string().min(1),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** The IV and ciphertext of a stored envelope, or AtRestRefusal `invalid` (shared by both openers). */
export function readEnvelope(input: unknown): { iv: Uint8Array; ct: Uint8Array } {
  const parsed = envelopeSchema.safeParse(input);
  if (!parsed.success) throw new AtRestRefusal('invalid');
  let iv: Uint8Array, ct: Uint8Array;
  try {
    iv = fromBase64(parsed.data.iv);
    ct = fromBase64(parsed.data.ct);
  } catch {
    throw new AtRestRefusal('invalid');
  }
  if (iv.length !== 12) throw new AtRestRefusal('invalid');
  return { iv, ct };
}

function aad(context: string): Uint8Array<ArrayBuffer> {
  return buf(utf8(`almaty-social/field/v1|${context}`));
}

/** `value` must survive JSON (no undefined, Date or bytes: encode those before). */
export async function encryptField(
  fieldKey: CryptoKey,
  value: unknown,
  context: string,
  random: RandomSource = cryptoRandom,
): Promise<Envelope> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('value is not JSON');
  const iv = random(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: aad(context) },
    fieldKey,
    buf(utf8(json)),
  );
  return { v: 1, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** The value, or AtRestRefusal: `invalid` (not an envelope), `tampered` (tag, key or context wrong). */
export async function decryptField(fieldKey: CryptoKey, input: unknown, context: string): Promise<unknown> {
  const { iv, ct } = readEnvelope(input);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buf(iv), additionalData: aad(context) },
      fieldKey,
      buf(ct),
    );
  } catch {
    throw new AtRestRefusal('tampered');
  }
  return JSON.parse(fromUtf8(new Uint8Array(plain))) as unknown;
}
