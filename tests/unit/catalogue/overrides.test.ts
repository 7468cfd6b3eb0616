// Administrator overrides (docs/decisions.md: terms, channels, documents, grounds are configuration).
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  BASE_RULES_VERSION,
  EXAMPLE_CATEGORY,
  OverrideError,
  applyOverrides,
  checklist,
  defaultCatalogue,
  parseOverrides,
} from '@shared/catalogue';

const defaults = defaultCatalogue();

describe('applyOverrides', () => {
  it('no overrides: the defaults and their version', () => {
    const c = applyOverrides(defaults, { services: {} });
    expect(c).toEqual(defaults);
    expect(c.rulesVersion).toBe(BASE_RULES_VERSION);
  });

  it('a term override changes the term and the version; the defaults stay untouched', () => {
    const c = applyOverrides(defaults, {
      services: {
        'housing-assistance': { channels: { district: { term: { value: 8, unit: 'working-days' } } } },
      },
    });
    expect(c.services['housing-assistance'].channels.district?.term).toEqual({
      value: 8,
      unit: 'working-days',
    });
    expect(defaults.services['housing-assistance'].channels.district?.term).toEqual({
      value: 10,
      unit: 'calendar-days',
    });
    expect(c.rulesVersion).toMatch(
      new RegExp(`^${BASE_RULES_VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{16}$`),
    );
  });

  it('the version depends on content, not on key order; different content gives a different version', () => {
    const a = applyOverrides(defaults, {
      services: {
        'housing-assistance': { allowsApplicantWithoutIin: false, eligibleStatuses: ['citizen'] },
        'disability-wheelchair': { allowsApplicantWithoutIin: false },
      },
    });
    const b = applyOverrides(defaults, {
      services: {
        'disability-wheelchair': { allowsApplicantWithoutIin: false },
        'housing-assistance': { eligibleStatuses: ['citizen'], allowsApplicantWithoutIin: false },
      },
    });
    const other = applyOverrides(defaults, {
      services: { 'disability-wheelchair': { allowsApplicantWithoutIin: false } },
    });
    expect(a.rulesVersion).toBe(b.rulesVersion);
    expect(other.rulesVersion).not.toBe(a.rulesVersion);
  });

  it('removes and adds documents; the checklist follows (3.1 §17 item 6)', () => {
    const c = applyOverrides(defaults, {
      services: {
        'housing-assistance': {
          documents: {
            remove: ['maintenance-bills'],
            upsert: [
              {
                id: 'bank-details',
                number: null,
                name: {
                  ru: 'Реквизиты банковского счёта',
                  kk: 'Банктік шоттың деректемелері',
                  kkReview: true,
                },
                source: 'administrator',
                requiredWhen: { key: 'dwelling', in: ['individual-house'] },
              },
            ],
          },
        },
      },
    });
    const condo = checklist(c, 'housing-assistance', null, { dwelling: 'condominium' }).required.map(
      (d) => d.id,
    );
    expect(condo).not.toContain('maintenance-bills');
    expect(condo).not.toContain('bank-details');
    const house = checklist(c, 'housing-assistance', null, { dwelling: 'individual-house' }).required.map(
      (d) => d.id,
    );
    expect(house).toContain('bank-details');
  });

  it('replaces an existing document by id (a changed condition)', () => {
    const item = defaults.services['targeted-social-assistance'].documents.find(
      (d) => d.id === 'social-contract',
    )!;
    const c = applyOverrides(defaults, {
      services: {
        'targeted-social-assistance': {
          documents: { upsert: [{ ...item, requiredWhen: { always: true } }] },
        },
      },
    });
    expect(checklist(c, 'targeted-social-assistance', null, {}).required.map((d) => d.id)).toContain(
      'social-contract',
    );
    expect(c.services['targeted-social-assistance'].documents).toHaveLength(6);
  });

  it('maslikhat categories: replacing the example needs its example documents gone too (3.2 §10-11)', () => {
    const category = {
      id: 'large-families',
      name: { ru: 'Многодетные семьи', kk: 'Көп балалы отбасылар', kkReview: true },
      source: 'маслихат, решение № …',
    };
    expect(() =>
      applyOverrides(defaults, { services: { 'maslikhat-social-aid': { subTypes: [category] } } }),
    ).toThrow(OverrideError);
    const c = applyOverrides(defaults, {
      services: {
        'maslikhat-social-aid': {
          subTypes: [category],
          documents: {
            remove: ['example-application', 'example-identity', 'example-category-proof'],
            upsert: [
              {
                id: 'family-composition',
                number: '1',
                name: { ru: 'Сведения о составе семьи', kk: 'Отбасы құрамы туралы мәліметтер' },
                source: 'маслихат, решение № …',
                requiredWhen: { key: 'subtype', in: ['large-families'] },
              },
            ],
          },
        },
      },
    });
    expect(checklist(c, 'maslikhat-social-aid', 'large-families', {}).required.map((d) => d.id)).toEqual([
      'family-composition',
    ]);
    expect(() => checklist(c, 'maslikhat-social-aid', EXAMPLE_CATEGORY, {})).toThrow(/no sub-type/);
  });

  it('replaces grounds lists', () => {
    const c = applyOverrides(defaults, {
      services: {
        'disability-wheelchair': {
          grounds: {
            refusal: [{ number: '1', text: { ru: 'Новое основание', kk: 'Жаңа негіз' }, source: 'admin' }],
          },
        },
      },
    });
    expect(c.services['disability-wheelchair'].grounds.refusal).toHaveLength(1);
    expect(c.services['disability-wheelchair'].grounds.suspension).toEqual([]);
  });

  it('opens and closes channels (docs/decisions.md: more services can be opened to the ЦОН)', () => {
    const opened = applyOverrides(defaults, {
      services: { 'disability-wheelchair': { channels: { center: { enabled: true } } } },
    });
    const center = opened.services['disability-wheelchair'].channels.center!;
    expect(center.enabled).toBe(true);
    expect(center.term).toEqual({ value: 10, unit: 'working-days' });
    expect(center.acknowledgement).toEqual(['receipt']);
    expect(center.steps[0]!.role).toBe('center-inspector');

    const closed = applyOverrides(defaults, {
      services: { 'housing-assistance': { channels: { center: { enabled: false } } } },
    });
    expect(closed.services['housing-assistance'].channels.center?.enabled).toBe(false);

    expect(() =>
      applyOverrides(defaults, {
        services: { 'employment-referral': { channels: { district: { enabled: false } } } },
      }),
    ).toThrow(/every channel is disabled/);
  });

  it.each([
    ['unknown document to remove', { 'housing-assistance': { documents: { remove: ['nope'] } } }],
    [
      'a condition on an undeclared situation',
      {
        'housing-assistance': {
          documents: {
            upsert: [
              {
                id: 'x',
                number: null,
                name: { ru: 'x', kk: 'x' },
                source: 's',
                requiredWhen: { key: 'pets', in: ['yes'] },
              },
            ],
          },
        },
      },
    ],
    [
      'a condition on an undeclared value',
      {
        'housing-assistance': {
          documents: {
            upsert: [
              {
                id: 'x',
                number: null,
                name: { ru: 'x', kk: 'x' },
                source: 's',
                requiredWhen: { key: 'dwelling', in: ['castle'] },
              },
            ],
          },
        },
      },
    ],
    [
      'a ground limited to an unknown sub-type',
      {
        'employment-referral': {
          grounds: {
            refusal: [
              {
                number: '1',
                text: { ru: 'x', kk: 'x' },
                source: 's',
                appliesWhen: { key: 'subtype', in: ['astronaut'] },
              },
            ],
          },
        },
      },
    ],
    [
      'a districtTerm on the district channel',
      {
        'housing-assistance': {
          channels: { district: { districtTerm: { value: 1, unit: 'working-days' } } },
        },
      },
    ],
  ])('refuses %s with OverrideError', (_what, services) => {
    expect(() => applyOverrides(defaults, { services })).toThrow(OverrideError);
  });

  it.each([
    [
      'empty Kazakh text',
      {
        'disability-wheelchair': {
          grounds: { refusal: [{ number: '1', text: { ru: 'x', kk: ' ' }, source: 's' }] },
        },
      },
    ],
    ['unknown service', { 'no-such-service': {} }],
    ['unknown field', { 'housing-assistance': { colour: 'red' } }],
    [
      'zero term',
      { 'housing-assistance': { channels: { district: { term: { value: 0, unit: 'working-days' } } } } },
    ],
    [
      'unknown unit',
      { 'housing-assistance': { channels: { district: { term: { value: 3, unit: 'weeks' } } } } },
    ],
    ['unknown status', { 'housing-assistance': { eligibleStatuses: ['tourist'] } }],
    [
      'malformed condition',
      {
        'housing-assistance': {
          documents: {
            upsert: [
              { id: 'x', number: null, name: { ru: 'x', kk: 'x' }, source: 's', requiredWhen: { when: 'x' } },
            ],
          },
        },
      },
    ],
  ])('rejects %s with a zod error', (_what, services) => {
    expect(() => applyOverrides(defaults, { services })).toThrow(ZodError);
  });

  it('round-trips through JSON as stored in the database', () => {
    const overrides = {
      services: {
        'child-benefit-under-18': { channels: { center: { term: { value: 9, unit: 'working-days' } } } },
      },
    };
    const stored = JSON.stringify(parseOverrides(overrides));
    expect(applyOverrides(defaults, JSON.parse(stored)).rulesVersion).toBe(
      applyOverrides(defaults, overrides).rulesVersion,
    );
  });
});
