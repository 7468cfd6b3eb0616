/**
 * Building a registry file (and a desk hand-off, the same format from a desk to its own office).
 * The registry number and sequence come from the caller, which owns the counters and closes the
 * registry in the same transaction that records the export.
 */
import {
  concatBytes,
  toBase64,
  canonicalJsonBytes,
  importEncryptionPublicKey,
  signLowS,
  type OfficeCard,
  cryptoRandom,
  type RandomSource,
} from './identity';
import { FILE_ID_LENGTH, buildHeader } from './container';
import { manifestSchema, type Manifest, type RegistryKind } from './manifest';
import { caseMac, normaliseCases, payloadSchema, type RegistryCase } from './payload';
import { sealedLength, sealPayload } from './seal';

export interface SenderKeys {
  officeCode: string;
  /** Set only for a desk hand-off. */
  deskCode?: string;
  keyId: string;
  signingKey: CryptoKey;
}

export interface BuildRegistryInput {
  kind: RegistryKind;
  registryNumber: string;
  sequence: number;
  /** Account id of the user who exported, not a name (see manifest.ts). */
  createdBy: string;
  cases: readonly RegistryCase[];
  sender: SenderKeys;
  recipientCard: OfficeCard;
  now: Date;
  random?: RandomSource;
}

export async function buildRegistryFile(input: BuildRegistryInput): Promise<Uint8Array> {
  const random = input.random ?? cryptoRandom;
  const card = input.recipientCard;
  if (card.kind !== 'office' || !card.encryptionKey) throw new Error('files are encrypted to an office card');
  const cases = normaliseCases(input.cases);
  const macKeyRaw = random(32);
  const payload = payloadSchema.parse({ macKey: toBase64(macKeyRaw), cases });
  const manifestCases = payload.cases.map((c) => ({
    number: c.number,
    barcode: c.number,
    mac: caseMac(macKeyRaw, c),
  }));
  const manifest: Manifest = manifestSchema.parse({
    kind: input.kind,
    registryNumber: input.registryNumber,
    sequence: input.sequence,
    sender: {
      officeCode: input.sender.officeCode,
      ...(input.sender.deskCode !== undefined ? { deskCode: input.sender.deskCode } : {}),
      keyId: input.sender.keyId,
    },
    recipient: { officeCode: card.officeCode, keyId: card.keyId },
    createdAt: input.now.toISOString(),
    createdBy: input.createdBy,
    count: manifestCases.length,
    cases: manifestCases,
  });
  const manifestBytes = canonicalJsonBytes(manifest);
  const plaintext = canonicalJsonBytes(payload);
  const fileId = random(FILE_ID_LENGTH);
  const header = buildHeader(fileId, manifestBytes.length, sealedLength(plaintext.length));
  const sealed = await sealPayload(
    plaintext,
    await importEncryptionPublicKey(card.encryptionKey),
    fileId,
    concatBytes(header, manifestBytes),
    random,
  );
  const signed = concatBytes(header, manifestBytes, sealed);
  const signature = await signLowS(input.sender.signingKey, signed);
  return concatBytes(signed, signature);
}

/** A desk hands its accepted cases to its office's main workstation: signed by the desk's key. */
export async function buildDeskHandoff(
  input: Omit<BuildRegistryInput, 'kind' | 'sender'> & { sender: SenderKeys & { deskCode: string } },
): Promise<Uint8Array> {
  if (input.recipientCard.officeCode !== input.sender.officeCode) {
    throw new Error('a desk hands off only to its own office');
  }
  return buildRegistryFile({ ...input, kind: 'desk-handoff' });
}
