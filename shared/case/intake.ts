/**
 * The intake part of a case (digest 6.2: applicant, representative, family, documents, intake), owned
 * by the accepting office. A zod schema, because the same shape arrives from registry files and
 * drafts, and untrusted input is validated before it is stored.
 */
import { z } from 'zod';
import { APPLICANT_STATUSES, REPRESENTATIVE_BASES } from '../catalogue/types';
import { CHANNELS, SERVICE_IDS } from '../catalogue/ids';
import { CITY_DISTRICTS } from '../directory/types';
import { hasInvisibleCharacters } from './text';

/** Maximum lengths of the free-text fields, shared with the intake form's messages. */
export const TEXT_MAX = {
  name: 100,
  street: 300,
  documentNumber: 40,
  issuedBy: 200,
  phone: 30,
  basisDocument: 200,
  exemption: 200,
} as const;

const text = (max = 200) => z.string().trim().max(max);
/** Identifiers from the catalogue and the app (sub-type, rules version, document item, user id). */
const id = () => z.string().max(100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const addressSchema = z.object({
  district: z.enum(CITY_DISTRICTS),
  street: text(TEXT_MAX.street).min(1),
});
export type Address = z.infer<typeof addressSchema>;

export const identityDocumentSchema = z.object({
  docType: z
    .string()
    .max(60)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  number: text(TEXT_MAX.documentNumber).min(1),
  issuedBy: text(TEXT_MAX.issuedBy).default(''),
  issuedOn: isoDate.nullable().default(null),
});

/**
 * A name part: no invisible or reordering characters (shared/case/text.ts). The issue names the
 * registry refusal the import reports for it.
 */
const namePart = () =>
  text(TEXT_MAX.name).refine((v) => !hasInvisibleCharacters(v), {
    message: 'invisible characters in a name',
    params: { refusal: 'name-characters' },
  });

export const personNameSchema = z.object({
  surname: namePart().min(1),
  name: namePart().min(1),
  patronymic: namePart().default(''),
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
  phones: z.array(text(TEXT_MAX.phone).min(1)).max(5),
});
export type Applicant = z.infer<typeof applicantSchema>;

// The catalogue says which bases a service accepts, so the list lives there.
export { REPRESENTATIVE_BASES };

export const representativeSchema = personNameSchema.extend({
  iin: z.string().regex(/^(\d{12})?$/),
  phone: text(TEXT_MAX.phone).default(''),
  basis: z.enum(REPRESENTATIVE_BASES),
  basisDocument: text(TEXT_MAX.basisDocument).default(''),
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
  exemption: text(TEXT_MAX.exemption).default(''),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const receivedDocumentSchema = z.object({
  itemId: id().min(1),
  originalShown: z.boolean(),
  copyReceived: z.boolean(),
  /** A notarised copy instead of original and copy, where the service accepts one (3.5 §13). */
  notarisedCopy: z.boolean().optional(),
});
export type ReceivedDocument = z.infer<typeof receivedDocumentSchema>;

export const intakeSchema = z.object({
  serviceId: z.enum(SERVICE_IDS),
  subType: id().nullable(),
  channel: z.enum(CHANNELS),
  rulesVersion: id().min(1),
  applicant: applicantSchema,
  representative: representativeSchema.nullable(),
  family: z.array(familyMemberSchema).max(30),
  // Situation question → chosen value (catalogue keys); a handful per service.
  answers: z
    .record(id(), z.string().max(200))
    .refine((a) => Object.keys(a).length <= 50, { message: 'too many answers' }),
  documents: z.array(receivedDocumentSchema).max(60),
  acceptingOfficeCode: z.string().regex(/^\d{2}$/),
  deskCode: z.string().regex(/^\d{2}$/),
  districtOfficeCode: z.string().regex(/^\d{2}$/),
  acceptedAt: z.number().int().nonnegative(),
  acceptedBy: z.object({ userId: id().min(1), fullName: text(200).min(1) }),
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
