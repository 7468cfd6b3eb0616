/**
 * Administrator overrides over the shipped catalogue (docs/decisions.md: every rule is configuration with
 * the regulation's values as defaults). Overrides are JSON, validated with zod, applied by a pure
 * function; the result carries a rules version derived from the overrides' content, so a case can
 * record the rules it was accepted under and the same overrides always give the same version.
 */
import { SERVICE_IDS } from './ids';
import type { Catalogue } from './types';
import { parseOverrides, type CatalogueOverrides } from './override-schema';
import { applyService } from './override-apply';

export {
  conditionSchema,
  overridesSchema,
  parseOverrides,
  termSchema,
  type CatalogueOverrides,
  type ChannelOverride,
  type ServiceOverride,
} from './override-schema';
export { OverrideError } from './override-apply';

/** JSON with sorted keys, so equal overrides hash equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 64-bit FNV-1a over the UTF-8 bytes: a content fingerprint, not a security measure. */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let hash = 0xcbf29ce484222325n;
  for (const b of bytes) {
    hash ^= BigInt(b);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function isEmptyOverrides(o: CatalogueOverrides): boolean {
  return Object.values(o.services).every((s) => s === undefined);
}

/**
 * Applies validated overrides over the defaults and returns a new catalogue; the defaults are not
 * touched. rulesVersion = the defaults' version + a fingerprint of the overrides (none when empty).
 */
export function applyOverrides(defaults: Catalogue, overrides: unknown): Catalogue {
  const parsed = parseOverrides(overrides);
  const result = JSON.parse(JSON.stringify(defaults)) as Catalogue;
  for (const id of SERVICE_IDS) {
    const o = parsed.services[id];
    if (o) applyService(result.services[id], o);
  }
  result.rulesVersion = isEmptyOverrides(parsed)
    ? defaults.rulesVersion
    : `${defaults.rulesVersion}+${fnv1a64(canonicalJson(parsed))}`;
  return result;
}
