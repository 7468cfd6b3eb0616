/**
 * The import pipeline, pure and in this order: parse → normalise → verify signature → check
 * recipient (and whether the file was seen before) → decrypt → validate → plan the merge.
 * Nothing here writes. The renderer shows the preview, then applies `plan` with `cases` in one
 * Dexie transaction; all crypto has finished by then (an await on crypto.subtle inside a Dexie
 * transaction would commit it early - docs/architecture.md, traps).
 *
 * Every failure ends as a typed refusal; an exception that is not a RegistryRefusal becomes
 * 'internal-error', which the property tests require never to happen.
 */
import {
  buf,
  bytesEqual,
  concatBytes,
  fromBase64,
  fromUtf8,
  toHex,
  canonicalHash,
  sha256Hex,
  canonicalJsonBytes,
  CanonicalJsonError,
  SIGNATURE_PARAMS,
  importSigningPublicKey,
  isLowS,
  resolveSigner,
  type TrustStore,
} from './identity';
import {
  REFUSAL_CODES,
  RegistryRefusal,
  type CheckId,
  type Refusal,
  type RefusalCode,
  type Warning,
} from './codes';
import { parseContainer, type Container } from './container';
import { manifestSchema, sequencePairKey, type Manifest } from './manifest';
import { planMerge, type IncomingPart, type LocalCaseState, type MergePlan } from './merge';
import { caseMac, payloadSchema, type PartSchemas, type Payload } from './payload';
import { openPayload } from './seal';

/** A clock this far behind the file's createdAt is worth a warning (docs/decisions.md, terms). */
const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;

export interface OwnDecryptionKey {
  keyId: string;
  decryptionKey: CryptoKey;
}

export interface ImportHistory {
  /**
   * fileId (hex) → contentHash (hex) of every file imported before. Entries recorded before the
   * hash left the signature out hold the SHA-256 of the whole file; both forms are recognised.
   */
  files: ReadonlyMap<string, string>;
  /** sequencePairKey(manifest) → the highest sequence imported from that pair. */
  lastSequence: ReadonlyMap<string, number>;
}

export interface ImportContext {
  trust: TrustStore;
  /** This office, with every decryption key it still holds (rotated ones too: files in transit). */
  self: { officeCode: string; keys: readonly OwnDecryptionKey[] };
  partSchemas: PartSchemas;
  history: ImportHistory;
  /**
   * Revision state of local copies, for the format-level plan. The app leaves it out: it reads no
   * case before the signature holds and plans by ownership afterwards (plan.ts).
   */
  localCases?: ReadonlyMap<string, LocalCaseState>;
  now: Date;
  /** The case-number rule (check digit…), injected so the format does not depend on it. */
  isValidCaseNumber?: (digits: string) => boolean;
}

export interface Check {
  id: CheckId;
  ok: boolean;
  code?: RefusalCode;
}

export interface ValidatedPart extends IncomingPart {
  /** Output of the injected schema for this part. */
  data: unknown;
}

export interface ValidatedCase {
  number: string;
  parts: ValidatedPart[];
}

interface PreviewBase {
  checks: Check[];
  warnings: Warning[];
  fileId?: string;
  /**
   * SHA-256 of the signed bytes (header, manifest, payload; not the signature, which the sender may
   * produce anew for the same bytes): with the file id, what "already imported" is recognised by.
   */
  contentHash?: string;
  manifest?: Manifest;
}

export type ImportPreview =
  | (PreviewBase & { status: 'refused'; alreadyImported: false; refusal: Refusal })
  | (PreviewBase & {
      status: 'already-imported';
      alreadyImported: true;
      fileId: string;
      contentHash: string;
      manifest: Manifest;
    })
  | (PreviewBase & {
      status: 'ready';
      alreadyImported: false;
      fileId: string;
      contentHash: string;
      manifest: Manifest;
      cases: ValidatedCase[];
      plan: MergePlan;
    });

/** Structure and manifest only, no keys: for `registry inspect` and to know which cases to read. */
export function readManifest(container: Container): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(container.manifestBytes));
  } catch {
    throw new RegistryRefusal('manifest-invalid', 'not UTF-8 JSON');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new RegistryRefusal(
      'manifest-invalid',
      parsed.error.issues.map((i) => i.path.join('.') || i.message).join('; '),
    );
  }
  // One byte form per manifest, so what people inspect is exactly what was signed.
  if (!bytesEqual(canonicalJsonBytes(raw), container.manifestBytes))
    throw new RegistryRefusal('manifest-not-canonical');
  return parsed.data;
}

/** `now` is this office's clock: it ends the transit window of a rotated-out key (trust-store.ts). */
export async function verifySignature(
  container: Container,
  manifest: Manifest,
  trust: TrustStore,
  now: Date,
): Promise<void> {
  const signer = resolveSigner(trust, manifest.sender, now);
  if (!signer.ok) throw new RegistryRefusal(signer.code);
  // (r, n−s) verifies as well as (r, s): only the low form is accepted, so a file has one byte form.
  if (!isLowS(container.signature)) throw new RegistryRefusal('signature-not-canonical');
  const key = await importSigningPublicKey(signer.entry.card.signingKey);
  const ok = await crypto.subtle.verify(
    SIGNATURE_PARAMS,
    key,
    buf(container.signature),
    buf(container.signed),
  );
  if (!ok) throw new RegistryRefusal('signature-invalid');
}

function sequenceWarnings(manifest: Manifest, history: ImportHistory): Warning[] {
  const last = history.lastSequence.get(sequencePairKey(manifest)) ?? 0;
  if (manifest.sequence > last + 1) {
    return [{ code: 'sequence-gap', params: { expected: last + 1, received: manifest.sequence } }];
  }
  if (manifest.sequence <= last)
    return [{ code: 'sequence-repeated', params: { last, received: manifest.sequence } }];
  return [];
}

/**
 * Content JSON cannot hash faithfully (1e400 parsed as Infinity, nesting deep enough to exhaust
 * the stack) is a bad file, not a bug: only a trusted sender's defect can get it this far.
 */
function canonicalOrRefuse<T>(compute: () => T, code: RefusalCode, detail: string): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CanonicalJsonError || error instanceof RangeError)
      throw new RegistryRefusal(code, detail);
    throw error;
  }
}

function validatePayload(plaintext: Uint8Array, manifest: Manifest): Payload {
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(plaintext));
  } catch {
    throw new RegistryRefusal('payload-invalid', 'not UTF-8 JSON');
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) {
    throw new RegistryRefusal('payload-invalid', parsed.error.issues.map((i) => i.path.join('.')).join('; '));
  }
  const payload = parsed.data;
  if (payload.cases.length !== manifest.cases.length)
    throw new RegistryRefusal('payload-mismatch', 'case count');
  let macKeyRaw: Uint8Array;
  try {
    macKeyRaw = fromBase64(payload.macKey);
  } catch {
    throw new RegistryRefusal('payload-invalid', 'macKey');
  }
  for (let i = 0; i < payload.cases.length; i++) {
    const c = payload.cases[i]!;
    const listed = manifest.cases[i]!;
    if (c.number !== listed.number) throw new RegistryRefusal('payload-mismatch', `case ${i}`);
    const mac = canonicalOrRefuse(() => caseMac(macKeyRaw, c), 'payload-invalid', `case ${c.number}`);
    if (mac !== listed.mac) throw new RegistryRefusal('payload-mismatch', `case ${c.number}`);
  }
  return payload;
}

/** A part schema may name the refusal for a custom check (`params.refusal`, e.g. name-characters). */
function schemaRefusal(issues: readonly { code: string; params?: unknown }[]): RefusalCode {
  for (const issue of issues) {
    const named = (issue.params as { refusal?: unknown } | undefined)?.refusal;
    if (issue.code === 'custom' && (REFUSAL_CODES as readonly unknown[]).includes(named))
      return named as RefusalCode;
  }
  return 'schema-violation';
}

function validateParts(payload: Payload, schemas: PartSchemas): ValidatedCase[] {
  const out: ValidatedCase[] = [];
  for (const c of payload.cases) {
    const parts: ValidatedPart[] = [];
    for (const p of c.parts) {
      const schema = Object.hasOwn(schemas, p.part) ? schemas[p.part] : undefined;
      if (!schema) throw new RegistryRefusal('schema-violation', `case ${c.number}: unknown part ${p.part}`);
      const parsed = schema.safeParse(p.data);
      if (!parsed.success) {
        // Paths only: zod messages may quote values, which can be personal data.
        const where = parsed.error.issues.map((i) => i.path.join('.')).join('; ');
        throw new RegistryRefusal(
          schemaRefusal(parsed.error.issues),
          `case ${c.number} part ${p.part}: ${where}`,
        );
      }
      parts.push({
        part: p.part,
        owner: p.owner,
        revision: p.revision,
        hash: canonicalOrRefuse(
          () => canonicalHash(parsed.data),
          'schema-violation',
          `case ${c.number} part ${p.part}: not representable as canonical JSON`,
        ),
        data: parsed.data,
      });
    }
    out.push({ number: c.number, parts });
  }
  return out;
}

export async function previewImport(bytes: Uint8Array, ctx: ImportContext): Promise<ImportPreview> {
  const checks: Check[] = [];
  const warnings: Warning[] = [];
  const known: Omit<PreviewBase, 'checks' | 'warnings'> = {};
  let step: CheckId = 'structure';
  const pass = (next: CheckId | undefined) => {
    checks.push({ id: step, ok: true });
    if (next) step = next;
  };
  try {
    const container = parseContainer(bytes);
    known.fileId = toHex(container.fileId);
    known.contentHash = await sha256Hex(container.signed);
    pass('manifest');

    const manifest = readManifest(container);
    known.manifest = manifest;
    const invalid = ctx.isValidCaseNumber && manifest.cases.find((c) => !ctx.isValidCaseNumber!(c.number));
    if (invalid) throw new RegistryRefusal('manifest-invalid', `case number ${invalid.number}`);
    pass('signature');

    await verifySignature(container, manifest, ctx.trust, ctx.now);
    pass('recipient');

    if (manifest.recipient.officeCode !== ctx.self.officeCode) {
      throw new RegistryRefusal('wrong-recipient', `for office ${manifest.recipient.officeCode}`);
    }
    const own = ctx.self.keys.find((k) => k.keyId === manifest.recipient.keyId);
    if (!own) throw new RegistryRefusal('recipient-key-unknown', manifest.recipient.keyId);
    warnings.push(...sequenceWarnings(manifest, ctx.history));
    if (Date.parse(manifest.createdAt) > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
      warnings.push({ code: 'created-in-future', params: { createdAt: manifest.createdAt } });
    }
    pass('duplicate');

    const seen = ctx.history.files.get(known.fileId);
    if (seen !== undefined) {
      if (seen !== known.contentHash && seen !== (await sha256Hex(bytes)))
        throw new RegistryRefusal('file-id-reused');
      pass(undefined);
      // Nothing to do: the sequence warnings are noise for a file already taken in.
      return {
        status: 'already-imported',
        alreadyImported: true,
        checks,
        warnings: warnings.filter((w) => w.code === 'created-in-future'),
        fileId: known.fileId,
        contentHash: known.contentHash,
        manifest,
      };
    }
    pass('decrypt');

    const plaintext = await openPayload(
      container.payload,
      own.decryptionKey,
      container.fileId,
      concatBytes(container.header, container.manifestBytes),
    );
    pass('payload');

    const payload = validatePayload(plaintext, manifest);
    pass('schema');

    const cases = validateParts(payload, ctx.partSchemas);
    pass(undefined);

    const plan = planMerge(cases, ctx.localCases ?? new Map(), manifest.sender.officeCode);
    return {
      status: 'ready',
      alreadyImported: false,
      checks,
      warnings,
      fileId: known.fileId,
      contentHash: known.contentHash,
      manifest,
      cases,
      plan,
    };
  } catch (error) {
    const refusal: Refusal =
      error instanceof RegistryRefusal
        ? { code: error.code, ...(error.detail !== undefined ? { detail: error.detail } : {}) }
        : {
            code: 'internal-error',
            detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          };
    checks.push({ id: step, ok: false, code: refusal.code });
    return { status: 'refused', alreadyImported: false, checks, warnings, ...known, refusal };
  }
}

/** What to record, in the apply transaction, so the next preview knows this file and sequence. */
export function historyEntryOf(preview: Extract<ImportPreview, { status: 'ready' }>): {
  fileId: string;
  contentHash: string;
  pairKey: string;
  sequence: number;
} {
  return {
    fileId: preview.fileId,
    contentHash: preview.contentHash,
    pairKey: sequencePairKey(preview.manifest),
    sequence: preview.manifest.sequence,
  };
}
