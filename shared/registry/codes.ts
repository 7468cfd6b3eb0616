/**
 * Every refusal and warning has a stable code; the texts are in locales/{ru,kk}/registry.json under
 * `refusal.<code>` and `warning.<code>`. Codes, not messages, cross layers and go into audit entries.
 */

export const REFUSAL_CODES = [
  // parse
  'not-a-registry',
  'truncated',
  'unsupported-version',
  'header-invalid',
  'trailing-bytes',
  'manifest-too-large',
  // normalise
  'manifest-invalid',
  'manifest-not-canonical',
  // verify signature
  'signer-unknown',
  'signer-mismatch',
  'signer-revoked',
  'signer-superseded',
  'signature-invalid',
  'signature-not-canonical',
  // check recipient
  'wrong-recipient',
  'recipient-key-unknown',
  'file-id-reused',
  // decrypt
  'decrypt-failed',
  // validate
  'payload-invalid',
  'payload-mismatch',
  'schema-violation',
  'name-characters',
  // ownership (shared/registry/plan.ts): the file itself is forged
  'kind-not-allowed',
  'case-id-mismatch',
  // a bug rather than a bad file; the property tests assert it never happens
  'internal-error',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export const WARNING_CODES = ['sequence-gap', 'sequence-repeated', 'created-in-future'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** The pipeline's steps, in order; each preview lists the ones that ran. */
export const CHECK_IDS = [
  'structure',
  'manifest',
  'signature',
  'recipient',
  'duplicate',
  'decrypt',
  'payload',
  'schema',
  'ownership',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface Refusal {
  code: RefusalCode;
  /** Technical detail for logs and the CLI (never personal data); the UI shows the coded text. */
  detail?: string;
}

export interface Warning {
  code: WarningCode;
  params?: Record<string, string | number>;
}

export class RegistryRefusal extends Error {
  override name = 'RegistryRefusal';
  constructor(
    readonly code: RefusalCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
