/**
 * Pure edits of the overrides JSON for the «Правила» tab: each takes the overrides and the shipped
 * defaults and returns new overrides with only the differences from the defaults kept, so putting a
 * value back as shipped also gives the shipped rules version back.
 */
import {
  canonicalJson,
  type Catalogue,
  type CatalogueOverrides,
  type Channel,
  type DocumentItem,
  type Ground,
  type ServiceId,
  type ServiceOverride,
} from '@shared/catalogue';

export type TermUnit = 'calendar-days' | 'working-days' | 'minutes';
export interface Term {
  value: number;
  unit: TermUnit;
}
export interface ChannelSetting {
  enabled: boolean;
  term: Term;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Drops empty objects and lists left by an edit, so equal rules give equal JSON. */
function pruned(o: CatalogueOverrides): CatalogueOverrides {
  const services: CatalogueOverrides['services'] = {};
  for (const [id, s] of Object.entries(o.services) as [ServiceId, ServiceOverride | undefined][]) {
    if (!s) continue;
    const out: ServiceOverride = { ...s };
    if (out.channels) {
      for (const ch of Object.keys(out.channels) as Channel[]) {
        const c = out.channels[ch];
        if (!c || Object.keys(c).length === 0) delete out.channels[ch];
      }
      if (Object.keys(out.channels).length === 0) delete out.channels;
    }
    if (out.documents) {
      if (out.documents.remove?.length === 0) delete out.documents.remove;
      if (out.documents.upsert?.length === 0) delete out.documents.upsert;
      if (Object.keys(out.documents).length === 0) delete out.documents;
    }
    if (out.grounds && Object.keys(out.grounds).length === 0) delete out.grounds;
    if (Object.keys(out).length > 0) services[id] = out;
  }
  return { services };
}

/** The channel as shipped; a ЦОН the regulation does not have is closed with the district's term. */
export function defaultChannel(defaults: Catalogue, serviceId: ServiceId, channel: Channel): ChannelSetting {
  const s = defaults.services[serviceId];
  const rules = s.channels[channel] ?? s.channels.district;
  const own = s.channels[channel];
  return { enabled: own?.enabled ?? false, term: { ...(rules?.term ?? { value: 1, unit: 'working-days' }) } };
}

/** The channel as the rules in force have it. */
export function currentChannel(
  catalogue: Catalogue,
  defaults: Catalogue,
  serviceId: ServiceId,
  channel: Channel,
): ChannelSetting {
  const rules = catalogue.services[serviceId].channels[channel];
  return rules
    ? { enabled: rules.enabled, term: { ...rules.term } }
    : defaultChannel(defaults, serviceId, channel);
}

export function withChannel(
  overrides: CatalogueOverrides,
  defaults: Catalogue,
  serviceId: ServiceId,
  channel: Channel,
  setting: ChannelSetting,
): CatalogueOverrides {
  const next = clone(overrides);
  const shipped = defaultChannel(defaults, serviceId, channel);
  const service = (next.services[serviceId] ??= {});
  const channels = (service.channels ??= {});
  const entry = { ...(channels[channel] ?? {}) };
  if (setting.enabled === shipped.enabled) delete entry.enabled;
  else entry.enabled = setting.enabled;
  if (same(setting.term, shipped.term)) delete entry.term;
  else entry.term = { ...setting.term };
  channels[channel] = entry;
  return pruned(next);
}

export type DocumentMode = 'default' | 'optional' | 'removed';

export function documentMode(overrides: CatalogueOverrides, serviceId: ServiceId, id: string): DocumentMode {
  const docs = overrides.services[serviceId]?.documents;
  if (docs?.remove?.includes(id)) return 'removed';
  if (docs?.upsert?.some((d) => d.id === id)) return 'optional';
  return 'default';
}

/** Optional wherever the shipped item is required or optional; not needed elsewhere, as shipped. */
function optionalItem(doc: DocumentItem): DocumentItem {
  return {
    ...clone(doc),
    requiredWhen: { always: false },
    optionalWhen: { any: [doc.requiredWhen, doc.optionalWhen ?? { always: false }] },
  };
}

export function withDocumentMode(
  overrides: CatalogueOverrides,
  defaults: Catalogue,
  serviceId: ServiceId,
  id: string,
  mode: DocumentMode,
): CatalogueOverrides {
  const doc = defaults.services[serviceId].documents.find((d) => d.id === id);
  if (!doc) return overrides;
  const next = clone(overrides);
  const service = (next.services[serviceId] ??= {});
  const docs = (service.documents ??= {});
  docs.remove = (docs.remove ?? []).filter((x) => x !== id);
  docs.upsert = (docs.upsert ?? []).filter((d) => d.id !== id);
  if (mode === 'removed') docs.remove.push(id);
  if (mode === 'optional') docs.upsert.push(optionalItem(doc));
  return pruned(next);
}

export function withRefusalGrounds(
  overrides: CatalogueOverrides,
  defaults: Catalogue,
  serviceId: ServiceId,
  grounds: Ground[],
): CatalogueOverrides {
  const next = clone(overrides);
  const service = (next.services[serviceId] ??= {});
  const kinds = { ...(service.grounds ?? {}) };
  if (same(grounds, defaults.services[serviceId].grounds.refusal)) delete kinds.refusal;
  else kinds.refusal = clone(grounds);
  service.grounds = kinds;
  return pruned(next);
}

/** A refusal ground added by the administrator (unnumbered: the regulation's numbering stays as is). */
export function adminGround(ru: string, kk: string): Ground {
  return { number: null, text: { ru: ru.trim(), kk: kk.trim() }, source: 'administrator override' };
}
