import { describe, expect, it } from 'vitest';
import { EMPTY_COMPLAINT_FORM, validateComplaintForm, type ComplaintForm } from '@shared/complaints';

const today = '2026-03-02';
const ok: ComplaintForm = {
  ...EMPTY_COMPLAINT_FORM,
  channel: 'post',
  kind: 'result',
  iin: '950615300000',
  surname: 'Қасымов',
  name: 'Әли',
  address: 'г. Алматы, ул. Шевченко, 1',
  caseNumber: '',
  summary: 'Не согласен с отказом',
  attachmentSheets: '2',
};

describe('complaint registration form', () => {
  it('turns a valid form into data', () => {
    const r = validateComplaintForm(ok, today);
    expect(r).toMatchObject({ ok: true, data: { channel: 'post', attachmentSheets: 2, caseId: '' } });
  });

  it('refuses a complaint by post without a postal address, but not one by hand', () => {
    expect(validateComplaintForm({ ...ok, address: ' ' }, today)).toEqual({
      ok: false,
      errors: { address: 'postal-address-required' },
    });
    expect(validateComplaintForm({ ...ok, channel: 'hand', address: '' }, today).ok).toBe(true);
  });

  it('checks the IIN, unless the complainant has none', () => {
    expect(validateComplaintForm({ ...ok, iin: '950615300001' }, today)).toEqual({
      ok: false,
      errors: { iin: 'iin-checksum' },
    });
    expect(validateComplaintForm({ ...ok, iin: '', noIin: true }, today)).toMatchObject({
      ok: true,
      data: { complainant: { iin: '', noIin: true } },
    });
  });

  it('refuses a case number that fails its check digit, and keeps the digits of a good one', () => {
    expect(validateComplaintForm({ ...ok, caseNumber: '22 00 0 26 000001 0' }, today)).toEqual({
      ok: false,
      errors: { caseNumber: 'case-check-digit' },
    });
    expect(validateComplaintForm({ ...ok, caseNumber: '1234' }, today)).toEqual({
      ok: false,
      errors: { caseNumber: 'case-length' },
    });
  });

  it('names every missing required field at once', () => {
    const r = validateComplaintForm({ ...EMPTY_COMPLAINT_FORM, channel: '', attachmentSheets: '-1' }, today);
    expect(r).toEqual({
      ok: false,
      errors: {
        channel: 'required',
        kind: 'required',
        surname: 'required',
        summary: 'required',
        iin: 'iin-empty',
        attachmentSheets: 'sheets-invalid',
      },
    });
  });
});
