import { describe, expect, it } from 'vitest';
import { createI18n } from '@renderer/i18n';
import { derivedAnswers, effectiveAnswers } from '@renderer/features/intake/derived';
import { maxLengthAt } from '@shared/case/limits';
import { intakeSchema } from '@shared/case/intake';
import { fieldLabelKey, fieldMax, intakeTextError, limitErrors } from '@renderer/features/intake/limits';
import {
  emptyFamilyMember,
  emptyForm,
  formChecklist,
  type IntakeForm,
} from '@renderer/features/intake/model';
import { earlierNames } from '@renderer/features/intake/nameCheck';
import { initialSession, sessionReducer } from '@renderer/features/intake/sessionState';
import { defaultCatalogue, getService, type ServiceId } from '@shared/catalogue';

const catalogue = defaultCatalogue();
const ru = createI18n('ru');
const kk = createI18n('kk');
const form = (serviceId: ServiceId = 'child-benefit-under-18'): IntakeForm =>
  emptyForm(getService(catalogue, serviceId), 'ru');
const ids = (f: IntakeForm) => formChecklist(catalogue, f).required.map((d) => d.id);
const child = (iin: string) => ({
  ...emptyFamilyMember(),
  name: 'Бала',
  surname: 'Қасымова',
  iin,
  relation: 'child' as const,
});

describe('each fact asked once: step 2 follows step 1 (issue 16, item 3)', () => {
  it('a representative chosen in step 1 puts the power of attorney on the checklist', () => {
    const f = form();
    expect(ids(f)).not.toContain('notarized-power-of-attorney');
    f.hasRepresentative = true;
    expect(ids(f)).toContain('notarized-power-of-attorney');
    expect(derivedAnswers(getService(catalogue, f.serviceId), f)['representative']).toMatchObject({
      value: 'representative',
      locked: true,
    });
  });

  it('the applicant status of step 1 decides the oralman certificate, whatever step 2 held', () => {
    const f = form();
    f.answers['applicantStatus'] = 'citizen';
    f.applicant.status = 'oralman';
    expect(ids(f)).toContain('oralman-certificate');
    f.applicant.status = 'citizen';
    f.answers['applicantStatus'] = 'oralman';
    expect(ids(f)).not.toContain('oralman-certificate');
  });
});

describe('derived from the data: births after 13.08.2007 (issue 16, item 6)', () => {
  const service = getService(catalogue, 'child-benefit-under-18');
  const withState = (f: IntakeForm) => {
    f.answers['stateSystems'] = 'available';
    f.chosen = ['stateSystems'];
    return f;
  };

  it("children's IINs born after the day answer yes: no birth certificates from the state systems", () => {
    const f = withState(form());
    f.family = [child('100101600009'), child('150505500008')];
    expect(derivedAnswers(service, f)['birthsRegisteredAfter2007']).toMatchObject({
      value: 'yes',
      locked: false,
    });
    expect(ids(f)).not.toContain('birth-certificates');
  });

  it('a child born before the day answers no, and it cannot be changed', () => {
    const f = withState(form());
    f.family = [child('100101600009'), { ...child(''), birthDate: '2005-03-01' }];
    f.answers['birthsRegisteredAfter2007'] = 'yes';
    f.chosen!.push('birthsRegisteredAfter2007');
    expect(derivedAnswers(service, f)['birthsRegisteredAfter2007']).toMatchObject({
      value: 'no',
      locked: true,
    });
    expect(ids(f)).toContain('birth-certificates');
  });

  it('the inspector may still say no for children born after the day (a birth abroad)', () => {
    const f = withState(form());
    f.family = [child('100101600009')];
    f.answers['birthsRegisteredAfter2007'] = 'no';
    f.chosen!.push('birthsRegisteredAfter2007');
    expect(effectiveAnswers(service, f)['birthsRegisteredAfter2007']).toBe('no');
    expect(ids(f)).toContain('birth-certificates');
  });

  it('nothing is derived while a child has no birth date yet', () => {
    const f = form();
    f.family = [child('100101600009'), child('')];
    expect(derivedAnswers(service, f)['birthsRegisteredAfter2007']).toBeUndefined();
  });
});

describe('field limits from the schema, with messages in both languages (issue 16, item 4)', () => {
  it('a 300-character surname is refused on the field with the limit, never with its path', () => {
    const f = form('housing-assistance');
    f.applicant.surname = 'Қ'.repeat(300);
    const max = fieldMax('applicant.surname')!;
    const e = limitErrors(f).find((x) => x.path === 'applicant.surname')!;
    expect(e).toMatchObject({ key: 'intake:errors.tooLong', params: { max } });
    expect(ru.t(e.key, e.params)).toBe(`Слишком длинное значение: не больше ${max} знаков.`);
    expect(kk.t(e.key, e.params)).toBe(`Мән тым ұзын: ${max} таңбадан аспауы керек.`);
  });

  it('checks renamed fields, the representative and family members', () => {
    const f = form('housing-assistance');
    f.applicant.regStreet = 'у'.repeat(fieldMax('applicant.regStreet')! + 1);
    f.applicant.docNumber = '1'.repeat(fieldMax('applicant.docNumber')! + 1);
    f.hasRepresentative = true;
    f.representative.basisDocument = 'д'.repeat(fieldMax('representative.basisDocument')! + 1);
    f.family = [{ ...emptyFamilyMember(), name: 'и'.repeat(fieldMax('family.0.name')! + 1) }];
    expect(limitErrors(f).map((e) => e.path)).toEqual([
      'applicant.docNumber',
      'applicant.regStreet',
      'representative.basisDocument',
      'family.0.name',
    ]);
  });

  it("the duplicate reason, stored with the case, gets the schema's limit too", () => {
    const max = maxLengthAt(intakeSchema, 'duplicateReason')!;
    expect(intakeTextError('duplicateReason', 'п'.repeat(max))).toBeNull();
    const e = intakeTextError('duplicateReason', 'п'.repeat(max + 1))!;
    expect(ru.t(e.key, e.params)).toBe(`Слишком длинное значение: не больше ${max} знаков.`);
  });

  it('names the form field behind a schema path', () => {
    expect(fieldLabelKey('applicant.surname')).toBe('fields.surname');
    expect(fieldLabelKey('applicant.identity.number')).toBe('fields.docNumber');
    expect(fieldLabelKey('applicant.registeredAddress.street')).toBe('fields.regStreet');
    expect(fieldLabelKey('applicant.phones.0')).toBe('fields.phone');
    expect(fieldLabelKey('family.2.exemption')).toBe('fields.exemption');
    expect(fieldLabelKey('answers')).toBeNull();
  });
});

describe('the same IIN under another name (issue 16, item 6)', () => {
  const row = (id: string, surname: string, name: string, patronymic = '') => ({
    id,
    intake: { applicant: { surname, name, patronymic } },
  });

  it('lists each different earlier name once with its cases', () => {
    const rows = [row('1', 'Иванов', 'Иван'), row('2', 'Петров', 'Пётр'), row('3', 'ИВАНОВ', 'Иван')];
    expect(earlierNames(rows, { surname: 'Қасымов', name: 'Әли', patronymic: '' })).toEqual([
      { name: 'Иванов Иван', caseIds: ['1', '3'] },
      { name: 'Петров Пётр', caseIds: ['2'] },
    ]);
  });

  it('the same name in another spelling or without a patronymic is no conflict', () => {
    const rows = [row('1', 'Касымов', 'Али', 'Серикулы'), row('2', 'Қасымов', 'Әли')];
    expect(earlierNames(rows, { surname: 'Қасымов', name: 'Әли', patronymic: 'Серікұлы' })).toEqual([]);
    expect(earlierNames(rows, { surname: '', name: '', patronymic: '' })).toEqual([]);
  });
});

describe('the session reducer (issue 11: the form only renders)', () => {
  it('a change marks the draft dirty and voids the duplicate warning', () => {
    let s = initialSession(form());
    s = sessionReducer(s, { type: 'duplicates', rows: [] });
    s = sessionReducer(s, { type: 'patch', mutate: (f) => void (f.applicant.surname = 'А') });
    expect(s).toMatchObject({ dirty: true, duplicates: null });
    expect(s.form.applicant.surname).toBe('А');
  });

  it('the refusal is confirmed before it is done, and reprints are counted', () => {
    let s = initialSession(form());
    s = sessionReducer(s, { type: 'confirm-refusal', open: true });
    expect(s.confirmingRefusal).toBe(true);
    s = sessionReducer(s, { type: 'refused', refusal: { id: 7, at: 1, missing: [] } });
    s = sessionReducer(s, { type: 'reprinted' });
    expect(s).toMatchObject({ confirmingRefusal: false, refusal: { id: 7, reprints: 1 } });
  });
});
