import { describe, expect, it } from 'vitest';
import {
  adminGround,
  currentChannel,
  documentMode,
  withChannel,
  withDocumentMode,
  withRefusalGrounds,
} from '@renderer/rules/edit';
import { catalogueWith, EMPTY_OVERRIDES } from '@renderer/rules/rules';
import { BASE_RULES_VERSION, checklist, defaultCatalogue } from '@shared/catalogue';

const defaults = defaultCatalogue();

describe('overrides edits of the Rules tab', () => {
  it('a term set and set back gives the shipped version back', () => {
    const changed = withChannel(EMPTY_OVERRIDES, defaults, 'housing-assistance', 'center', {
      enabled: true,
      term: { value: 12, unit: 'calendar-days' },
    });
    expect(changed).toEqual({
      services: {
        'housing-assistance': { channels: { center: { term: { value: 12, unit: 'calendar-days' } } } },
      },
    });
    const catalogue = catalogueWith(changed);
    expect(currentChannel(catalogue, defaults, 'housing-assistance', 'center').term.value).toBe(12);
    const back = withChannel(changed, defaults, 'housing-assistance', 'center', {
      enabled: true,
      term: { value: 10, unit: 'calendar-days' },
    });
    expect(back).toEqual(EMPTY_OVERRIDES);
    expect(catalogueWith(back).rulesVersion).toBe(BASE_RULES_VERSION);
  });

  it('opens the ЦОН for a district-only service and closes it again', () => {
    const id = 'disability-wheelchair';
    expect(defaults.services[id].channels.center).toBeUndefined();
    const before = currentChannel(defaults, defaults, id, 'center');
    expect(before.enabled).toBe(false);
    const opened = withChannel(EMPTY_OVERRIDES, defaults, id, 'center', { ...before, enabled: true });
    expect(catalogueWith(opened).services[id].channels.center?.enabled).toBe(true);
    expect(withChannel(opened, defaults, id, 'center', before)).toEqual(EMPTY_OVERRIDES);
  });

  it('a document made optional or not needed changes the checklist', () => {
    const id = 'housing-assistance';
    const answers = { dwelling: 'individual-house' };
    const optional = withDocumentMode(EMPTY_OVERRIDES, defaults, id, 'telecom-bill', 'optional');
    expect(documentMode(optional, id, 'telecom-bill')).toBe('optional');
    const list = checklist(catalogueWith(optional), id, null, answers);
    expect(list.required.map((d) => d.id)).not.toContain('telecom-bill');
    expect(list.optional.map((d) => d.id)).toContain('telecom-bill');
    const removed = withDocumentMode(optional, defaults, id, 'telecom-bill', 'removed');
    expect(documentMode(removed, id, 'telecom-bill')).toBe('removed');
    const after = checklist(catalogueWith(removed), id, null, answers);
    expect([...after.required, ...after.optional].map((d) => d.id)).not.toContain('telecom-bill');
    expect(withDocumentMode(removed, defaults, id, 'telecom-bill', 'default')).toEqual(EMPTY_OVERRIDES);
  });

  it('adds a refusal ground with ru and kk texts', () => {
    const id = 'housing-assistance';
    const grounds = [
      ...defaults.services[id].grounds.refusal,
      adminGround(' Новое основание ', 'Жаңа негіз'),
    ];
    const next = withRefusalGrounds(EMPTY_OVERRIDES, defaults, id, grounds);
    const refusal = catalogueWith(next).services[id].grounds.refusal;
    expect(refusal.at(-1)?.text).toEqual({ ru: 'Новое основание', kk: 'Жаңа негіз' });
    expect(withRefusalGrounds(next, defaults, id, defaults.services[id].grounds.refusal)).toEqual(
      EMPTY_OVERRIDES,
    );
  });
});
