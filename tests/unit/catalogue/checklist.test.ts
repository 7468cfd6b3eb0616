// The checklist for every service and every situation value that changes it, citing the paragraph.
import { describe, expect, it } from 'vitest';
import {
  ChecklistInputError,
  SERVICE_IDS,
  checklist,
  completeness,
  defaultCatalogue,
  situationKeys,
  subTypeChangesChecklist,
} from '@shared/catalogue';

const catalogue = defaultCatalogue();

interface Row {
  cite: string;
  service: string;
  subtype?: string;
  situation: Record<string, string>;
  required: string[];
  optional?: string[];
}

const ROWS: Row[] = [
  // Service 1 (3.1 §17 conditional subsets; docs/decisions.md, housing assistance)
  {
    cite: '3.1 §17 subsets: individual house 1-5,7,8',
    service: 'housing-assistance',
    situation: { dwelling: 'individual-house' },
    required: [
      'application',
      'identity-copy',
      'title-copy',
      'house-register-copy',
      'family-income',
      'utility-bills',
      'telecom-bill',
    ],
  },
  {
    cite: '3.1 §17 subsets: non-condominium 1-5,7,8',
    service: 'housing-assistance',
    situation: { dwelling: 'non-condominium' },
    required: [
      'application',
      'identity-copy',
      'title-copy',
      'house-register-copy',
      'family-income',
      'utility-bills',
      'telecom-bill',
    ],
  },
  {
    cite: '3.1 §17 subsets: condominium 1-8',
    service: 'housing-assistance',
    situation: { dwelling: 'condominium' },
    required: [
      'application',
      'identity-copy',
      'title-copy',
      'house-register-copy',
      'family-income',
      'maintenance-bills',
      'utility-bills',
      'telecom-bill',
    ],
  },
  {
    cite: '3.1 §17 item 9; docs/decisions.md: LEB-rented 1-5,7,8,9',
    service: 'housing-assistance',
    situation: { dwelling: 'leb-rented' },
    required: [
      'application',
      'identity-copy',
      'title-copy',
      'house-register-copy',
      'family-income',
      'utility-bills',
      'telecom-bill',
      'leb-rent-bill',
    ],
  },
  {
    cite: 'docs/decisions.md: LEB-rented, item 6 if billed',
    service: 'housing-assistance',
    situation: { dwelling: 'leb-rented', maintenanceBilled: 'yes' },
    required: [
      'application',
      'identity-copy',
      'title-copy',
      'house-register-copy',
      'family-income',
      'maintenance-bills',
      'utility-bills',
      'telecom-bill',
      'leb-rent-bill',
    ],
  },
  {
    cite: 'docs/decisions.md: billing matters only for LEB-rented dwellings',
    service: 'housing-assistance',
    situation: { dwelling: 'individual-house', maintenanceBilled: 'yes' },
    required: [
      'application',
      'identity-copy',
      'title-copy',
      'house-register-copy',
      'family-income',
      'utility-bills',
      'telecom-bill',
    ],
  },
  // Service 2 (3.2 §11: lists come from maslikhat decisions; the shipped category is an example)
  { cite: '3.2 §11 no category chosen', service: 'maslikhat-social-aid', situation: {}, required: [] },
  {
    cite: '3.2 §11 example category',
    service: 'maslikhat-social-aid',
    subtype: 'example-category',
    situation: {},
    required: ['example-application', 'example-identity', 'example-category-proof'],
  },
  // Service 3 (3.3 §12)
  {
    cite: '3.3 §12 items 1-4; SIC and RNN optional (docs/decisions.md)',
    service: 'employment-referral',
    subtype: 'public-works',
    situation: {},
    required: ['identity', 'work-history'],
    optional: ['sic', 'rnn'],
  },
  {
    cite: '3.3 §12 item 5: qualification document if any',
    service: 'employment-referral',
    subtype: 'job-placement',
    situation: { hasQualification: 'yes' },
    required: ['identity', 'work-history', 'qualification'],
    optional: ['sic', 'rnn'],
  },
  {
    cite: '3.3 §12 item 5: first-time job seeker without a profession, education document',
    service: 'employment-referral',
    subtype: 'youth-practice',
    situation: { firstTimeJobSeeker: 'yes' },
    required: ['identity', 'education'],
    optional: ['work-history', 'sic', 'rnn'],
  },
  {
    cite: '3.3 §12 item 5: first-time job seeker with a qualification',
    service: 'employment-referral',
    subtype: 'vocational-training',
    situation: { firstTimeJobSeeker: 'yes', hasQualification: 'yes' },
    required: ['identity', 'qualification'],
    optional: ['work-history', 'sic', 'rnn'],
  },
  {
    cite: '3.3 §12 additional: foreigner, residence permit',
    service: 'employment-referral',
    subtype: 'social-job',
    situation: { applicantStatus: 'foreigner' },
    required: ['identity', 'work-history', 'residence-permit'],
    optional: ['sic', 'rnn'],
  },
  {
    cite: '3.3 §12 additional: stateless, certificate',
    service: 'employment-referral',
    subtype: 'social-job',
    situation: { applicantStatus: 'stateless' },
    required: ['identity', 'work-history', 'stateless-certificate'],
    optional: ['sic', 'rnn'],
  },
  {
    cite: '3.3 §12 additional: oralman certificate',
    service: 'employment-referral',
    subtype: 'career-guidance',
    situation: { applicantStatus: 'oralman' },
    required: ['identity', 'work-history', 'oralman-certificate'],
    optional: ['sic', 'rnn'],
  },
  // Service 4 (3.4 §15)
  {
    cite: '3.4 §15 items 1-4, 6',
    service: 'targeted-social-assistance',
    situation: {},
    required: [
      'application',
      'family-composition',
      'family-income',
      'subsidiary-farm',
      'residence-registration',
    ],
  },
  {
    cite: '3.4 §15 item 5: social contract when in active employment measures',
    service: 'targeted-social-assistance',
    situation: { activeEmployment: 'yes' },
    required: [
      'application',
      'family-composition',
      'family-income',
      'subsidiary-farm',
      'social-contract',
      'residence-registration',
    ],
  },
  // Service 5 (3.5 §13 item 2)
  {
    cite: '3.5 §13 item 2: citizen, ID copy',
    service: 'asp-recipient-certificate',
    situation: { applicantStatus: 'citizen' },
    required: ['application', 'identity-copy'],
  },
  {
    cite: '3.5 §13 item 2: oralman (text silent, ID copy)',
    service: 'asp-recipient-certificate',
    situation: { applicantStatus: 'oralman' },
    required: ['application', 'identity-copy'],
  },
  {
    cite: '3.5 §13 item 2: refugee (text silent, ID copy)',
    service: 'asp-recipient-certificate',
    situation: { applicantStatus: 'refugee' },
    required: ['application', 'identity-copy'],
  },
  {
    cite: '3.5 §13 item 2: foreigner, residence permit',
    service: 'asp-recipient-certificate',
    situation: { applicantStatus: 'foreigner' },
    required: ['application', 'residence-permit-copy'],
  },
  {
    cite: '3.5 §13 item 2: stateless certificate',
    service: 'asp-recipient-certificate',
    situation: { applicantStatus: 'stateless' },
    required: ['application', 'stateless-certificate-copy'],
  },
  // Service 6 (3.6 §13)
  {
    cite: '3.6 §13 items 1, 2, 4, 5, 6',
    service: 'disability-sanatorium',
    situation: {},
    required: [
      'application',
      'identity-copy',
      'sanatorium-card-copy',
      'address-certificate',
      'disability-ipr-extracts',
    ],
  },
  {
    cite: '3.6 §13 item 3: disabled child',
    service: 'disability-sanatorium',
    situation: { childWithDisability: 'yes' },
    required: [
      'application',
      'child-birth-certificate-copy',
      'legal-representative-identity-copy',
      'sanatorium-card-copy',
      'address-certificate',
      'disability-ipr-extracts',
    ],
    optional: ['identity-copy'],
  },
  {
    cite: '3.6 §13 item 7: another person with written consent',
    service: 'disability-sanatorium',
    situation: { representative: 'representative' },
    required: [
      'application',
      'identity-copy',
      'sanatorium-card-copy',
      'address-certificate',
      'disability-ipr-extracts',
      'consenting-person-identity-copy',
    ],
  },
  // Service 7 (3.7 §14)
  {
    cite: '3.7 §14 items 1-2',
    service: 'disability-wheelchair',
    situation: {},
    required: ['application', 'ipr'],
  },
  {
    cite: '3.7 §14 item 3: work injury, employer ceased',
    service: 'disability-wheelchair',
    situation: { workInjury: 'yes' },
    required: ['application', 'ipr', 'accident-report-copy', 'employer-termination-document'],
  },
  {
    cite: '3.7 §14: power of attorney without notarization',
    service: 'disability-wheelchair',
    situation: { representative: 'representative' },
    required: ['application', 'ipr', 'power-of-attorney'],
  },
  // Service 8 (3.8 §13)
  {
    cite: '3.8 §13 items 1-4 (individual assistant)',
    service: 'disability-assistant-sign-language',
    subtype: 'individual-assistant',
    situation: {},
    required: ['application', 'ipr-extract', 'identity', 'disability-certificate'],
  },
  {
    cite: '3.8 §13 items 1-4 (sign-language specialist)',
    service: 'disability-assistant-sign-language',
    subtype: 'sign-language-specialist',
    situation: {},
    required: ['application', 'ipr-extract', 'identity', 'disability-certificate'],
  },
  {
    cite: '3.8 §13: power of attorney without notarization',
    service: 'disability-assistant-sign-language',
    subtype: 'individual-assistant',
    situation: { representative: 'representative' },
    required: ['application', 'ipr-extract', 'identity', 'disability-certificate', 'power-of-attorney'],
  },
  // Service 9 (3.9 §13)
  {
    cite: '3.9 §13 items 1, 2, 4, 5, 6, 8 without state-system data',
    service: 'child-benefit-under-18',
    situation: {},
    required: [
      'application',
      'identity',
      'birth-certificates',
      'family-composition',
      'family-income',
      'residence-registration',
      'bank-account',
    ],
  },
  {
    cite: '3.9 §13 item 1: oralman certificate',
    service: 'child-benefit-under-18',
    situation: { applicantStatus: 'oralman' },
    required: [
      'application',
      'identity',
      'oralman-certificate',
      'birth-certificates',
      'family-composition',
      'family-income',
      'residence-registration',
      'bank-account',
    ],
  },
  {
    cite: '3.9 §13 state systems: items 6, 7 not required',
    service: 'child-benefit-under-18',
    situation: { stateSystems: 'available' },
    required: [
      'application',
      'identity',
      'birth-certificates',
      'family-composition',
      'family-income',
      'bank-account',
    ],
    optional: ['residence-registration'],
  },
  {
    cite: '3.9 §13 state systems: births registered after 13.08.2007',
    service: 'child-benefit-under-18',
    situation: { stateSystems: 'available', birthsRegisteredAfter2007: 'yes' },
    required: ['application', 'identity', 'family-composition', 'family-income', 'bank-account'],
    optional: ['birth-certificates', 'residence-registration'],
  },
  {
    cite: '3.9 §13: late births without state-system answer still need paper',
    service: 'child-benefit-under-18',
    situation: { birthsRegisteredAfter2007: 'yes' },
    required: [
      'application',
      'identity',
      'birth-certificates',
      'family-composition',
      'family-income',
      'residence-registration',
      'bank-account',
    ],
  },
  {
    cite: '3.9 §13 item 3: recipient data differ',
    service: 'child-benefit-under-18',
    situation: { recipientDataDiffer: 'yes' },
    required: [
      'application',
      'identity',
      'birth-certificates',
      'marriage-certificate',
      'family-composition',
      'family-income',
      'residence-registration',
      'bank-account',
    ],
  },
  {
    cite: '3.9 §13 state systems: marriage registered after 01.06.2008',
    service: 'child-benefit-under-18',
    situation: { recipientDataDiffer: 'yes', marriageRegisteredAfter2008: 'yes', stateSystems: 'available' },
    required: [
      'application',
      'identity',
      'birth-certificates',
      'family-composition',
      'family-income',
      'bank-account',
    ],
    optional: ['marriage-certificate', 'residence-registration'],
  },
  {
    cite: '3.9 §13 item 7: guardianship or adoption',
    service: 'child-benefit-under-18',
    situation: { guardianship: 'yes' },
    required: [
      'application',
      'identity',
      'birth-certificates',
      'family-composition',
      'family-income',
      'residence-registration',
      'guardianship-adoption',
      'bank-account',
    ],
  },
  {
    cite: '3.9 §13 state systems: item 7 from state systems',
    service: 'child-benefit-under-18',
    situation: { guardianship: 'yes', stateSystems: 'available' },
    required: [
      'application',
      'identity',
      'birth-certificates',
      'family-composition',
      'family-income',
      'bank-account',
    ],
    optional: ['residence-registration', 'guardianship-adoption'],
  },
  {
    cite: '3.9 §13 representatives: notarized power of attorney',
    service: 'child-benefit-under-18',
    situation: { representative: 'representative' },
    required: [
      'application',
      'identity',
      'birth-certificates',
      'family-composition',
      'family-income',
      'residence-registration',
      'bank-account',
      'notarized-power-of-attorney',
    ],
  },
];

describe('checklist per service and situation', () => {
  it.each(ROWS.map((r) => [r.cite, r] as const))('%s', (_cite, row) => {
    const r = checklist(catalogue, row.service, row.subtype, row.situation);
    expect(r.required.map((d) => d.id)).toEqual(row.required);
    expect(r.optional.map((d) => d.id)).toEqual(row.optional ?? []);
    const all = catalogue.services[r.serviceId].documents.map((d) => d.id);
    expect(r.notNeeded.map((d) => d.id)).toEqual(
      all.filter((id) => !row.required.includes(id) && !(row.optional ?? []).includes(id)),
    );
  });

  it('housing checklists carry the regulation item numbers (docs/decisions.md: 1-5,7,8 / 1-8 / 1-5,7,8,9)', () => {
    const numbers = (dwelling: string) =>
      checklist(catalogue, 'housing-assistance', null, { dwelling })
        .required.map((d) => d.number)
        .join(',');
    expect(numbers('individual-house')).toBe('1,2,3,4,5,7,8');
    expect(numbers('condominium')).toBe('1,2,3,4,5,6,7,8');
    expect(numbers('leb-rented')).toBe('1,2,3,4,5,7,8,9');
  });

  it('every key listed by situationKeys changes the checklist for some other answers', () => {
    // Exhaustive over the other keys' values: a key that never changes anything would be noise.
    for (const id of SERVICE_IDS) {
      const service = catalogue.services[id];
      const keys = situationKeys(service);
      for (const q of keys) {
        let combos: Record<string, string>[] = [{}];
        for (const other of keys.filter((k) => k.key !== q.key)) {
          combos = combos.flatMap((c) => other.values.map((v) => ({ ...c, [other.key]: v.value })));
        }
        const changes = combos.some((c) => {
          const outcomes = new Set(
            q.values.map((v) => {
              const r = checklist(catalogue, id, service.subTypes[0]?.id, { ...c, [q.key]: v.value });
              return JSON.stringify([r.required.map((d) => d.id), r.optional.map((d) => d.id)]);
            }),
          );
          return outcomes.size > 1;
        });
        expect(changes, `${id} ${q.key}`).toBe(true);
      }
    }
  });

  it('lists the keys that change each checklist', () => {
    const keys = (id: (typeof SERVICE_IDS)[number]) =>
      situationKeys(catalogue.services[id]).map((q) => q.key);
    expect(keys('housing-assistance')).toEqual(['dwelling', 'maintenanceBilled']);
    expect(keys('maslikhat-social-aid')).toEqual([]);
    expect(keys('employment-referral')).toEqual([
      'applicantStatus',
      'firstTimeJobSeeker',
      'hasQualification',
    ]);
    expect(keys('targeted-social-assistance')).toEqual(['activeEmployment']);
    expect(keys('disability-wheelchair')).toEqual(['workInjury', 'representative']);
    expect(situationKeys(catalogue.services['housing-assistance'])[0]!.affects).toEqual([
      'maintenance-bills',
      'leb-rent-bill',
    ]);
    expect(subTypeChangesChecklist(catalogue.services['maslikhat-social-aid'])).toBe(true);
    expect(subTypeChangesChecklist(catalogue.services['employment-referral'])).toBe(false);
  });

  it.each([
    ['no-such-service', undefined, {}, 'unknown-service'],
    ['housing-assistance', undefined, { dwelling: 'castle' }, 'bad-situation-value'],
    ['housing-assistance', undefined, { pets: 'yes' }, 'unknown-situation'],
    ['employment-referral', 'astronaut', {}, 'unknown-subtype'],
    ['housing-assistance', 'anything', {}, 'unknown-subtype'],
  ] as const)('rejects %s / %s / %o with %s', (service, subtype, situation, code) => {
    try {
      checklist(catalogue, service, subtype, situation);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ChecklistInputError);
      expect((e as ChecklistInputError).code).toBe(code);
    }
  });
});

describe('completeness', () => {
  const r = checklist(catalogue, 'housing-assistance', null, { dwelling: 'condominium' });

  it('a full package is complete', () => {
    const all = new Set(r.required.map((d) => d.id));
    expect(completeness(r, all)).toEqual({ complete: true, missing: [], unexpected: [] });
  });

  it('cites each missing item as a citizen reads the regulation, without the name (3.1 §13 refusal 1)', () => {
    const got = completeness(
      r,
      new Set([
        'application',
        'identity-copy',
        'title-copy',
        'house-register-copy',
        'family-income',
        'utility-bills',
      ]),
    );
    expect(got.complete).toBe(false);
    expect(got.missing.map((m) => m.item.id)).toEqual(['maintenance-bills', 'telecom-bill']);
    const reason = got.missing[0]!.reason;
    expect(reason.kkReview).toBe(true);
    expect(reason.ru).toBe(
      'Не представлен: требуется подпунктом 6) пункта 17 регламента государственной услуги',
    );
    expect(reason.kk).toBe(
      'Ұсынылмаған: мемлекеттік көрсетілетін қызмет регламентінің 17-тармағының 6) тармақшасы бойынша талап етіледі',
    );
    // The document's name is its own column on the refusal; no digest references reach the citizen.
    for (const text of [reason.ru, reason.kk]) {
      expect(text).not.toContain(got.missing[0]!.item.name.ru);
      expect(text).not.toContain(got.missing[0]!.item.name.kk);
      expect(text).not.toMatch(/§|item|3\.1/);
    }
  });

  it('optional items are never missing; ids outside the checklist are reported', () => {
    const cb = checklist(catalogue, 'child-benefit-under-18', null, { stateSystems: 'available' });
    const received = new Set([...cb.required.map((d) => d.id), 'leb-rent-bill']);
    const got = completeness(cb, received);
    expect(got.complete).toBe(true);
    expect(got.unexpected).toEqual(['leb-rent-bill']);
  });
});
