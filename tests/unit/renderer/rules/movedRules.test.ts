/**
 * Rules that lived in React components and renderer modules, now read from the catalogue (issue 14,
 * defect 2): one table row per rule and service, and for each an administrator's override that
 * changes what the intake asks or what is printed.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '@shared/i18n/lang';
import { context, flatText } from '../../print/tools';

const delivered: Uint8Array[] = [];
vi.mock('@renderer/print/printKit', async (importOriginal) => {
  const real = await importOriginal<typeof import('@renderer/print/printKit')>();
  return {
    ...real,
    loadPrintKit: async (lang: Lang) => ({ print: await real.loadPrintBuilders(), ctx: context(lang) }),
    deliverPdf: async (bytes: Uint8Array) => {
      delivered.push(bytes);
      return 'printed' as const;
    },
  };
});

import {
  SERVICE_IDS,
  applyOverrides,
  defaultCatalogue,
  defaultPeriodMonths,
  needsUnemployedRegistration,
  type Catalogue,
  type ServiceId,
} from '@shared/catalogue';
import { buildCalendar } from '@shared/calendar';
import { caseDeadlines } from '@shared/deadlines';
import { almatyInstant } from '@shared/time/almaty';
import { createI18n } from '@renderer/i18n';
import {
  emptyFamilyMember,
  emptyForm,
  needsFamily,
  validateApplicant,
  type IntakeForm,
} from '@renderer/features/intake/model';
import { buildCaseDocument, printableDocuments, receiptDocumentLine } from '@renderer/print/caseDocuments';
import { originalsLimit, printResultDocument, limitEnd } from '@renderer/workflow/printResult';
import { isPaymentService } from '@renderer/registry/paymentRequest';
import { recordsReferral } from '@renderer/features/workflow/EventForm';
import { caseAuditAction } from '@renderer/journal/actions';
import { closeTestDbs, testDb } from '../testDb';
import { makeCase } from '../journal/fixtures';

afterEach(async () => {
  delivered.length = 0;
  await closeTestDbs();
});

const cat = defaultCatalogue();
const calendar = buildCalendar();
const TODAY = '2026-03-16';
const tRu = createI18n('ru').getFixedT('ru', 'intake');

function applicantForm(c: Catalogue, serviceId: ServiceId): IntakeForm {
  const f = emptyForm(c.services[serviceId], 'ru');
  Object.assign(f.applicant, {
    surname: 'Қасымов',
    name: 'Әли',
    iin: '950615300000',
    docNumber: '045678912',
    regDistrict: 'almaly',
    regStreet: 'ул. Шевченко, 1',
    phone: '+7 701 000 00 00',
  });
  if (c.services[serviceId].subTypes.length > 0) f.subType = c.services[serviceId].subTypes[0]!.id;
  return f;
}
const errorsOf = (c: Catalogue, f: IntakeForm) =>
  validateApplicant(f, c.services[f.serviceId], { today: TODAY }).map((e) => e.key);

// [service, lists the family, must include, in person only, default period, referral, payment, print kind]
const TABLE: [ServiceId, boolean, string[], boolean, number | null, boolean, boolean, string | null][] = [
  ['housing-assistance', true, [], false, 12, false, false, null],
  ['maslikhat-social-aid', false, [], false, null, false, true, null],
  ['employment-referral', false, [], false, null, true, false, null],
  ['targeted-social-assistance', true, [], false, null, false, false, null],
  ['asp-recipient-certificate', false, [], true, null, false, false, null],
  ['disability-sanatorium', false, [], false, null, false, false, 'slip'],
  ['disability-wheelchair', false, [], false, null, false, false, 'application'],
  ['disability-assistant-sign-language', false, [], false, null, false, false, 'application'],
  ['child-benefit-under-18', true, ['child'], false, null, false, false, 'slip'],
];

describe.each(TABLE)('%s', (id, family, mustInclude, inPerson, period, referral, payment, form) => {
  const service = cat.services[id];
  it('family listing and required relations come from the catalogue', () => {
    expect(needsFamily(service)).toBe(family);
    expect(needsFamily(id)).toBe(family);
    expect(service.family?.mustInclude ?? []).toEqual(mustInclude);
  });
  it('a representative is refused only where the service is in person only', () => {
    const f = applicantForm(cat, id);
    f.hasRepresentative = true;
    Object.assign(f.representative, {
      surname: 'Иванов',
      name: 'Пётр',
      basis: 'notarized-power-of-attorney',
      basisDocument: '№ 1',
    });
    expect(errorsOf(cat, f).includes('intake:errors.inPersonOnly')).toBe(inPerson);
  });
  it('the default period, the referral form and the payment request follow the data', () => {
    expect(defaultPeriodMonths(service)).toBe(period);
    expect(recordsReferral({ serviceId: id })).toBe(referral);
    expect(isPaymentService(id)).toBe(payment);
  });
  it('the tear-off slip follows the acknowledgement of the district channel', () => {
    const row = makeCase({ channel: 'district', serviceId: id });
    const kinds = printableDocuments(row, cat);
    expect(kinds.find((k) => k === 'application' || k === 'slip') ?? null).toBe(form);
  });
});

describe('overrides of the moved rules change the intake', () => {
  it('АСП certificate (3.5 §13): in person by default; an override admits a power of attorney', () => {
    const f = applicantForm(cat, 'asp-recipient-certificate');
    f.hasRepresentative = true;
    Object.assign(f.representative, {
      surname: 'Иванов',
      name: 'Пётр',
      basis: 'power-of-attorney',
      basisDocument: '№ 1',
    });
    expect(errorsOf(cat, f)).toEqual(['intake:errors.inPersonOnly']);
    const opened = applyOverrides(cat, {
      services: { 'asp-recipient-certificate': { representation: { authority: 'power-of-attorney' } } },
    });
    expect(errorsOf(opened, f)).toEqual([]);
  });
  it('child benefit needs a child; an override can drop or change the requirement', () => {
    const f = applicantForm(cat, 'child-benefit-under-18');
    f.family.push({
      ...emptyFamilyMember(),
      surname: 'Қасымова',
      name: 'Дана',
      iin: '',
      birthDate: '1996-01-01',
      relation: 'spouse',
      occupation: 'employed',
    });
    expect(errorsOf(cat, f)).toContain('intake:errors.childRequired');
    const none = applyOverrides(cat, { services: { 'child-benefit-under-18': { familyMustInclude: [] } } });
    expect(errorsOf(none, f)).toEqual([]);
    const spouse = applyOverrides(cat, {
      services: { 'child-benefit-under-18': { familyMustInclude: ['parent'] } },
    });
    expect(errorsOf(spouse, f)).toEqual(['intake:errors.relationRequired']);
  });
  it('the registration as unemployed follows the ground’s own condition (3.3 §10)', () => {
    const service = cat.services['employment-referral'];
    expect(
      service.subTypes.filter((s) => !needsUnemployedRegistration(service, s.id)).map((s) => s.id),
    ).toEqual(['job-placement', 'career-guidance']);
    const ground = service.grounds.refusal[0]!;
    const changed = applyOverrides(cat, {
      services: {
        'employment-referral': {
          grounds: {
            refusal: [{ ...ground, appliesWhen: { not: { key: 'subtype', in: ['career-guidance'] } } }],
          },
        },
      },
    }).services['employment-referral'];
    expect(needsUnemployedRegistration(changed, 'job-placement')).toBe(true);
  });
  it('the housing period (3.1 §12.1) is the catalogue’s: an override changes the deadlines', () => {
    const input = {
      serviceId: 'housing-assistance',
      channel: 'district' as const,
      acceptedAt: almatyInstant('2026-03-10', 10),
      settings: { transitAllowanceWorkingDays: 0 },
    };
    expect(caseDeadlines(cat, calendar, input).housingPeriod).toMatchObject({
      startMonth: '2026-03',
      endMonth: '2027-02',
      months: 12,
    });
    const six = applyOverrides(cat, { services: { 'housing-assistance': { assignmentMonths: 6 } } });
    expect(defaultPeriodMonths(six.services['housing-assistance'])).toBe(6);
    expect(caseDeadlines(six, calendar, input).housingPeriod).toMatchObject({
      endMonth: '2026-08',
      months: 6,
    });
  });
  it('no service other than housing gets a housing period or a certificate quarter', () => {
    for (const id of SERVICE_IDS) {
      const d = caseDeadlines(cat, calendar, {
        serviceId: id,
        channel: 'district',
        acceptedAt: almatyInstant('2026-03-10', 10),
        settings: { transitAllowanceWorkingDays: 0 },
      });
      expect(d.housingPeriod !== undefined).toBe(id === 'housing-assistance');
      expect(d.certificateQuarter !== undefined).toBe(id === 'asp-recipient-certificate');
    }
  });
});

describe('overrides of the moved rules change the printed documents', () => {
  it('the wait for originals (3.9 A3d) is the step limit, counted in its own unit', () => {
    const row = makeCase({ channel: 'district', serviceId: 'child-benefit-under-18' });
    expect(originalsLimit(cat, row)).toEqual({ value: 3, unit: 'working-days' });
    const cd = applyOverrides(cat, {
      services: {
        'child-benefit-under-18': {
          channels: { district: { stepLimits: { A3d: { value: 10, unit: 'calendar-days' } } } },
        },
      },
    });
    const limit = originalsLimit(cd, row)!;
    expect(limit).toEqual({ value: 10, unit: 'calendar-days' });
    // Monday 9 March + 10 calendar days = Thursday 19 March; 3 working days would be 12 March.
    expect(limitEnd(calendar, '2026-03-09', limit)).toBe('2026-03-19');
  });

  it('the refusal to accept prints the overridden due date', async () => {
    const db = testDb();
    const row = makeCase({ channel: 'district', serviceId: 'child-benefit-under-18' });
    await db.cases.add(row);
    await db.audit.add({
      at: almatyInstant('2026-03-09', 11),
      userId: null,
      action: caseAuditAction('request-originals'),
      caseId: row.id,
    });
    const now = almatyInstant('2026-03-20', 9);
    expect(await printResultDocument(db, 'refusal-to-accept-notice', row, 'ru', now, cat)).toBe('printed');
    expect(flatText(delivered[0]!)).toContain('12.03.2026');
    const five = applyOverrides(cat, {
      services: {
        'child-benefit-under-18': {
          channels: { district: { stepLimits: { A3d: { value: 5, unit: 'working-days' } } } },
        },
      },
    });
    expect(await printResultDocument(db, 'refusal-to-accept-notice', row, 'ru', now, five)).toBe('printed');
    expect(flatText(delivered[1]!)).toContain('16.03.2026');
  });

  it('the receipt lists what was handed in per document; an override of the rule changes the line', async () => {
    const row = makeCase({ channel: 'center', serviceId: 'housing-assistance' });
    row.intake.documents = [{ itemId: 'identity-copy', originalShown: true, copyReceived: true }];
    const doc = cat.services['housing-assistance'].documents.find((d) => d.id === 'identity-copy')!;
    expect(receiptDocumentLine(cat.services['housing-assistance'], row.intake, doc).ru).toContain(
      '(копия; подлинник сверен и возвращён)',
    );
    const receipt = await buildCaseDocument('receipt', row, 'ru', tRu, cat);
    expect(flatText(receipt.bytes)).toContain('подлинник сверен и возвращён');
    const kept = applyOverrides(cat, {
      services: {
        'housing-assistance': { documents: { upsert: [{ ...doc, submission: 'original-kept' }] } },
      },
    });
    const again = await buildCaseDocument('receipt', row, 'ru', tRu, kept);
    expect(flatText(again.bytes)).not.toContain('сверен');
  });

  it('the talon names the place of issue where the channel says so (3.1 §16.1)', async () => {
    const housing = makeCase({ channel: 'district', serviceId: 'housing-assistance' });
    const text = flatText((await buildCaseDocument('talon', housing, 'ru', tRu, cat)).bytes);
    expect(text).toContain('Место получения');
    const noPlace = applyOverrides(cat, { services: {} });
    noPlace.services['housing-assistance'].channels.district!.talonShowsResultPlace = false;
    const without = flatText((await buildCaseDocument('talon', housing, 'ru', tRu, noPlace)).bytes);
    expect(without).not.toContain('Место получения');
    const aspTalon = makeCase({ channel: 'district', serviceId: 'targeted-social-assistance' });
    expect(flatText((await buildCaseDocument('talon', aspTalon, 'ru', tRu, cat)).bytes)).not.toContain(
      'Место получения',
    );
  });
});

describe('a printed due date that depends on an unverified holiday (issue 14, defect 6)', () => {
  it('carries a warning in both languages until the administrator confirms the holiday', async () => {
    const { confirmCorrection, unverifiedDays } = await import('@shared/calendar');
    // Accepted Monday 10 May 2027: the 10-day term runs across Kurban Ait 2027 (unverified).
    const row = makeCase({
      channel: 'district',
      serviceId: 'housing-assistance',
      acceptedAt: almatyInstant('2027-05-10', 10),
    });
    const ru = flatText((await buildCaseDocument('talon', row, 'ru', tRu, cat, calendar)).bytes);
    expect(ru).toContain('неподтвержденного праздника (16.05.2027)');
    const tKk = createI18n('kk').getFixedT('kk', 'intake');
    const kk = flatText((await buildCaseDocument('talon', row, 'kk', tKk, cat, calendar)).bytes);
    expect(kk).toContain('расталмаған мереке');
    const confirmed = buildCalendar([confirmCorrection(unverifiedDays(calendar)[0]!)]);
    const after = flatText((await buildCaseDocument('talon', row, 'ru', tRu, cat, confirmed)).bytes);
    expect(after).not.toContain('неподтвержденного');
    const receipt = makeCase({
      channel: 'center',
      serviceId: 'housing-assistance',
      acceptedAt: almatyInstant('2027-05-10', 10),
    });
    const printed = flatText((await buildCaseDocument('receipt', receipt, 'ru', tRu, cat, calendar)).bytes);
    expect(printed).toContain('неподтвержденного праздника');
  });
});
