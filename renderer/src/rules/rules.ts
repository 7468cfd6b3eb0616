/**
 * The rules in force (issue 3 items 1 and 3, docs/decisions.md "every rule is configuration data"): the
 * administrator's catalogue overrides and calendar corrections, stored in the settings table and
 * applied over the shipped defaults. Every overrides JSON ever saved is kept by its rules version
 * (`rulesHistory`), so the catalogue a case was accepted under can be rebuilt from `intake.rulesVersion`.
 */
import { z } from 'zod';
import { can } from '@shared/auth/access';
import {
  buildCalendar,
  CalendarCorrectionError,
  type CalendarCorrection,
  type WorkingCalendar,
} from '@shared/calendar';
import {
  applyOverrides,
  BASE_RULES_VERSION,
  defaultCatalogue,
  OverrideError,
  parseOverrides,
  type Catalogue,
  type CatalogueOverrides,
} from '@shared/catalogue';
import { auditLog } from '../db/audit';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';

export const EMPTY_OVERRIDES: CatalogueOverrides = { services: {} };

/** A stored setting that could not be applied: the defaults are used instead and this says why. */
export interface RulesProblem {
  setting: 'catalogueOverrides' | 'calendarCorrections';
  /** Technical detail, for the console. */
  message: string;
  /** What was thrown, for the user's message (ui/errorMessage). */
  cause: unknown;
}

export interface Rules {
  catalogue: Catalogue;
  calendar: WorkingCalendar;
  /** The overrides in force (empty when none, or when the stored ones were broken). */
  overrides: CatalogueOverrides;
  corrections: CalendarCorrection[];
  /** Non-empty when a stored override or correction was broken and the defaults were used. */
  problems: RulesProblem[];
}

const nonEmpty = z.string().trim().min(1);
export const correctionSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    kind: z.enum(['day-off', 'working-day']),
    reason: z.object({ ru: nonEmpty, kk: nonEmpty, kkReview: z.boolean().optional() }).strict(),
  })
  .strict();
const correctionsSchema = z.array(correctionSchema);

function errorMessage(e: unknown): string {
  if (e instanceof z.ZodError) {
    return e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  }
  return e instanceof Error ? e.message : String(e);
}

/** Overrides applied over the defaults; throws ZodError or OverrideError when they do not fit. */
export function catalogueWith(overrides: unknown): Catalogue {
  return applyOverrides(defaultCatalogue(), overrides);
}

/** Corrections validated and turned into a calendar; throws ZodError or CalendarCorrectionError. */
export function calendarWith(corrections: unknown): {
  calendar: WorkingCalendar;
  corrections: CalendarCorrection[];
} {
  const parsed = correctionsSchema.parse(corrections) as CalendarCorrection[];
  const dates = new Set<string>();
  for (const c of parsed) {
    if (dates.has(c.date)) throw new CalendarCorrectionError(c, `Two corrections for ${c.date}`);
    dates.add(c.date);
  }
  return { calendar: buildCalendar(parsed), corrections: parsed };
}

let cache: { key: string; rules: Rules } | null = null;

/** Pure: the rules from the two stored values (undefined = not set). Memoised on their content. */
export function rulesFrom(storedOverrides: unknown, storedCorrections: unknown): Rules {
  const key = JSON.stringify([storedOverrides ?? null, storedCorrections ?? null]);
  if (cache?.key === key) return cache.rules;
  const problems: RulesProblem[] = [];
  let catalogue: Catalogue;
  let overrides: CatalogueOverrides;
  try {
    overrides = storedOverrides === undefined ? EMPTY_OVERRIDES : parseOverrides(storedOverrides);
    catalogue = catalogueWith(overrides);
  } catch (e) {
    overrides = EMPTY_OVERRIDES;
    catalogue = defaultCatalogue();
    problems.push({ setting: 'catalogueOverrides', message: errorMessage(e), cause: e });
  }
  let calendar: WorkingCalendar;
  let corrections: CalendarCorrection[];
  try {
    ({ calendar, corrections } = calendarWith(storedCorrections ?? []));
  } catch (e) {
    calendar = buildCalendar();
    corrections = [];
    problems.push({ setting: 'calendarCorrections', message: errorMessage(e), cause: e });
  }
  for (const p of problems) {
    // Never silent: the Rules tab shows these too.
    console.error(`Stored ${p.setting} not applied, defaults used: ${p.message}`);
  }
  const rules = { catalogue, calendar, overrides, corrections, problems };
  cache = { key, rules };
  return rules;
}

/** The rules in force: stored overrides and corrections over the defaults. */
export async function loadRules(db: AppDatabase): Promise<Rules> {
  const [o, c] = await Promise.all([
    getSetting(db, 'catalogueOverrides'),
    getSetting(db, 'calendarCorrections'),
  ]);
  return rulesFrom(o, c);
}

/**
 * The catalogue a case was accepted under, rebuilt from the overrides kept for its rules version;
 * null when the version is unknown here (e.g. a case imported from an office with other overrides).
 */
export async function catalogueFor(db: AppDatabase, rulesVersion: string): Promise<Catalogue | null> {
  if (rulesVersion === BASE_RULES_VERSION) return defaultCatalogue();
  const history = (await getSetting(db, 'rulesHistory')) ?? {};
  const overrides = history[rulesVersion];
  if (overrides === undefined) return null;
  try {
    const catalogue = catalogueWith(overrides);
    return catalogue.rulesVersion === rulesVersion ? catalogue : null;
  } catch {
    return null;
  }
}

/** `invalid` keeps what was thrown (`cause`) for the user's message and its text for logs. */
export type SaveRulesError = { code: 'not-allowed' } | { code: 'invalid'; message: string; cause: unknown };
export type SaveRulesResult = { ok: true; rulesVersion: string } | { ok: false; error: SaveRulesError };

/** Validates without saving: the resulting rules version, or why the overrides do not fit. */
export function checkOverrides(overrides: unknown): SaveRulesResult {
  try {
    return { ok: true, rulesVersion: catalogueWith(overrides).rulesVersion };
  } catch (e) {
    if (e instanceof z.ZodError || e instanceof OverrideError) {
      return { ok: false, error: { code: 'invalid', message: errorMessage(e), cause: e } };
    }
    throw e;
  }
}

export function checkCorrections(corrections: unknown): SaveRulesResult {
  try {
    calendarWith(corrections);
    return { ok: true, rulesVersion: '' };
  } catch (e) {
    if (e instanceof z.ZodError || e instanceof CalendarCorrectionError) {
      return { ok: false, error: { code: 'invalid', message: errorMessage(e), cause: e } };
    }
    throw e;
  }
}

/**
 * Saves the catalogue overrides (administrators only), after validating them over the defaults; the
 * setting, the version history and the audit entry are written in one transaction.
 */
export async function saveOverrides(
  db: AppDatabase,
  overrides: unknown,
  actorId: string,
  now: number,
): Promise<SaveRulesResult> {
  let parsed: CatalogueOverrides;
  let version: string;
  try {
    parsed = parseOverrides(overrides);
    version = catalogueWith(parsed).rulesVersion;
  } catch (e) {
    if (e instanceof z.ZodError || e instanceof OverrideError) {
      return { ok: false, error: { code: 'invalid', message: errorMessage(e), cause: e } };
    }
    throw e;
  }
  return db.transaction('rw', db.settings, db.users, db.audit, async (): Promise<SaveRulesResult> => {
    const actor = await db.users.get(actorId);
    if (!actor || actor.disabled || !can(actor, 'settings:office')) {
      return { ok: false, error: { code: 'not-allowed' } };
    }
    const before = await getSetting(db, 'catalogueOverrides');
    const from =
      before === undefined
        ? BASE_RULES_VERSION
        : ((checkOverrides(before) as { rulesVersion?: string }).rulesVersion ?? 'invalid');
    const history = { ...((await getSetting(db, 'rulesHistory')) ?? {}) };
    if (version !== BASE_RULES_VERSION) history[version] = parsed;
    await db.settings.put({ key: 'catalogueOverrides', value: parsed });
    await db.settings.put({ key: 'rulesHistory', value: history });
    await auditLog.append(
      db,
      { userId: actorId, action: 'settings.changed', details: { rulesVersion: { from, to: version } } },
      now,
    );
    return { ok: true, rulesVersion: version };
  });
}

/** Saves the calendar corrections (administrators only), validated first; one transaction with the audit entry. */
export async function saveCorrections(
  db: AppDatabase,
  corrections: unknown,
  actorId: string,
  now: number,
): Promise<SaveRulesResult> {
  let parsed: CalendarCorrection[];
  try {
    parsed = calendarWith(corrections).corrections;
  } catch (e) {
    if (e instanceof z.ZodError || e instanceof CalendarCorrectionError) {
      return { ok: false, error: { code: 'invalid', message: errorMessage(e), cause: e } };
    }
    throw e;
  }
  return db.transaction('rw', db.settings, db.users, db.audit, async (): Promise<SaveRulesResult> => {
    const actor = await db.users.get(actorId);
    if (!actor || actor.disabled || !can(actor, 'settings:office')) {
      return { ok: false, error: { code: 'not-allowed' } };
    }
    const before = (await getSetting(db, 'calendarCorrections')) ?? [];
    await db.settings.put({ key: 'calendarCorrections', value: parsed });
    const dates = (list: readonly CalendarCorrection[]) => list.map((c) => `${c.date} ${c.kind}`).join(', ');
    await auditLog.append(
      db,
      {
        userId: actorId,
        action: 'settings.changed',
        details: { calendarCorrections: { from: dates(before), to: dates(parsed) } },
      },
      now,
    );
    const rulesVersion = (await loadRulesIn(db)).catalogue.rulesVersion;
    return { ok: true, rulesVersion };
  });
}

async function loadRulesIn(db: AppDatabase): Promise<Rules> {
  return rulesFrom(await getSetting(db, 'catalogueOverrides'), await getSetting(db, 'calendarCorrections'));
}
