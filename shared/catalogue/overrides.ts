/**
 * Administrator overrides over the shipped catalogue (docs/decisions.md: every rule is configuration with
 * the regulation's values as defaults). Overrides are JSON, validated with zod, applied by a pure
 * function; the result carries a rules version derived from the overrides' content, so a case can
 * record the rules it was accepted under and the same overrides always give the same version.
 */
import { z } from 'zod';
import type { Condition } from './condition';
import { conditionTerms } from './condition';
import { SUBTYPE_KEY } from './checklist';
import { CHANNELS, SERVICE_IDS, type Channel, type ServiceId } from './ids';
import {
  APPLICANT_STATUSES,
  REPRESENTATIVE_BASES,
  SUBMISSION_RULES,
  type Catalogue,
  type ChannelRules,
  type ServiceDef,
  type Step,
} from './types';

const nonEmpty = z.string().trim().min(1);
const localText = z.object({ ru: nonEmpty, kk: nonEmpty, kkReview: z.boolean().optional() }).strict();

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ always: z.boolean() }).strict(),
    z.object({ key: nonEmpty, in: z.array(nonEmpty).min(1) }).strict(),
    z.object({ all: z.array(conditionSchema) }).strict(),
    z.object({ any: z.array(conditionSchema) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

export const termSchema = z
  .object({
    value: z.number().int().positive(),
    unit: z.enum(['calendar-days', 'working-days', 'minutes']),
  })
  .strict();

const documentSchema = z
  .object({
    id: nonEmpty,
    number: nonEmpty.nullable(),
    name: localText,
    source: nonEmpty,
    requiredWhen: conditionSchema,
    optionalWhen: conditionSchema.optional(),
    note: localText.optional(),
    submission: z.enum(SUBMISSION_RULES).optional(),
  })
  .strict();

const groundSchema = z
  .object({
    number: nonEmpty.nullable(),
    text: localText,
    source: nonEmpty,
    effectiveFrom: localText.optional(),
    appliesWhen: conditionSchema.optional(),
    checks: z.literal('unemployed-registration').optional(),
  })
  .strict();

const subTypeSchema = z
  .object({
    id: nonEmpty,
    name: localText,
    source: nonEmpty,
    example: z.boolean().optional(),
    note: localText.optional(),
  })
  .strict();

const channelOverrideSchema = z
  .object({
    enabled: z.boolean().optional(),
    term: termSchema.optional(),
    /** ЦОН channel: the district office's decision clock from its registration. */
    districtTerm: termSchema.optional(),
    /** Step limits by step id (e.g. the 3 WD for originals, 3.9 A3d); the step keeps its anchor. */
    stepLimits: z.record(nonEmpty, termSchema).optional(),
  })
  .strict();

const serviceOverrideSchema = z
  .object({
    channels: z.partialRecord(z.enum(CHANNELS), channelOverrideSchema).optional(),
    documents: z
      .object({
        /** Replaces the item with the same id, or appends a new one. */
        upsert: z.array(documentSchema).optional(),
        remove: z.array(nonEmpty).optional(),
      })
      .strict()
      .optional(),
    /** Each list given replaces the default list. */
    grounds: z
      .object({
        refusal: z.array(groundSchema).optional(),
        suspension: z.array(groundSchema).optional(),
        termination: z.array(groundSchema).optional(),
      })
      .strict()
      .optional(),
    /** Replaces the sub-type list (maslikhat categories). */
    subTypes: z.array(subTypeSchema).optional(),
    eligibleStatuses: z.array(z.enum(APPLICANT_STATUSES)).min(1).optional(),
    allowsApplicantWithoutIin: z.boolean().optional(),
    representation: z
      .object({
        authority: z
          .enum([
            'notarized-power-of-attorney',
            'power-of-attorney',
            'written-consent',
            'not-addressed',
            'in-person-only',
          ])
          .optional(),
        acceptedBases: z.array(z.enum(REPRESENTATIVE_BASES)).optional(),
      })
      .strict()
      .optional(),
    /** The service's rule for originals and copies (documents may carry their own). */
    submission: z.enum(SUBMISSION_RULES).optional(),
    /** Relations the listed family must include; [] removes the requirement. */
    familyMustInclude: z.array(nonEmpty).optional(),
    /** Months an approved decision runs (housing: 12). */
    assignmentMonths: z.number().int().positive().max(120).optional(),
  })
  .strict();

export const overridesSchema = z
  .object({ services: z.partialRecord(z.enum(SERVICE_IDS), serviceOverrideSchema) })
  .strict();

export type CatalogueOverrides = z.infer<typeof overridesSchema>;
export type ServiceOverride = z.infer<typeof serviceOverrideSchema>;

/** An override that parses but does not fit the catalogue (unknown document, unknown key…). */
export class OverrideError extends Error {
  readonly serviceId: ServiceId;
  constructor(serviceId: ServiceId, message: string) {
    super(`${serviceId}: ${message}`);
    this.name = 'OverrideError';
    this.serviceId = serviceId;
  }
}

/** Parses untrusted JSON (from the database or an import) into overrides; throws z.ZodError. */
export function parseOverrides(json: unknown): CatalogueOverrides {
  return overridesSchema.parse(json);
}

/** JSON with sorted keys, so equal overrides hash equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 64-bit FNV-1a over the UTF-8 bytes: a content fingerprint, not a security measure. */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let hash = 0xcbf29ce484222325n;
  for (const b of bytes) {
    hash ^= BigInt(b);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function isEmptyOverrides(o: CatalogueOverrides): boolean {
  return Object.values(o.services).every((s) => s === undefined);
}

/**
 * Opening a channel the regulation does not have (a ЦОН for a district-only service): the ЦОН
 * accepts and dispatches, then the district office runs its own steps from its registration.
 */
function derivedCenterRules(district: ChannelRules): ChannelRules {
  const intake: Step[] = [
    {
      id: 'C1',
      role: 'center-inspector',
      action: {
        ru: 'Принимает документы, проверяет полноту пакета, выдаёт расписку',
        kk: 'Құжаттарды қабылдайды, пакеттің толықтығын тексереді, қолхат береді',
        kkReview: true,
      },
      source: 'docs/decisions.md channels (opened by the administrator)',
    },
    {
      id: 'C2',
      role: 'accumulation-inspector',
      action: {
        ru: 'Включает пакет в реестр и отправляет в районный отдел',
        kk: 'Пакетті тізілімге енгізеді және аудандық бөлімге жібереді',
        kkReview: true,
      },
      source: 'docs/decisions.md channels (opened by the administrator)',
    },
  ];
  // On the district channel acceptance and registration coincide; here the district steps run
  // from the district's registration of the package.
  const districtSteps = district.steps.map((s) =>
    s.limit && s.limit.anchor.from === 'acceptance' && s.limit.term.unit !== 'minutes'
      ? { ...s, limit: { ...s.limit, anchor: { from: 'registration' as const } } }
      : s,
  );
  return {
    enabled: true,
    term: district.term,
    termStart: 'acceptance',
    termSource: 'docs/decisions.md channels (opened by the administrator)',
    districtTerm: { term: district.term, source: district.termSource },
    acknowledgement: ['receipt'],
    ...(district.queue ? { queue: district.queue } : {}),
    steps: [...intake, ...districtSteps.filter((s) => !(s.limit?.term.unit === 'minutes'))],
  };
}

function applyChannel(service: ServiceDef, channel: Channel, o: z.infer<typeof channelOverrideSchema>): void {
  let rules = service.channels[channel];
  if (!rules) {
    const district = service.channels.district;
    if (channel !== 'center' || !district) {
      throw new OverrideError(service.id, `channel ${channel} cannot be derived`);
    }
    rules = derivedCenterRules(district);
    if (o.enabled === undefined) rules.enabled = false;
  }
  if (o.enabled !== undefined) rules.enabled = o.enabled;
  if (o.term) rules.term = o.term;
  if (o.districtTerm) {
    if (channel !== 'center')
      throw new OverrideError(service.id, 'districtTerm applies to the center channel only');
    rules.districtTerm = { term: o.districtTerm, source: 'administrator override' };
  }
  for (const [stepId, term] of Object.entries(o.stepLimits ?? {})) {
    const step = rules.steps.find((s) => s.id === stepId);
    if (!step?.limit) throw new OverrideError(service.id, `no step limit "${stepId}" on channel ${channel}`);
    step.limit = { ...step.limit, term, source: 'administrator override' };
  }
  service.channels[channel] = rules;
}

function checkConditionKeys(service: ServiceDef, condition: Condition, where: string): void {
  const declared = new Set(service.situations.map((s) => s.key));
  for (const [key, values] of conditionTerms(condition)) {
    if (key === SUBTYPE_KEY) {
      for (const v of values) {
        if (!service.subTypes.some((s) => s.id === v)) {
          throw new OverrideError(service.id, `${where} tests unknown sub-type "${v}"`);
        }
      }
      continue;
    }
    if (!declared.has(key)) throw new OverrideError(service.id, `${where} tests unknown situation "${key}"`);
    const q = service.situations.find((s) => s.key === key)!;
    for (const v of values) {
      if (!q.values.some((x) => x.value === v)) {
        throw new OverrideError(service.id, `${where} tests unknown value "${v}" of "${key}"`);
      }
    }
  }
}

function applyService(service: ServiceDef, o: ServiceOverride): void {
  if (o.subTypes) service.subTypes = o.subTypes;
  if (o.eligibleStatuses) service.eligibleStatuses = o.eligibleStatuses;
  if (o.allowsApplicantWithoutIin !== undefined)
    service.allowsApplicantWithoutIin = o.allowsApplicantWithoutIin;
  if (o.representation) {
    const { authority, acceptedBases } = o.representation;
    service.representation = {
      ...service.representation,
      ...(authority ? { authority } : {}),
      ...(acceptedBases ? { acceptedBases } : {}),
      source: 'administrator override',
    };
  }
  if (o.submission) service.submission = { rule: o.submission, source: 'administrator override' };
  if (o.familyMustInclude) {
    if (!service.family) throw new OverrideError(service.id, 'the application lists no family');
    service.family = { ...service.family, mustInclude: o.familyMustInclude };
  }
  if (o.assignmentMonths !== undefined) {
    if (!service.assignment) throw new OverrideError(service.id, 'the service has no assignment period');
    service.assignment = { ...service.assignment, periodMonths: o.assignmentMonths };
  }
  for (const channel of CHANNELS) {
    const c = o.channels?.[channel];
    if (c) applyChannel(service, channel, c);
  }
  if (!Object.values(service.channels).some((c) => c?.enabled)) {
    throw new OverrideError(service.id, 'every channel is disabled');
  }
  for (const id of o.documents?.remove ?? []) {
    if (!service.documents.some((d) => d.id === id))
      throw new OverrideError(service.id, `no document "${id}" to remove`);
    service.documents = service.documents.filter((d) => d.id !== id);
  }
  for (const doc of o.documents?.upsert ?? []) {
    const i = service.documents.findIndex((d) => d.id === doc.id);
    if (i >= 0) service.documents[i] = doc;
    else service.documents.push(doc);
  }
  if (o.grounds?.refusal) service.grounds.refusal = o.grounds.refusal;
  if (o.grounds?.suspension) service.grounds.suspension = o.grounds.suspension;
  if (o.grounds?.termination) service.grounds.termination = o.grounds.termination;
  // Checked after everything is applied: a new sub-type list may be what a document now tests.
  for (const doc of service.documents) {
    checkConditionKeys(service, doc.requiredWhen, `document ${doc.id}`);
    if (doc.optionalWhen) checkConditionKeys(service, doc.optionalWhen, `document ${doc.id}`);
  }
  for (const kind of ['refusal', 'suspension', 'termination'] as const) {
    service.grounds[kind].forEach((g, i) => {
      if (g.appliesWhen) checkConditionKeys(service, g.appliesWhen, `${kind} ground ${g.number ?? i + 1}`);
    });
  }
}

/**
 * Applies validated overrides over the defaults and returns a new catalogue; the defaults are not
 * touched. rulesVersion = the defaults' version + a fingerprint of the overrides (none when empty).
 */
export function applyOverrides(defaults: Catalogue, overrides: unknown): Catalogue {
  const parsed = parseOverrides(overrides);
  const result = JSON.parse(JSON.stringify(defaults)) as Catalogue;
  for (const id of SERVICE_IDS) {
    const o = parsed.services[id];
    if (o) applyService(result.services[id], o);
  }
  result.rulesVersion = isEmptyOverrides(parsed)
    ? defaults.rulesVersion
    : `${defaults.rulesVersion}+${fnv1a64(canonicalJson(parsed))}`;
  return result;
}
