/**
 * The intake schema's own rules applied to the form's text fields as they are typed (issue 16, item
 * 4): the limits are read from shared/case/intake, never copied here. Also names the field behind a
 * schema path, so a refusal at registration speaks of "Фамилия", never of `applicant.surname`.
 */
import { intakeSchema } from '@shared/case/intake';
import { fieldProblem, maxLengthAt } from '@shared/case/limits';
import type { IntakeForm } from './formTypes';
import type { FieldError } from './validation';

/** Form fields stored under another name in the intake schema. */
const RENAMED: Record<string, string> = {
  'applicant.docNumber': 'applicant.identity.number',
  'applicant.docIssuedBy': 'applicant.identity.issuedBy',
  'applicant.regStreet': 'applicant.registeredAddress.street',
  'applicant.actStreet': 'applicant.actualAddress.street',
  'applicant.phone': 'applicant.phones.0',
  'applicant.phone2': 'applicant.phones.1',
};

const PERSON = ['surname', 'name', 'patronymic'] as const;
const APPLICANT_TEXT = [...PERSON, 'docNumber', 'docIssuedBy', 'regStreet', 'actStreet', 'phone', 'phone2'];
const REPRESENTATIVE_TEXT = [...PERSON, 'phone', 'basisDocument'];
const FAMILY_TEXT = [...PERSON, 'exemption'];

const schemaPath = (formPath: string) => RENAMED[formPath] ?? formPath;

/** The schema's maximum for a form field (maxLength of the input), null when it states none. */
export function fieldMax(formPath: string): number | null {
  return maxLengthAt(intakeSchema, schemaPath(formPath).replace(/^family\.\d+/, 'family.0'));
}

/** The form's text fields the schema refuses: too long (with the limit) or with characters it does not take. */
export function limitErrors(form: IntakeForm): FieldError[] {
  const out: FieldError[] = [];
  const check = (path: string, value: string) => {
    const p = fieldProblem(intakeSchema, schemaPath(path), value);
    if (p?.code === 'too-long') out.push({ path, key: 'intake:errors.tooLong', params: { max: p.max } });
    else if (p) out.push({ path, key: 'intake:errors.fieldInvalid' });
  };
  const a = form.applicant as unknown as Record<string, string>;
  for (const k of APPLICANT_TEXT) check(`applicant.${k}`, a[k] ?? '');
  if (form.hasRepresentative) {
    const r = form.representative as unknown as Record<string, string>;
    for (const k of REPRESENTATIVE_TEXT) check(`representative.${k}`, r[k] ?? '');
  }
  form.family.forEach((m, i) => {
    const f = m as unknown as Record<string, string>;
    for (const k of FAMILY_TEXT) check(`family.${i}.${k}`, f[k] ?? '');
  });
  return out;
}

/** The schema's verdict on one text of the intake outside the form's fields (the duplicate reason). */
export function intakeTextError(schemaPath: string, value: string): FieldError | null {
  const p = fieldProblem(intakeSchema, schemaPath, value);
  if (!p) return null;
  return p.code === 'too-long'
    ? { path: schemaPath, key: 'intake:errors.tooLong', params: { max: p.max } }
    : { path: schemaPath, key: 'intake:errors.fieldInvalid' };
}

/** Messages shown while typing, before any "Next": the schema's limits. */
export const LIVE_ERROR_KEYS: readonly string[] = ['intake:errors.tooLong', 'intake:errors.fieldInvalid'];

const SCHEMA_TO_FIELD: Record<string, string> = {
  'identity.number': 'docNumber',
  'identity.issuedBy': 'docIssuedBy',
  'identity.issuedOn': 'docIssuedOn',
  'registeredAddress.street': 'regStreet',
  'registeredAddress.district': 'regDistrict',
  'actualAddress.street': 'actStreet',
  'actualAddress.district': 'actDistrict',
  phones: 'phone',
};

/**
 * The `intake:fields.*` key of the field behind a schema path (`applicant.identity.number` →
 * `fields.docNumber`); null when the path names no field of the form.
 */
export function fieldLabelKey(path: string): string | null {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  const rest = parts.slice(1).join('.');
  const renamed = Object.entries(SCHEMA_TO_FIELD).find(([k]) => rest === k || rest.startsWith(`${k}.`));
  const field = renamed ? renamed[1] : parts[parts.length - 1];
  const known = [
    ...APPLICANT_TEXT,
    ...REPRESENTATIVE_TEXT,
    ...FAMILY_TEXT,
    'iin',
    'birthDate',
    'status',
    'docType',
    'docIssuedOn',
    'regDistrict',
    'actDistrict',
    'basis',
    'relation',
    'occupation',
    'subType',
  ];
  return field && known.includes(field) ? `fields.${field}` : null;
}
