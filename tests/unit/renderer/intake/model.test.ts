import { describe, expect, it } from 'vitest';
import { createI18n } from '@renderer/i18n';
import {
  acceptedBases,
  emptyFamilyMember,
  emptyForm,
  iinFeedback,
  isIntakeForm,
  matchesService,
  serviceOptions,
  toIntakeData,
  validateApplicant,
  formChecklist,
  receivedSet,
  type FieldError,
  type IntakeForm,
} from '@renderer/features/intake/model';
import { defaultCatalogue, getService, type ServiceId } from '@shared/catalogue';
import { intakeSchema } from '@shared/case/intake';

const catalogue = defaultCatalogue();
const TODAY = '2026-03-16';
const ru = createI18n('ru');
const kk = createI18n('kk');

function form(serviceId: ServiceId = 'housing-assistance'): IntakeForm {
  const f = emptyForm(getService(catalogue, serviceId), 'ru');
  Object.assign(f.applicant, {
    surname: 'Қасымов',
    name: 'Әли',
    patronymic: 'Серікұлы',
    iin: '950615300000',
    docNumber: '045678912',
    regDistrict: 'almaly',
    regStreet: 'ул. Шевченко, 1',
    phone: '+7 701 000 00 00',
  });
  return f;
}

const validate = (f: IntakeForm) =>
  validateApplicant(f, getService(catalogue, f.serviceId), { today: TODAY });
const at = (errors: FieldError[], path: string) => errors.find((e) => e.path === path);
const both = (e: FieldError | undefined) => {
  if (!e) throw new Error('no error');
  return { ru: ru.t(e.key, e.params), kk: kk.t(e.key, e.params) };
};

describe('intake form validation, messages in Russian and Kazakh', () => {
  it('accepts a complete applicant', () => {
    expect(validate(form())).toEqual([]);
  });

  it('an empty form names every required field', () => {
    const f = emptyForm(getService(catalogue, 'housing-assistance'), 'ru');
    const errors = validate(f);
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'applicant.surname',
        'applicant.name',
        'applicant.iin',
        'applicant.docNumber',
        'applicant.regDistrict',
        'applicant.regStreet',
        'applicant.phone',
      ]),
    );
    expect(both(at(errors, 'applicant.surname'))).toEqual({
      ru: 'Заполните это поле.',
      kk: 'Бұл өрісті толтырыңыз.',
    });
    expect(both(at(errors, 'applicant.iin'))).toEqual({ ru: 'Введите ИИН.', kk: 'ЖСН енгізіңіз.' });
    expect(both(at(errors, 'applicant.regDistrict'))).toEqual({
      ru: 'Выберите район города.',
      kk: 'Қаланың ауданын таңдаңыз.',
    });
  });

  it('an IIN with a wrong check digit uses the iin.json message', () => {
    const f = form();
    f.applicant.iin = '950615300001';
    const m = both(at(validate(f), 'applicant.iin'));
    expect(m.ru).toContain('Контрольная цифра ИИН не сходится');
    expect(m.kk).toContain('ЖСН-нің бақылау цифры');
  });

  it('fills the birth date from the IIN and warns on an unknown century digit', () => {
    expect(iinFeedback('950615300000', TODAY)).toEqual({
      birthDate: '1995-06-15',
      errorKey: null,
      warningKey: null,
    });
    expect(iinFeedback('12345', TODAY).errorKey).toBe('iin:errors.length');
    const f = form();
    f.applicant.iin = '';
    f.applicant.noIin = true;
    // Without an IIN the birth date is typed.
    expect(both(at(validate(f), 'applicant.birthDate')).ru).toBe('Заполните это поле.');
    f.applicant.birthDate = '2030-01-01';
    expect(both(at(validate(f), 'applicant.birthDate'))).toEqual({
      ru: 'Дата не может быть позже сегодняшней.',
      kk: 'Күн бүгінгі күннен кейін болмауы керек.',
    });
  });

  it('"no IIN" only where the service allows it', () => {
    const housing = form('housing-assistance');
    housing.applicant.noIin = true;
    housing.applicant.birthDate = '1990-01-01';
    expect(validate(housing)).toEqual([]);
    const child = form('child-benefit-under-18');
    child.applicant.noIin = true;
    child.applicant.birthDate = '1990-01-01';
    const m = both(at(validate(child), 'applicant.iin'));
    expect(m.ru).toBe('Для этой услуги нужен ИИН заявителя.');
    expect(m.kk).toBe('Бұл қызмет үшін өтініш берушінің ЖСН-і қажет.');
  });

  it('refuses a status the service does not serve', () => {
    const f = form('disability-sanatorium');
    f.applicant.status = 'refugee';
    const m = both(at(validate(f), 'applicant.status'));
    expect(m.ru).toContain('не вправе');
    expect(m.kk).toContain('құқығы жоқ');
  });

  it('checks names, phones and document numbers', () => {
    const f = form();
    f.applicant.surname = 'Ivanov1';
    f.applicant.phone = '12';
    f.applicant.docNumber = '#';
    const errors = validate(f);
    expect(both(at(errors, 'applicant.surname')).kk).toContain('Тек әріптер');
    expect(both(at(errors, 'applicant.phone')).ru).toContain('не меньше шести');
    expect(both(at(errors, 'applicant.docNumber')).ru).toContain('от 3 до 40');
  });

  it('a representative needs the kind of authority the service requires', () => {
    expect(acceptedBases('notarized-power-of-attorney')).toEqual([
      'notarized-power-of-attorney',
      'legal-representative',
    ]);
    const f = form('child-benefit-under-18');
    f.family.push({
      ...emptyFamilyMember(),
      surname: 'Қасымова',
      name: 'Ая',
      iin: '150515600049',
      relation: 'child',
      occupation: 'pupil',
    });
    f.hasRepresentative = true;
    Object.assign(f.representative, {
      surname: 'Иванов',
      name: 'Пётр',
      basis: 'power-of-attorney',
      basisDocument: '№ 1 от 01.02.2026',
    });
    const m = both(at(validate(f), 'representative.basis'));
    expect(m.ru).toBe('Для этой услуги такое основание полномочий не принимается.');
    expect(m.kk).toBe('Бұл қызмет үшін мұндай өкілеттік негізі қабылданбайды.');
    f.representative.basis = 'notarized-power-of-attorney';
    expect(validate(f)).toEqual([]);
  });

  it('family: child benefit needs a child; an exempt member needs the reason', () => {
    const f = form('child-benefit-under-18');
    expect(both(at(validate(f), 'family')).ru).toContain('хотя бы одного ребёнка');
    f.family.push({
      ...emptyFamilyMember(),
      surname: 'Қасымова',
      name: 'Ая',
      relation: 'spouse',
      occupation: 'exempt',
    });
    const errors = validate(f);
    expect(both(at(errors, 'family.0.exemption'))).toEqual({
      ru: 'Укажите причину незанятости.',
      kk: 'Жұмыс істемеу себебін көрсетіңіз.',
    });
    expect(at(errors, 'family.0.birthDate')).toBeDefined();
  });

  // Issue 10, defect 7: bidi overrides and zero-width characters make a name look like another.
  it.each([
    ['zero-width space', 'Ива\u200Bнов'],
    ['right-to-left override', '\u202EвонавИ'],
    ['left-to-right isolate', 'Иванов\u2066'],
    ['zero-width joiner', 'Ив\u200Dанов'],
    ['soft hyphen', 'Ива\u00ADнов'],
    ['byte-order mark inside', 'Ива\uFEFFнов'],
    ['tab', 'Ива\tнов'],
    ['line separator', 'Ива\u2028нов'],
  ])('a name with a %s is refused with its own message', (_what, surname) => {
    const f = form('housing-assistance');
    f.applicant.surname = surname;
    f.hasRepresentative = true;
    Object.assign(f.representative, {
      surname: 'Петров',
      name: surname,
      basis: 'notarized-power-of-attorney',
      basisDocument: '№ 1',
    });
    f.family.push({ ...emptyFamilyMember(), surname: 'Қасымова', name: 'Ая', patronymic: surname });
    const errors = validate(f);
    for (const path of ['applicant.surname', 'representative.name', 'family.0.patronymic']) {
      expect(both(at(errors, path)), path).toEqual({
        ru: 'Имя содержит невидимые или управляющие символы (например, скопированные из другой программы). Наберите его заново.',
        kk: 'Атауда көрінбейтін немесе басқарушы таңбалар бар (мысалы, басқа бағдарламадан көшірілген). Оны қайта теріңіз.',
      });
    }
  });

  it('a field longer than the case may store says how long it may be', () => {
    const f = form('housing-assistance');
    f.applicant.surname = 'Қ'.repeat(101);
    f.applicant.regStreet = 'ул. '.repeat(80);
    f.applicant.docIssuedBy = 'М'.repeat(201);
    const errors = validate(f);
    expect(both(at(errors, 'applicant.surname'))).toEqual({
      ru: 'Слишком длинное значение: не больше 100 знаков.',
      kk: 'Мән тым ұзын: 100 таңбадан аспауы керек.',
    });
    expect(at(errors, 'applicant.regStreet')).toMatchObject({
      key: 'intake:errors.tooLong',
      params: { max: 300 },
    });
    expect(at(errors, 'applicant.docIssuedBy')).toMatchObject({ params: { max: 200 } });
  });

  it('the summary counts with plural forms', () => {
    expect(ru.t('intake:errors.summary', { count: 1 })).toBe('Исправьте 1 поле.');
    expect(ru.t('intake:errors.summary', { count: 3 })).toBe('Исправьте 3 поля.');
    expect(ru.t('intake:errors.summary', { count: 5 })).toBe('Исправьте 5 полей.');
    expect(kk.t('intake:errors.summary', { count: 5 })).toBe('5 өрісті түзетіңіз.');
  });

  it('every message key the validator can produce exists in both languages', () => {
    const keys = [
      'required',
      'nameChars',
      'iinRequiredForService',
      'date',
      'dateFuture',
      'statusNotEligible',
      'docNumber',
      'district',
      'phone',
      'basisNotAccepted',
      'exemptionReason',
      'childRequired',
      'nameInvisible',
      'tooLong',
    ];
    for (const k of keys) {
      for (const i18n of [ru, kk]) {
        const text = i18n.t(`intake:errors.${k}`);
        expect(text, `${i18n.language} ${k}`).not.toContain('errors.');
      }
      expect(ru.t(`intake:errors.${k}`)).not.toBe(kk.t(`intake:errors.${k}`));
    }
  });
});

describe('service chooser', () => {
  it('a ЦОН accepts housing assistance and child benefits; a district office all nine; the department none', () => {
    const center = serviceOptions(catalogue, '22');
    expect(center.filter((o) => o.availability === 'available').map((o) => o.service.id)).toEqual([
      'housing-assistance',
      'child-benefit-under-18',
    ]);
    expect(center.find((o) => o.service.id === 'disability-wheelchair')?.availability).toBe('not-at-center');
    expect(serviceOptions(catalogue, '12').every((o) => o.availability === 'available')).toBe(true);
    expect(serviceOptions(catalogue, '00').every((o) => o.availability === 'office-accepts-nothing')).toBe(
      true,
    );
    expect(ru.t('intake:chooser.why.not-at-center')).toContain('районный отдел');
    expect(kk.t('intake:chooser.why.not-at-center')).toContain('аудандық');
  });

  it('searches both languages, folding Kazakh letters, and by number', () => {
    const housing = getService(catalogue, 'housing-assistance');
    expect(matchesService(housing, 'жилищ')).toBe(true);
    expect(matchesService(housing, 'тұрғын үй')).toBe(true);
    expect(matchesService(housing, 'турғын')).toBe(true);
    expect(matchesService(housing, '1')).toBe(true);
    expect(matchesService(housing, 'коляск')).toBe(false);
  });
});

describe('form → intake', () => {
  it('gives schema-valid intake data with only this checklist’s documents', () => {
    const f = form();
    f.answers.dwelling = 'individual-house';
    f.documents = {
      application: { original: true, copy: false },
      'maintenance-bills': { original: false, copy: true },
      'identity-copy': { original: false, copy: false },
    };
    const list = formChecklist(catalogue, f);
    expect([...receivedSet(f)].sort()).toEqual(['application', 'maintenance-bills']);
    const data = toIntakeData(f, list);
    expect(data.documents.map((d) => d.itemId)).toEqual(['application']);
    expect(data.applicant.birthDate).toBe('1995-06-15');
    expect(data.applicant.actualAddress).toBeNull();
    const parsed = intakeSchema.safeParse({
      ...data,
      channel: 'center',
      rulesVersion: 'x',
      acceptingOfficeCode: '22',
      deskCode: '00',
      districtOfficeCode: '12',
      acceptedAt: 1,
      acceptedBy: { userId: 'u', fullName: 'U' },
    });
    expect(parsed.success).toBe(true);
  });

  it('opens a draft whose answers the catalogue no longer knows', () => {
    const f = form();
    f.answers = { dwelling: 'castle', gone: 'x' };
    f.subType = 'nope';
    const list = formChecklist(catalogue, f);
    expect(list.answers.dwelling).toBe('condominium');
    expect(list.subType).toBeNull();
  });

  it('recognises a stored draft form', () => {
    expect(isIntakeForm(form())).toBe(true);
    expect(isIntakeForm({ v: 2 })).toBe(false);
    expect(isIntakeForm(null)).toBe(false);
  });
});
