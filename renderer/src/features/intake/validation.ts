/**
 * Validation of step 1 of the form. Messages are i18n keys (`intake:errors.*`, `iin:errors.*`) with
 * parameters; unit tests check them in both languages.
 */
import { TEXT_MAX } from '@shared/case/intake';
import { hasInvisibleCharacters } from '@shared/case/text';
import type { ServiceDef } from '@shared/catalogue';
import { missingRelations } from '@shared/catalogue';
import { validateIin } from '@shared/iin';
import { isLocalDate, type LocalDate } from '@shared/time/almaty';
import type { IntakeForm, PersonFields } from './formTypes';
import { acceptedBases, needsFamily } from './services';

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
