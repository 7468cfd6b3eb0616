/**
 * The import's content checks after decryption: the payload against the manifest (count, numbers,
 * per-case MACs), then each part against its injected schema, hashed canonically for the merge.
 */
import { fromBase64, fromUtf8, canonicalHash, CanonicalJsonError } from './identity';
import { REFUSAL_CODES, RegistryRefusal, type RefusalCode } from './codes';
import type { Manifest } from './manifest';
import type { IncomingPart } from './merge';
import { caseMac, payloadSchema, type PartSchemas, type Payload } from './payload';

export interface ValidatedPart extends IncomingPart {
  /** Output of the injected schema for this part. */
  data: unknown;
}

export interface ValidatedCase {
  number: string;
  parts: ValidatedPart[];
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

export function validatePayload(plaintext: Uint8Array, manifest: Manifest): Payload {
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

export function validateParts(payload: Payload, schemas: PartSchemas): ValidatedCase[] {
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
