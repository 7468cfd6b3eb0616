/** The intake form's shape: what the screens edit and a draft stores (no functions here). */
import type { FAMILY_RELATIONS, OCCUPATIONS, REPRESENTATIVE_BASES } from '@shared/case/intake';
import type { ApplicantStatus, ServiceId } from '@shared/catalogue';
import type { CityDistrict } from '@shared/directory/types';
import type { Lang } from '@shared/i18n/lang';

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
