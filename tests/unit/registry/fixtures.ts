/** Offices, keys and a valid file shared by the registry tests (not a test file itself). */
import { z } from 'zod';
import { createOfficeCard, type OfficeCard } from '@shared/crypto/office-card';
import { generateOfficeKeys, type OfficeKeys } from '@shared/crypto/office-keys';
import { emptyTrustStore, importCard, type TrustStore } from '@shared/crypto/trust-store';
import type { RandomSource } from '@shared/crypto/random';
import { buildRegistryFile, type BuildRegistryInput } from '@shared/registry/export';
import type { ImportContext } from '@shared/registry/import';
import type { RegistryCase } from '@shared/registry/payload';
import { buildHeader } from '@shared/registry/container';
import { sealPayload, sealedLength } from '@shared/registry/seal';
import { concatBytes } from '@shared/crypto/bytes';
import { importEncryptionPublicKey } from '@shared/crypto/office-keys';
import { signLowS } from '@shared/crypto/ecdsa';

export const NOW = new Date('2026-03-16T05:00:00.000Z');

export interface Office {
  code: string;
  keys: OfficeKeys;
  card: OfficeCard;
}

export async function makeOffice(code: string, at = NOW): Promise<Office> {
  const keys = await generateOfficeKeys({ withEncryption: true });
  const card = await createOfficeCard(keys, {
    officeCode: code,
    name: { ru: `Учреждение ${code}`, kk: `Мекеме ${code}` },
    now: at,
  });
  return { code, keys, card };
}

export async function makeDesk(officeCode: string, deskCode: string): Promise<Office> {
  const keys = await generateOfficeKeys({ withEncryption: false });
  const card = await createOfficeCard(keys, {
    officeCode,
    deskCode,
    name: { ru: `Место приёма ${deskCode}`, kk: `Қабылдау орны ${deskCode}` },
    now: NOW,
  });
  return { code: officeCode, keys, card };
}

export async function trustOf(...cards: OfficeCard[]): Promise<TrustStore> {
  return trustAt(undefined, ...cards);
}

/** The trust store of office `own`, which may also hold its own desks' cards. */
export async function trustAt(own: string | undefined, ...cards: OfficeCard[]): Promise<TrustStore> {
  let store = emptyTrustStore;
  for (const card of cards) {
    const r = await importCard(store, card, NOW, own === undefined ? {} : { ownOfficeCode: own });
    if (!r.ok) throw new Error(r.code);
    store = r.store;
  }
  return store;
}

/** A deterministic random source (a counter through xorshift), for repeatable file ids and IVs. */
export function seededRandom(seed: number): RandomSource {
  let x = seed >>> 0 || 1;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x & 0xff;
    }
    return out;
  };
}

export const intakeSchema = z.strictObject({
  service: z.string(),
  acceptedAt: z.string(),
  documents: z.number().int().min(0),
  applicant: z.strictObject({ iin: z.string().regex(/^\d{12}$/), name: z.string() }),
});
export const processingSchema = z.strictObject({ status: z.string(), note: z.string().optional() });
export const partSchemas = { intake: intakeSchema, processing: processingSchema, result: processingSchema };

export function intakeCase(
  number: string,
  revision = 1,
  owner = '20',
  extra: Partial<{ documents: number }> = {},
) {
  return {
    number,
    parts: [
      {
        part: 'intake',
        owner,
        revision,
        data: {
          service: 'housing-assistance',
          acceptedAt: '2026-03-15T04:00:00.000Z',
          documents: extra.documents ?? 5,
          applicant: { iin: '900101300123', name: 'Әлия Сейітқызы' },
        },
      },
    ],
  } satisfies RegistryCase;
}

export interface World {
  center: Office;
  district: Office;
  other: Office;
}

export async function makeWorld(): Promise<World> {
  return { center: await makeOffice('20'), district: await makeOffice('11'), other: await makeOffice('12') };
}

export function fileInput(world: World, overrides: Partial<BuildRegistryInput> = {}): BuildRegistryInput {
  return {
    kind: 'registry',
    registryNumber: '20-11-0001',
    sequence: 1,
    createdBy: 'acc-7',
    cases: [intakeCase('2011202600017'), intakeCase('2011202600025'), intakeCase('2011202600033')],
    sender: {
      officeCode: world.center.code,
      keyId: world.center.keys.keyId,
      signingKey: world.center.keys.signing.privateKey,
    },
    recipientCard: world.district.card,
    now: NOW,
    ...overrides,
  };
}

export async function buildFile(
  world: World,
  overrides: Partial<BuildRegistryInput> = {},
): Promise<Uint8Array> {
  return buildRegistryFile(fileInput(world, overrides));
}

/** The district's import context: it trusts the ЦОН and holds its own decryption key. */
export async function districtContext(
  world: World,
  overrides: Partial<ImportContext> = {},
): Promise<ImportContext> {
  return {
    trust: await trustOf(world.center.card),
    self: {
      officeCode: world.district.code,
      keys: [{ keyId: world.district.keys.keyId, decryptionKey: world.district.keys.encryption!.privateKey }],
    },
    partSchemas,
    history: { files: new Map(), lastSequence: new Map() },
    localCases: new Map(),
    now: NOW,
    ...overrides,
  };
}

/**
 * Assembles a file from chosen parts, signed by a key of our choosing: lets a test show each later
 * check on its own (what a buggy or hostile but trusted sender could produce).
 */
export async function assemble(parts: {
  manifestBytes: Uint8Array;
  plaintext: Uint8Array;
  signingKey: CryptoKey;
  recipientCard: OfficeCard;
  fileId?: Uint8Array;
}): Promise<Uint8Array> {
  const fileId = parts.fileId ?? seededRandom(99)(16);
  const header = buildHeader(fileId, parts.manifestBytes.length, sealedLength(parts.plaintext.length));
  const sealed = await sealPayload(
    parts.plaintext,
    await importEncryptionPublicKey(parts.recipientCard.encryptionKey!),
    fileId,
    concatBytes(header, parts.manifestBytes),
    seededRandom(7),
  );
  return resign(concatBytes(header, parts.manifestBytes, sealed, new Uint8Array(64)), parts.signingKey);
}

/** Replaces the signature of a (possibly altered) file with a fresh low-s one by `signingKey`. */
export async function resign(file: Uint8Array, signingKey: CryptoKey): Promise<Uint8Array> {
  const signed = file.slice(0, file.length - 64);
  return concatBytes(signed, await signLowS(signingKey, signed));
}

/** Offsets of the file's sections, read from its header. */
export function sections(file: Uint8Array) {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const manifestLength = view.getUint32(28);
  const payloadLength = view.getUint32(32);
  const manifestStart = 36;
  const payloadStart = manifestStart + manifestLength;
  const signatureStart = payloadStart + payloadLength;
  return { manifestStart, payloadStart, signatureStart, end: signatureStart + 64 };
}
