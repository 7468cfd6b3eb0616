/**
 * The import's first checks that need no secret key: the manifest read in its one canonical byte
 * form, and the sender's signature over header, manifest and payload.
 */
import {
  buf,
  bytesEqual,
  fromUtf8,
  canonicalJsonBytes,
  SIGNATURE_PARAMS,
  importSigningPublicKey,
  isLowS,
  resolveSigner,
  type TrustStore,
} from './identity';
import { RegistryRefusal } from './codes';
import type { Container } from './container';
import { manifestSchema, type Manifest } from './manifest';

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
