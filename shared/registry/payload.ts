/**
 * The encrypted payload: the cases with their parts, and the key of the manifest's per-case HMACs.
 * Part data is opaque here and validated with schemas the caller passes in, so the case model can
 * change without touching the file format.
 */
import { z } from 'zod';
import { OFFICE_CODE, canonicalJsonBytes, hmacHex } from './identity';
import { CASE_NUMBER, MAX_CASES } from './manifest';

export const PART_NAME = /^[a-z][a-z0-9-]{0,39}$/;

const partSchema = z.strictObject({
  /** e.g. 'intake', 'processing', 'result': whatever the case model names its owned parts. */
  part: z.string().regex(PART_NAME),
  /** The office that owns this part and alone may raise its revision. */
  owner: z.string().regex(OFFICE_CODE),
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  data: z.unknown(),
});

const caseSchema = z
  .strictObject({
    number: z.string().regex(CASE_NUMBER),
    parts: z.array(partSchema).min(1).max(32),
  })
  .refine((c) => c.parts.every((p, i) => i === 0 || c.parts[i - 1]!.part < p.part), {
    message: 'parts not sorted or repeated',
  });

export const payloadSchema = z.strictObject({
  macKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  cases: z.array(caseSchema).min(1).max(MAX_CASES),
});

export type CasePart = z.infer<typeof partSchema>;
export type RegistryCase = z.infer<typeof caseSchema>;
export type Payload = z.infer<typeof payloadSchema>;

/** Schemas for part data by part name; a part name without a schema is a schema violation. */
export type PartSchemas = Readonly<Record<string, z.ZodType>>;

/** The manifest's per-case value: it ties the cleartext case list to the encrypted content. */
export function caseMac(macKey: Uint8Array, c: RegistryCase): string {
  return hmacHex(macKey, canonicalJsonBytes({ number: c.number, parts: c.parts }));
}

/** Sorted cases and parts: the builder's canonical order, which the import requires. */
export function normaliseCases(cases: readonly RegistryCase[]): RegistryCase[] {
  return [...cases]
    .map((c) => ({ number: c.number, parts: [...c.parts].sort((a, b) => (a.part < b.part ? -1 : 1)) }))
    .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}
