/**
 * The intake form as data: its shape, the empty form and what a draft needs. No React here:
 * components render what these functions decide. Validation (`validation.ts`), the service list
 * (`services.ts`), the checklist (`formDocuments.ts`) and the conversion to the case's intake part
 * (`toIntakeData.ts`) are re-exported, so `./model` stays the one import for the form.
 */
import {
  FAMILY_RELATIONS,
  OCCUPATIONS,
  REPRESENTATIVE_BASES,
  surnameWithInitials,
} from '@shared/case/intake';
import { SERVICE_IDS, type ApplicantStatus, type ServiceDef, type ServiceId } from '@shared/catalogue';
import type { CityDistrict } from '@shared/directory/types';
import type { Lang } from '@shared/i18n/lang';

export * from './services';
export * from './validation';
export * from './formDocuments';
export * from './toIntakeData';

export type RepresentativeBasis = (typeof REPRESENTATIVE_BASES)[number];
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

export interface PersonFields {
  surname: string;
  name: string;
  patronymic: string;
}

export interface ApplicantFields extends PersonFields {
  noIin: boolean;
  iin: string;
  /** ISO date; filled from the IIN, typed by hand without one or with an unknown century digit. */
  birthDate: string;
  status: ApplicantStatus;
  docType: string;
  docNumber: string;
  docIssuedBy: string;
  docIssuedOn: string;
  regDistrict: CityDistrict | '';
  regStreet: string;
  sameAddress: boolean;
  actDistrict: CityDistrict | '';
  actStreet: string;
  phone: string;
  phone2: string;
}

export interface RepresentativeFields extends PersonFields {
  iin: string;
  phone: string;
  basis: RepresentativeBasis | '';
  basisDocument: string;
}

export interface FamilyFields extends PersonFields {
  iin: string;
  birthDate: string;
  relation: FamilyRelation | '';
  occupation: Occupation | '';
  exemption: string;
}

export interface DocumentMark {
  original: boolean;
  copy: boolean;
  /** A notarised copy in place of original and copy, where the document's rule accepts one. */
  notarisedCopy?: boolean;
}

/** A change to the form, made on a draft copy (the session's reducer applies it). */
export type Patch = (mutate: (form: IntakeForm) => void) => void;

export interface IntakeForm {
  v: 1;
  serviceId: ServiceId;
  subType: string | null;
  /** Language of the printed receipt/talon/forms: chosen for the applicant. */
  printLang: Lang;
  applicant: ApplicantFields;
  hasRepresentative: boolean;
  representative: RepresentativeFields;
  family: FamilyFields[];
  answers: Record<string, string>;
  /** Situation questions the inspector answered by hand (a derived answer then stands aside). */
  chosen?: string[];
  documents: Record<string, DocumentMark>;
}

const emptyPerson = (): PersonFields => ({ surname: '', name: '', patronymic: '' });

export function emptyFamilyMember(): FamilyFields {
  return { ...emptyPerson(), iin: '', birthDate: '', relation: '', occupation: '', exemption: '' };
}

export function emptyForm(service: ServiceDef, printLang: Lang): IntakeForm {
  const answers: Record<string, string> = {};
  for (const q of service.situations) answers[q.key] = q.default;
  return {
    v: 1,
    serviceId: service.id,
    subType: null,
    printLang,
    applicant: {
      ...emptyPerson(),
      noIin: false,
      iin: '',
      birthDate: '',
      status: 'citizen',
      docType: 'id-card',
      docNumber: '',
      docIssuedBy: '',
      docIssuedOn: '',
      regDistrict: '',
      regStreet: '',
      sameAddress: true,
      actDistrict: '',
      actStreet: '',
      phone: '',
      phone2: '',
    },
    hasRepresentative: false,
    representative: { ...emptyPerson(), iin: '', phone: '', basis: '', basisDocument: '' },
    family: [],
    answers,
    documents: {},
  };
}

/** The applicant's district that decides the district office (actual address when it differs). */
export function formDistrict(form: IntakeForm): CityDistrict | '' {
  const a = form.applicant;
  return a.sameAddress ? a.regDistrict : a.actDistrict;
}

/** «Қасымов Ә. С. — Жилищная помощь» for the drafts list. */
export function draftLabel(form: IntakeForm, service: ServiceDef, lang: Lang): string {
  const a = form.applicant;
  const who = a.surname.trim() ? surnameWithInitials({ ...a }) : '—';
  return `${who} — ${service.name[lang]}`;
}

/** A stored draft is trusted only as far as its shape: anything else starts a new form. */
export function isIntakeForm(value: unknown): value is IntakeForm {
  const f = value as IntakeForm | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    f.v === 1 &&
    (SERVICE_IDS as readonly string[]).includes(f.serviceId) &&
    typeof f.applicant === 'object' &&
    typeof f.documents === 'object'
  );
}
