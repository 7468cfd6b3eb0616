/**
 * The registration form checked field by field (issue 15, bad input): each error is a code the UI
 * shows in the user's language, so nothing typed is lost and the person sees what to fix.
 */
import { parseCaseNumber } from '../case-number';
import { validateIin, type IinErrorCode } from '../iin';
import type { LocalDate } from '../time/almaty';
import { complaintDataSchema, type ComplaintChannel, type ComplaintData, type ComplaintKind } from './record';

/** The form as typed: strings everywhere, so a draft keeps exactly what the person entered. */
export interface ComplaintForm {
  channel: ComplaintChannel | '';
  kind: ComplaintKind | '';
  noIin: boolean;
  iin: string;
  surname: string;
  name: string;
  patronymic: string;
  address: string;
  phone: string;
  caseNumber: string;
  employee: string;
  summary: string;
  attachmentSheets: string;
}

export const EMPTY_COMPLAINT_FORM: ComplaintForm = {
  channel: 'hand',
  kind: '',
  noIin: false,
  iin: '',
  surname: '',
  name: '',
  patronymic: '',
  address: '',
  phone: '',
  caseNumber: '',
  employee: '',
  summary: '',
  attachmentSheets: '0',
};

export type ComplaintFieldError =
  | 'required'
  | 'postal-address-required'
  | `iin-${IinErrorCode}`
  | 'case-length'
  | 'case-non-digit'
  | 'case-check-digit'
  | 'sheets-invalid';

export type ComplaintFormErrors = Partial<Record<keyof ComplaintForm, ComplaintFieldError>>;

export type ComplaintFormResult =
  { ok: true; data: ComplaintData } | { ok: false; errors: ComplaintFormErrors };

/** Checks the form; `today` (Almaty) bounds the IIN's birth date. */
export function validateComplaintForm(form: ComplaintForm, today: LocalDate): ComplaintFormResult {
  const errors: ComplaintFormErrors = {};
  if (form.channel === '') errors.channel = 'required';
  if (form.kind === '') errors.kind = 'required';
  if (!form.surname.trim()) errors.surname = 'required';
  if (!form.summary.trim()) errors.summary = 'required';
  // §26: the answer goes by post, so a complaint by post without a return address cannot be answered.
  if (form.channel === 'post' && !form.address.trim()) errors.address = 'postal-address-required';
  let iin = '';
  if (!form.noIin) {
    const r = validateIin(form.iin, { today });
    if (!r.valid) errors.iin = `iin-${r.errors[0] ?? 'empty'}`;
    else iin = r.digits ?? '';
  }
  let caseId = '';
  if (form.caseNumber.trim()) {
    const r = parseCaseNumber(form.caseNumber);
    if (r.ok) caseId = r.value.digits;
    else errors.caseNumber = `case-${r.error}`;
  }
  const sheets = form.attachmentSheets.trim() === '' ? 0 : Number(form.attachmentSheets);
  if (!Number.isInteger(sheets) || sheets < 0 || sheets > 999) errors.attachmentSheets = 'sheets-invalid';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = complaintDataSchema.safeParse({
    channel: form.channel,
    kind: form.kind,
    complainant: {
      iin,
      noIin: form.noIin,
      surname: form.surname,
      name: form.name,
      patronymic: form.patronymic,
      address: form.address,
      phone: form.phone,
    },
    caseId,
    employee: form.employee,
    summary: form.summary,
    attachmentSheets: sheets,
  });
  if (!parsed.success) {
    // Lengths beyond the schema's limits: name the first field the schema refused.
    const first = parsed.error.issues[0]?.path.at(-1);
    const key = (typeof first === 'string' && first in form ? first : 'summary') as keyof ComplaintForm;
    return { ok: false, errors: { [key]: 'required' } };
  }
  return { ok: true, data: parsed.data };
}
