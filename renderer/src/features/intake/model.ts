/**
 * The intake form as data: its shape, the empty form and what a draft needs. No React here:
 * components render what these functions decide. Validation (`validation.ts`), the service list
 * (`services.ts`), the checklist (`formDocuments.ts`) and the conversion to the case's intake part
 * (`toIntakeData.ts`) are re-exported, so `./model` stays the one import for the form.
 */
import { surnameWithInitials } from '@shared/case/intake';
import { SERVICE_IDS, type ServiceDef } from '@shared/catalogue';
import type { CityDistrict } from '@shared/directory/types';
import type { Lang } from '@shared/i18n/lang';
import type { FamilyFields, IntakeForm, PersonFields } from './formTypes';

export * from './services';
export * from './validation';
export * from './formDocuments';
export * from './toIntakeData';

export * from './formTypes';

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
