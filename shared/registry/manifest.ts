/**
 * The cleartext manifest: what a courier, the CLI or the import preview can read without keys.
 * It must not let anyone guess personal data (docs/decisions.md): case numbers are office/desk/year/
 * sequence digits, `createdBy` is an account id rather than a person's name (the printed registry
 * sheet carries names on paper), and the per-case value is an HMAC under a random key that travels
 * only inside the encrypted payload, so it cannot be recomputed from a guessed IIN or name.
 */
import { z } from 'zod';
import { DESK_CODE, OFFICE_CODE } from './identity';

export const REGISTRY_KINDS = ['registry', 'desk-handoff', 'results', 'payment-request'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export const CASE_NUMBER = /^\d{4,40}$/;
const KEY_ID = /^[0-9a-f]{32}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const MAX_CASES = 100_000;

const manifestCaseSchema = z.strictObject({
  number: z.string().regex(CASE_NUMBER),
  /** What the package's barcode encodes; equal to the number by design, kept explicit for scanners. */
  barcode: z.string().regex(CASE_NUMBER),
  /** HMAC-SHA256 of the case's canonical JSON under the payload's key (hex). */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestCase = z.infer<typeof manifestCaseSchema>;

export const manifestSchema = z
  .strictObject({
    kind: z.enum(REGISTRY_KINDS),
    registryNumber: z.string().regex(/^\d[\d-]{0,39}$/),
    /** Per sender→recipient pair, from 1; a gap is a warning at import. */
    sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    sender: z.strictObject({
      officeCode: z.string().regex(OFFICE_CODE),
      deskCode: z.string().regex(DESK_CODE).optional(),
      keyId: z.string().regex(KEY_ID),
    }),
    recipient: z.strictObject({
      officeCode: z.string().regex(OFFICE_CODE),
      keyId: z.string().regex(KEY_ID),
    }),
    createdAt: z.string().regex(ISO_UTC),
    createdBy: z.string().regex(/^[A-Za-z0-9._@-]{1,64}$/),
    count: z.number().int().min(1).max(MAX_CASES),
    cases: z.array(manifestCaseSchema).min(1).max(MAX_CASES),
  })
  .superRefine((m, ctx) => {
    if (m.count !== m.cases.length) ctx.addIssue({ code: 'custom', message: 'count differs from cases' });
    for (let i = 0; i < m.cases.length; i++) {
      const c = m.cases[i]!;
      if (c.barcode !== c.number) ctx.addIssue({ code: 'custom', message: 'barcode differs from number' });
      // Sorted and unique: one order for hashing and display, and no case twice.
      if (i > 0 && !(m.cases[i - 1]!.number < c.number)) {
        ctx.addIssue({ code: 'custom', message: 'cases not sorted or repeated' });
      }
    }
    const handoff = m.kind === 'desk-handoff';
    if (handoff !== (m.sender.deskCode !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a desk hand-off, and only it, comes from a desk' });
    }
    if (handoff !== (m.sender.officeCode === m.recipient.officeCode)) {
      ctx.addIssue({ code: 'custom', message: 'only a desk hand-off stays within one office' });
    }
  });

export type Manifest = z.infer<typeof manifestSchema>;

/** The key under which the last imported sequence of a sender→recipient pair is kept. */
export function sequencePairKey(m: Pick<Manifest, 'sender' | 'recipient'>): string {
  const from =
    m.sender.deskCode !== undefined ? `${m.sender.officeCode}.${m.sender.deskCode}` : m.sender.officeCode;
  return `${from}>${m.recipient.officeCode}`;
}
