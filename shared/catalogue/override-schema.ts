/**
 * The shape of the administrator's overrides (zod, strict): per service, channels and step limits,
 * documents, grounds, sub-types and the other configurable rules. Whether they fit the catalogue is
 * checked when they are applied (override-apply.ts).
 */
import { z } from 'zod';
import type { Condition } from './condition';
import { CHANNELS, SERVICE_IDS } from './ids';
import { APPLICANT_STATUSES, REPRESENTATIVE_BASES, SUBMISSION_RULES } from './types';

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
export type ChannelOverride = z.infer<typeof channelOverrideSchema>;

/** Parses untrusted JSON (from the database or an import) into overrides; throws z.ZodError. */
export function parseOverrides(json: unknown): CatalogueOverrides {
  return overridesSchema.parse(json);
}
