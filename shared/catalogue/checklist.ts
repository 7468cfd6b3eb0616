/**
 * Checklist engine: which documents a situation requires, and what is missing from a package.
 * Pure functions over the catalogue data, so administrator overrides change the answers too.
 */
import type { LocalText } from '../i18n/lang';
import { requiredBy } from './cite';
import { conditionTerms, evaluate, type Answers } from './condition';
import { isServiceId, type ServiceId } from './ids';
import type { Catalogue, DocumentItem, ServiceDef, SituationQuestion } from './types';

/** Reserved situation key under which the chosen sub-type is evaluated. */
export const SUBTYPE_KEY = 'subtype';

export type ChecklistInputErrorCode =
  'unknown-service' | 'unknown-subtype' | 'unknown-situation' | 'bad-situation-value';

/** Bad input from a caller (a desk form, the CLI): never silently ignored. */
export class ChecklistInputError extends Error {
  readonly code: ChecklistInputErrorCode;
  constructor(code: ChecklistInputErrorCode, message: string) {
    super(message);
    this.name = 'ChecklistInputError';
    this.code = code;
  }
}

export interface ChecklistResult {
  serviceId: ServiceId;
  subType: string | null;
  /** Every declared situation with the answer used (given, or the question's default). */
  answers: Record<string, string>;
  required: DocumentItem[];
  optional: DocumentItem[];
  notNeeded: DocumentItem[];
}

export function getService(catalogue: Catalogue, serviceId: string): ServiceDef {
  if (!isServiceId(serviceId)) {
    throw new ChecklistInputError('unknown-service', `Unknown service: ${serviceId}`);
  }
  return catalogue.services[serviceId];
}

/** Fills defaults and rejects unknown keys or values. */
export function resolveAnswers(
  service: ServiceDef,
  answers: Readonly<Record<string, string>>,
): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const q of service.situations) resolved[q.key] = q.default;
  for (const [key, value] of Object.entries(answers)) {
    const q = service.situations.find((s) => s.key === key);
    if (!q) {
      throw new ChecklistInputError('unknown-situation', `Service ${service.id} has no situation "${key}"`);
    }
    if (!q.values.some((v) => v.value === value)) {
      const allowed = q.values.map((v) => v.value).join(', ');
      throw new ChecklistInputError(
        'bad-situation-value',
        `Situation "${key}" of ${service.id} takes one of: ${allowed}; got "${value}"`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}

export function checklist(
  catalogue: Catalogue,
  serviceId: string,
  subType: string | null | undefined,
  answers: Readonly<Record<string, string>> = {},
): ChecklistResult {
  const service = getService(catalogue, serviceId);
  const sub = subType ?? null;
  if (sub !== null && !service.subTypes.some((s) => s.id === sub)) {
    const allowed = service.subTypes.map((s) => s.id).join(', ') || '(none)';
    throw new ChecklistInputError(
      'unknown-subtype',
      `Service ${service.id} has no sub-type "${sub}"; allowed: ${allowed}`,
    );
  }
  const resolved = resolveAnswers(service, answers);
  const env: Answers = sub === null ? resolved : { ...resolved, [SUBTYPE_KEY]: sub };
  const result: ChecklistResult = {
    serviceId: service.id,
    subType: sub,
    answers: resolved,
    required: [],
    optional: [],
    notNeeded: [],
  };
  for (const doc of service.documents) {
    if (evaluate(doc.requiredWhen, env)) result.required.push(doc);
    else if (doc.optionalWhen && evaluate(doc.optionalWhen, env)) result.optional.push(doc);
    else result.notNeeded.push(doc);
  }
  return result;
}

export interface MissingItem {
  item: DocumentItem;
  reason: LocalText;
}

export interface Completeness {
  complete: boolean;
  missing: MissingItem[];
  /** Received ids that the checklist does not list at all (typo, or a document of another case). */
  unexpected: string[];
}

/** Why a document is missing, for the reason column next to its name (so the name is not repeated). */
function missingReason(doc: DocumentItem): LocalText {
  const by = requiredBy(doc.source);
  return by
    ? { ru: `Не представлен: требуется ${by.ru}`, kk: `Ұсынылмаған: ${by.kk} талап етіледі`, kkReview: true }
    : { ru: 'Не представлен обязательный документ', kk: 'Міндетті құжат ұсынылмаған', kkReview: true };
}

export function completeness(result: ChecklistResult, received: ReadonlySet<string>): Completeness {
  const missing = result.required
    .filter((d) => !received.has(d.id))
    .map((item) => ({ item, reason: missingReason(item) }));
  const listed = new Set([...result.required, ...result.optional].map((d) => d.id));
  const unexpected = [...received].filter((id) => !listed.has(id)).sort();
  return { complete: missing.length === 0, missing, unexpected };
}

export interface SituationKey extends SituationQuestion {
  /** Ids of the documents whose conditions test this key. */
  affects: string[];
}

/**
 * The situation questions that change this service's checklist, each with the documents it
 * affects. A declared question that no condition tests is left out: asking it would change nothing.
 */
export function situationKeys(service: ServiceDef): SituationKey[] {
  const affects = new Map<string, string[]>();
  for (const doc of service.documents) {
    const terms = conditionTerms(doc.requiredWhen);
    if (doc.optionalWhen) conditionTerms(doc.optionalWhen, terms);
    for (const key of terms.keys()) affects.set(key, [...(affects.get(key) ?? []), doc.id]);
  }
  return service.situations
    .filter((q) => affects.has(q.key))
    .map((q) => ({ ...q, affects: affects.get(q.key) ?? [] }));
}

/** Whether the sub-type changes the checklist (maslikhat categories do; employment sub-types do not). */
export function subTypeChangesChecklist(service: ServiceDef): boolean {
  return service.documents.some((d) => {
    const terms = conditionTerms(d.requiredWhen);
    if (d.optionalWhen) conditionTerms(d.optionalWhen, terms);
    return terms.has(SUBTYPE_KEY);
  });
}
