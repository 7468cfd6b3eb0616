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
import { concatBytes, toHex, sha256Hex, type TrustStore } from './identity';
import { RegistryRefusal, type CheckId, type Refusal, type RefusalCode, type Warning } from './codes';
import { parseContainer } from './container';
import { sequencePairKey, type Manifest } from './manifest';
import { planMerge, type LocalCaseState, type MergePlan } from './merge';
import type { PartSchemas } from './payload';
import { openPayload } from './seal';
import { readManifest, verifySignature } from './authenticate';
import { sequenceWarnings, type ImportHistory } from './history';
import { validateParts, validatePayload, type ValidatedCase } from './validate';

export { readManifest, verifySignature } from './authenticate';
export type { ImportHistory } from './history';
export type { ValidatedCase, ValidatedPart } from './validate';

/** A clock this far behind the file's createdAt is worth a warning (docs/decisions.md, terms). */
const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;

export interface OwnDecryptionKey {
  keyId: string;
  decryptionKey: CryptoKey;
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
