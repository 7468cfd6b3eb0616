/**
 * The intake part of a case (digest 6.2: applicant, representative, family, documents, intake), owned
 * by the accepting office. A zod schema, because the same shape arrives from registry files and
 * drafts, and untrusted input is validated before it is stored.
 */
import { z } from 'zod';
import { APPLICANT_STATUSES, REPRESENTATIVE_BASES } from '../catalogue/types';
import { CHANNELS, SERVICE_IDS } from '../catalogue/ids';
import { CITY_DISTRICTS } from '../directory/types';

const text = (max = 200) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const addressSchema = z.object({
  district: z.enum(CITY_DISTRICTS),
  street: text(300).min(1),
});
export type Address = z.infer<typeof addressSchema>;

export const identityDocumentSchema = z.object({
  docType: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  number: text(40).min(1),
  issuedBy: text(200).default(''),
  issuedOn: isoDate.nullable().default(null),
});

export const personNameSchema = z.object({
  surname: text(100).min(1),
  name: text(100).min(1),
  patronymic: text(100).default(''),
});
export type PersonName = z.infer<typeof personNameSchema>;

export const applicantSchema = personNameSchema.extend({
  /** Empty when the applicant has no IIN and the service allows that (docs/decisions.md, identity). */
  iin: z.string().regex(/^(\d{12})?$/),
  birthDate: isoDate.nullable(),
  status: z.enum(APPLICANT_STATUSES),
  identity: identityDocumentSchema,
  registeredAddress: addressSchema,
  actualAddress: addressSchema.nullable(),
  phones: z.array(text(30).min(1)).max(5),
});
export type Applicant = z.infer<typeof applicantSchema>;

// The catalogue says which bases a service accepts, so the list lives there.
export { REPRESENTATIVE_BASES };

export const representativeSchema = personNameSchema.extend({
  iin: z.string().regex(/^(\d{12})?$/),
  phone: text(30).default(''),
  basis: z.enum(REPRESENTATIVE_BASES),
  basisDocument: text(200).default(''),
});
export type Representative = z.infer<typeof representativeSchema>;

export const FAMILY_RELATIONS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other',
] as const;
export const OCCUPATIONS = [
  'employed',
  'self-employed',
  'unemployed-registered',
  'student',
  'pupil',
  'preschool',
  'pensioner',
  'military-service',
  'exempt',
  'other',
] as const;

export const familyMemberSchema = personNameSchema.extend({
  iin: z.string().regex(/^(\d{12})?$/),
  birthDate: isoDate.nullable(),
  relation: z.enum(FAMILY_RELATIONS),
  occupation: z.enum(OCCUPATIONS),
  /** Why a non-working adult is exempt (disabled, carer, inpatient treatment …), free text. */
  exemption: text(200).default(''),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const receivedDocumentSchema = z.object({
  itemId: z.string().min(1),
  originalShown: z.boolean(),
  copyReceived: z.boolean(),
  /** A notarised copy instead of original and copy, where the service accepts one (3.5 §13). */
  notarisedCopy: z.boolean().optional(),
});
export type ReceivedDocument = z.infer<typeof receivedDocumentSchema>;

export const intakeSchema = z.object({
  serviceId: z.enum(SERVICE_IDS),
  subType: z.string().nullable(),
  channel: z.enum(CHANNELS),
  rulesVersion: z.string().min(1),
  applicant: applicantSchema,
  representative: representativeSchema.nullable(),
  family: z.array(familyMemberSchema).max(30),
  answers: z.record(z.string(), z.string()),
  documents: z.array(receivedDocumentSchema).max(60),
  acceptingOfficeCode: z.string().regex(/^\d{2}$/),
  deskCode: z.string().regex(/^\d{2}$/),
  districtOfficeCode: z.string().regex(/^\d{2}$/),
  acceptedAt: z.number().int().nonnegative(),
  acceptedBy: z.object({ userId: z.string().min(1), fullName: text(200).min(1) }),
  /** Incoming-correspondence number at the district office (issue 4, item 5). */
  incomingNumber: text(40).default(''),
  duplicateReason: text(500).default(''),
});
export type Intake = z.infer<typeof intakeSchema>;
export type IntakeInput = z.input<typeof intakeSchema>;

/** «Қасымов А. Б.» / «Иванов И. И.» for talons and lists. */
export function surnameWithInitials(p: PersonName): string {
  const initial = (s: string) => (s.trim() ? `${s.trim()[0]!.toUpperCase()}.` : '');
  return [p.surname.trim(), [initial(p.name), initial(p.patronymic)].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' ');
}

export function fullName(p: PersonName): string {
  return [p.surname, p.name, p.patronymic]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}
