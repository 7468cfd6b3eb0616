/**
 * The office card: the public half of an office's (or desk's) identity, exchanged once and checked
 * by comparing fingerprints by phone. Self-signed, which proves the sender holds the private key and
 * catches a card edited after export; it does not prove who the sender is - the phone call does.
 */
import { z } from 'zod';
import { buf, fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
import { canonicalJsonBytes } from './canonical-json';
import { signLowS } from './ecdsa';
import {
  SIGNATURE_PARAMS,
  computeKeyId,
  exportPublicKeys,
  fingerprintDigitsOf,
  fingerprintOf,
  importSigningPublicKey,
  type OfficeKeys,
} from './office-keys';

export const CARD_FORMAT = 1;
export const OFFICE_CODE = /^\d{2}$/;
export const DESK_CODE = /^\d{1,4}$/;
const KEY_ID = /^[0-9a-f]{32}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
// Domain separation: a card signature can never be replayed as a registry file signature.
const CARD_SIGNATURE_CONTEXT = 'almaty-social/office-card/v1\n';

export const officeCardSchema = z
  .strictObject({
    format: z.literal(CARD_FORMAT),
    kind: z.enum(['office', 'desk']),
    officeCode: z.string().regex(OFFICE_CODE),
    deskCode: z.string().regex(DESK_CODE).optional(),
    name: z.strictObject({ ru: z.string().min(1).max(300), kk: z.string().min(1).max(300) }),
    keyId: z.string().regex(KEY_ID),
    signingKey: z.string().min(1).max(400),
    encryptionKey: z.string().min(1).max(400).optional(),
    createdAt: z.string().regex(ISO_UTC),
    /** The card this one rotates out (it stays valid for files it already signed). */
    replaces: z.string().regex(KEY_ID).optional(),
    /** Keys of the same office to distrust from now on (compromise, lost workstation). */
    revokes: z.array(z.string().regex(KEY_ID)).max(100).optional(),
    signature: z.string().min(1).max(200),
  })
  .refine((c) => (c.kind === 'office') === (c.encryptionKey !== undefined), {
    message: 'an office card has an encryption key, a desk card has none',
  })
  .refine((c) => (c.kind === 'desk') === (c.deskCode !== undefined), {
    message: 'a desk card has a desk code, an office card has none',
  })
  .refine((c) => c.replaces !== c.keyId && !(c.revokes ?? []).includes(c.keyId), {
    message: 'a card neither replaces nor revokes itself',
  });

export type OfficeCard = z.infer<typeof officeCardSchema>;

export interface CardDetails {
  officeCode: string;
  deskCode?: string;
  name: { ru: string; kk: string };
  now: Date;
  replaces?: string;
  revokes?: string[];
}

function signedBytes(card: Omit<OfficeCard, 'signature'>): Uint8Array {
  const { signature: _omit, ...body } = card as OfficeCard;
  return new Uint8Array([...utf8(CARD_SIGNATURE_CONTEXT), ...canonicalJsonBytes(body)]);
}

export async function createOfficeCard(keys: OfficeKeys, details: CardDetails): Promise<OfficeCard> {
  const publicKeys = await exportPublicKeys(keys);
  const body: Omit<OfficeCard, 'signature'> = {
    format: CARD_FORMAT,
    kind: keys.encryption ? 'office' : 'desk',
    officeCode: details.officeCode,
    ...(details.deskCode !== undefined ? { deskCode: details.deskCode } : {}),
    name: { ru: details.name.ru, kk: details.name.kk },
    keyId: keys.keyId,
    ...publicKeys,
    createdAt: details.now.toISOString(),
    ...(details.replaces ? { replaces: details.replaces } : {}),
    ...(details.revokes?.length ? { revokes: [...details.revokes].sort() } : {}),
  };
  const signature = await signLowS(keys.signing.privateKey, signedBytes(body));
  const card = { ...body, signature: toBase64(signature) };
  // Fail at creation rather than at a partner's import when the details break the schema.
  officeCardSchema.parse(card);
  return card;
}

export type CardCheck =
  | { ok: true; card: OfficeCard; fingerprint: string }
  | { ok: false; code: 'card-invalid' | 'card-key-id-mismatch' | 'card-signature-invalid' };

/** Parses an untrusted card (from a file) and checks its key id and self-signature. */
export async function checkOfficeCard(input: unknown): Promise<CardCheck> {
  const parsed = officeCardSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'card-invalid' };
  const card = parsed.data;
  try {
    const keyId = await computeKeyId({ signingKey: card.signingKey, encryptionKey: card.encryptionKey });
    if (keyId !== card.keyId) return { ok: false, code: 'card-key-id-mismatch' };
    const key = await importSigningPublicKey(card.signingKey);
    const ok = await crypto.subtle.verify(
      SIGNATURE_PARAMS,
      key,
      buf(fromBase64(card.signature)),
      buf(signedBytes(card)),
    );
    if (!ok) return { ok: false, code: 'card-signature-invalid' };
  } catch {
    // Malformed SPKI or base64: the card cannot be used, whatever the exact reason.
    return { ok: false, code: 'card-invalid' };
  }
  return { ok: true, card, fingerprint: fingerprintOf(card.keyId) };
}

export function cardFingerprint(card: Pick<OfficeCard, 'keyId'>, form: 'hex' | 'digits' = 'hex'): string {
  return form === 'hex' ? fingerprintOf(card.keyId) : fingerprintDigitsOf(card.keyId);
}

/** The card as the file an office hands to its partners (readable JSON, one card per file). */
export function officeCardFileText(card: OfficeCard): string {
  return `${JSON.stringify(card, null, 2)}\n`;
}

/** Reads a card file from disk or a USB stick: any encoding or JSON problem is 'card-invalid'. */
export async function readOfficeCardFile(bytes: Uint8Array): Promise<CardCheck> {
  let input: unknown;
  try {
    input = JSON.parse(fromUtf8(bytes));
  } catch {
    return { ok: false, code: 'card-invalid' };
  }
  return checkOfficeCard(input);
}
