/**
 * The intake form as data, with its validation and its conversion to the case's intake part. No
 * React here: components render what these functions decide, and unit tests check the messages in
 * both languages. Messages are i18n keys (`intake:errors.*`, `iin:errors.*`) with parameters.
 */
import {
  FAMILY_RELATIONS,
  OCCUPATIONS,
  REPRESENTATIVE_BASES,
  type FamilyMember,
  type ReceivedDocument,
} from '@shared/case/intake';
import {
  SERVICE_IDS,
  acceptedBases as basesOf,
  anyMark,
  checklist,
  defaultCatalogue,
  listsFamily,
  markedCompleteness,
  missingRelations,
  type ApplicantStatus,
  type Completeness,
  type Catalogue,
  type ChecklistResult,
  type ServiceDef,
  type ServiceId,
  type Representation,
  type RepresentationAuthority,
} from '@shared/catalogue';
import type { CityDistrict } from '@shared/directory/types';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import { validateIin } from '@shared/iin';
import { isLocalDate, type LocalDate } from '@shared/time/almaty';
import { surnameWithInitials, TEXT_MAX } from '@shared/case/intake';
import { hasInvisibleCharacters } from '@shared/case/text';
import type { IntakeData } from '../../cases/register';
import { effectiveAnswers } from './derived';

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

/** Whether the application lists the family: the catalogue's `family` rule (housing, АСП, child benefits). */
export const needsFamily = (service: Pick<ServiceDef, 'family'> | ServiceId) =>
  listsFamily(typeof service === 'string' ? defaultCatalogue().services[service] : service);

/** Bases of authority a service accepts for a representative: the catalogue's representation rule. */
export function acceptedBases(
  representation: Representation | RepresentationAuthority,
): RepresentativeBasis[] {
  return basesOf(representation);
}

// ── Service availability ────────────────────────────────────────────────────────────────────────

export type Availability =
  | 'available'
  /** The catalogue does not open this service at a ЦОН (docs/decisions.md, channels). */
  | 'not-at-center'
  | 'not-at-district'
  /** The Управление (department) accepts no applications. */
  | 'office-accepts-nothing';

export interface ServiceOption {
  service: ServiceDef;
  availability: Availability;
}

export function serviceOptions(catalogue: Catalogue, officeCode: string): ServiceOption[] {
  const type = officeByCode(officeCode)?.type;
  return SERVICE_IDS.map((id) => {
    const service = catalogue.services[id];
    let availability: Availability;
    if (type === 'center') availability = service.channels.center?.enabled ? 'available' : 'not-at-center';
    else if (type === 'district')
      availability = service.channels.district?.enabled ? 'available' : 'not-at-district';
    else availability = 'office-accepts-nothing';
    return { service, availability };
  });
}

/** Case-, ё- and Kazakh-letter-insensitive search in both languages' names and the service number. */
export function matchesService(service: ServiceDef, query: string): boolean {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[қ]/g, 'к')
      .replace(/[ә]/g, 'а')
      .replace(/[үұ]/g, 'у')
      .replace(/[ө]/g, 'о')
      .replace(/[ғ]/g, 'г')
      .replace(/[ң]/g, 'н')
      .replace(/[і]/g, 'и')
      .replace(/[һ]/g, 'х');
  const q = fold(query.trim());
  if (q === '') return true;
  if (q === String(service.number)) return true;
  const hay = fold(`${service.name.ru} ${service.name.kk}`);
  return q.split(/\s+/).every((word) => hay.includes(word));
}

// ── Validation ──────────────────────────────────────────────────────────────────────────────────

export interface FieldError {
  /** Dotted path of the field: `applicant.iin`, `family.0.relation`, `representative.basis` … */
  path: string;
  /** i18n key with namespace, e.g. `intake:errors.required` or `iin:errors.checksum`. */
  key: string;
  params?: Record<string, string | number>;
}

const NAME_RE = /^[\p{L}][\p{L}\s'’-]*$/u;
const PHONE_RE = /^\+?[\d\s()-]{6,20}$/;

export interface ValidateOptions {
  /** Today in Almaty (a birth date after it is an error). */
  today: LocalDate;
}

/** A name part's own message: invisible characters (issue 10), letters only, then its length. */
function nameError(v: string, path: string): FieldError | null {
  if (hasInvisibleCharacters(v)) return { path, key: 'intake:errors.nameInvisible' };
  if (!NAME_RE.test(v)) return { path, key: 'intake:errors.nameChars' };
  return tooLong(v, path, TEXT_MAX.name);
}

/** The case schema's maximum for a free-text field (shared/case/intake TEXT_MAX). */
function tooLong(v: string, path: string, max: number): FieldError | null {
  return v.trim().length > max ? { path, key: 'intake:errors.tooLong', params: { max } } : null;
}

function push(out: FieldError[], e: FieldError | null): void {
  if (e) out.push(e);
}

function checkPerson(p: PersonFields, prefix: string, out: FieldError[], patronymicAllowed = true): void {
  for (const field of ['surname', 'name'] as const) {
    const v = p[field].trim();
    if (v === '') out.push({ path: `${prefix}.${field}`, key: 'intake:errors.required' });
    else push(out, nameError(v, `${prefix}.${field}`));
  }
  const pat = p.patronymic.trim();
  if (patronymicAllowed && pat !== '') push(out, nameError(pat, `${prefix}.patronymic`));
}

function checkIin(value: string, path: string, today: LocalDate, out: FieldError[], required: boolean) {
  if (value === '' && !required) return null;
  const r = validateIin(value, { today });
  if (!r.valid) {
    out.push({ path, key: `iin:errors.${r.errors[0]}` });
    return null;
  }
  return r;
}

function checkDate(value: string, path: string, today: LocalDate, out: FieldError[], required: boolean) {
  if (value === '') {
    if (required) out.push({ path, key: 'intake:errors.required' });
    return;
  }
  if (!isLocalDate(value)) out.push({ path, key: 'intake:errors.date' });
  else if (value > today) out.push({ path, key: 'intake:errors.dateFuture' });
}

/** What the IIN tells the form as it is typed: the birth date, or the message to show. */
export function iinFeedback(
  iin: string,
  today: LocalDate,
): { birthDate: LocalDate | null; errorKey: string | null; warningKey: string | null } {
  if (iin === '') return { birthDate: null, errorKey: null, warningKey: null };
  const r = validateIin(iin, { today });
  return {
    birthDate: r.valid ? r.birthDate : null,
    errorKey: r.valid ? null : `iin:errors.${r.errors[0]}`,
    warningKey: r.warnings[0] ? `iin:warnings.${r.warnings[0]}` : null,
  };
}

export function validateApplicant(
  form: IntakeForm,
  service: ServiceDef,
  opts: ValidateOptions,
): FieldError[] {
  const out: FieldError[] = [];
  const a = form.applicant;
  checkPerson(a, 'applicant', out);
  let birthFromIin = false;
  if (a.noIin) {
    if (!service.allowsApplicantWithoutIin)
      out.push({ path: 'applicant.iin', key: 'intake:errors.iinRequiredForService' });
  } else {
    const r = checkIin(a.iin, 'applicant.iin', opts.today, out, true);
    birthFromIin = r !== null && r.birthDate !== null;
  }
  if (!birthFromIin) checkDate(a.birthDate, 'applicant.birthDate', opts.today, out, true);
  if (!service.eligibleStatuses.includes(a.status))
    out.push({ path: 'applicant.status', key: 'intake:errors.statusNotEligible' });
  if (a.docType.trim() === '') out.push({ path: 'applicant.docType', key: 'intake:errors.required' });
  if (a.docNumber.trim() === '') out.push({ path: 'applicant.docNumber', key: 'intake:errors.required' });
  else if (!/^[\p{L}\d\s№/-]{3,40}$/u.test(a.docNumber.trim()))
    out.push({ path: 'applicant.docNumber', key: 'intake:errors.docNumber' });
  push(out, tooLong(a.docIssuedBy, 'applicant.docIssuedBy', TEXT_MAX.issuedBy));
  checkDate(a.docIssuedOn, 'applicant.docIssuedOn', opts.today, out, false);
  if (a.regDistrict === '') out.push({ path: 'applicant.regDistrict', key: 'intake:errors.district' });
  if (a.regStreet.trim() === '') out.push({ path: 'applicant.regStreet', key: 'intake:errors.required' });
  else push(out, tooLong(a.regStreet, 'applicant.regStreet', TEXT_MAX.street));
  if (!a.sameAddress) {
    if (a.actDistrict === '') out.push({ path: 'applicant.actDistrict', key: 'intake:errors.district' });
    if (a.actStreet.trim() === '') out.push({ path: 'applicant.actStreet', key: 'intake:errors.required' });
    else push(out, tooLong(a.actStreet, 'applicant.actStreet', TEXT_MAX.street));
  }
  if (a.phone.trim() === '') out.push({ path: 'applicant.phone', key: 'intake:errors.required' });
  else if (!PHONE_RE.test(a.phone.trim())) out.push({ path: 'applicant.phone', key: 'intake:errors.phone' });
  if (a.phone2.trim() !== '' && !PHONE_RE.test(a.phone2.trim()))
    out.push({ path: 'applicant.phone2', key: 'intake:errors.phone' });

  if (form.hasRepresentative && acceptedBases(service.representation).length === 0) {
    // 3.5 §13: issued only on a personal visit; the catalogue says so, not the form.
    out.push({ path: 'representative.basis', key: 'intake:errors.inPersonOnly' });
  } else if (form.hasRepresentative) {
    const r = form.representative;
    checkPerson(r, 'representative', out);
    checkIin(r.iin, 'representative.iin', opts.today, out, false);
    if (r.phone.trim() !== '' && !PHONE_RE.test(r.phone.trim()))
      out.push({ path: 'representative.phone', key: 'intake:errors.phone' });
    const bases = acceptedBases(service.representation);
    if (r.basis === '') out.push({ path: 'representative.basis', key: 'intake:errors.required' });
    else if (!bases.includes(r.basis))
      out.push({ path: 'representative.basis', key: 'intake:errors.basisNotAccepted' });
    if (r.basisDocument.trim() === '')
      out.push({ path: 'representative.basisDocument', key: 'intake:errors.required' });
    else push(out, tooLong(r.basisDocument, 'representative.basisDocument', TEXT_MAX.basisDocument));
  }

  if (needsFamily(service)) {
    form.family.forEach((m, i) => {
      const p = `family.${i}`;
      checkPerson(m, p, out);
      checkIin(m.iin, `${p}.iin`, opts.today, out, false);
      if (m.iin === '') checkDate(m.birthDate, `${p}.birthDate`, opts.today, out, true);
      if (m.relation === '') out.push({ path: `${p}.relation`, key: 'intake:errors.required' });
      if (m.occupation === '') out.push({ path: `${p}.occupation`, key: 'intake:errors.required' });
      if (m.occupation === 'exempt' && m.exemption.trim() === '')
        out.push({ path: `${p}.exemption`, key: 'intake:errors.exemptionReason' });
      push(out, tooLong(m.exemption, `${p}.exemption`, TEXT_MAX.exemption));
    });
    const lacking = missingRelations(
      service,
      form.family.map((m) => m.relation),
    );
    if (lacking.includes('child')) out.push({ path: 'family', key: 'intake:errors.childRequired' });
    else if (lacking.length > 0) out.push({ path: 'family', key: 'intake:errors.relationRequired' });
  }
  if (service.subTypes.length > 0 && form.subType === null)
    out.push({ path: 'subType', key: 'intake:errors.required' });
  return out;
}

// ── Documents ───────────────────────────────────────────────────────────────────────────────────

/**
 * The checklist for the form's answers, with what step 1 and the family already say (./derived). A draft typed under other rules (the administrator changed a
 * question or a sub-type since) keeps only answers and a sub-type the catalogue still knows, so an
 * old draft opens instead of failing.
 */
export function formChecklist(catalogue: Catalogue, form: IntakeForm): ChecklistResult {
  const service = catalogue.services[form.serviceId];
  const answers: Record<string, string> = {};
  const effective = effectiveAnswers(service, form);
  for (const q of service.situations) {
    const given = effective[q.key];
    if (given !== undefined && q.values.some((v) => v.value === given)) answers[q.key] = given;
  }
  const subType = service.subTypes.some((s) => s.id === form.subType) ? form.subType : null;
  return checklist(catalogue, form.serviceId, subType, answers);
}

export function receivedSet(form: IntakeForm): Set<string> {
  return new Set(
    Object.entries(form.documents)
      .filter(([, m]) => anyMark(m))
      .map(([id]) => id),
  );
}

/** Completeness by each document's rule for originals and copies (issue 14, defect 1). */
export function formCompleteness(service: ServiceDef, list: ChecklistResult, form: IntakeForm): Completeness {
  return markedCompleteness(service, list, form.documents);
}

// ── Conversion ──────────────────────────────────────────────────────────────────────────────────

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

export function toIntakeData(
  form: IntakeForm,
  list: ChecklistResult,
  service: Pick<ServiceDef, 'family'> | ServiceId = form.serviceId,
): IntakeData {
  const a = form.applicant;
  const iin = a.noIin ? '' : a.iin.trim();
  const fromIin = iin ? validateIin(iin).birthDate : null;
  const listed = [...list.required, ...list.optional];
  const documents: ReceivedDocument[] = listed
    .filter((d) => anyMark(form.documents[d.id]))
    .map((d) => ({
      itemId: d.id,
      originalShown: form.documents[d.id]!.original,
      copyReceived: form.documents[d.id]!.copy,
      ...(form.documents[d.id]!.notarisedCopy ? { notarisedCopy: true } : {}),
    }));
  const family: FamilyMember[] = needsFamily(service)
    ? form.family.map((m) => ({
        surname: clean(m.surname),
        name: clean(m.name),
        patronymic: clean(m.patronymic),
        iin: m.iin.trim(),
        birthDate: (m.iin.trim() ? validateIin(m.iin.trim()).birthDate : null) ?? (m.birthDate || null),
        relation: m.relation as FamilyRelation,
        occupation: m.occupation as Occupation,
        exemption: clean(m.exemption),
      }))
    : [];
  const r = form.representative;
  return {
    serviceId: form.serviceId,
    subType: list.subType,
    applicant: {
      surname: clean(a.surname),
      name: clean(a.name),
      patronymic: clean(a.patronymic),
      iin,
      birthDate: fromIin ?? (a.birthDate || null),
      status: a.status,
      identity: {
        docType: a.docType,
        number: clean(a.docNumber),
        issuedBy: clean(a.docIssuedBy),
        issuedOn: a.docIssuedOn || null,
      },
      registeredAddress: { district: a.regDistrict as CityDistrict, street: clean(a.regStreet) },
      actualAddress: a.sameAddress
        ? null
        : { district: a.actDistrict as CityDistrict, street: clean(a.actStreet) },
      phones: [a.phone, a.phone2].map(clean).filter(Boolean),
    },
    representative: form.hasRepresentative
      ? {
          surname: clean(r.surname),
          name: clean(r.name),
          patronymic: clean(r.patronymic),
          iin: r.iin.trim(),
          phone: clean(r.phone),
          basis: r.basis as RepresentativeBasis,
          basisDocument: clean(r.basisDocument),
        }
      : null,
    family,
    answers: list.answers,
    documents,
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
