/**
 * Audit viewer queries (issue 6, item 7): filter by period, user, action and case, newest first, in
 * pages. Every condition is a key range on one index of the audit table (at, userId, action, caseId);
 * the query counts each range (a key count, no rows read), intersects the primary keys of the ranges
 * and reads only the rows of the requested page. Nothing here writes: the audit table is append-only.
 */
import type { Collection, InsertType } from 'dexie';
import { addDays, almatyInstant, type LocalDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import type { AuditEvent } from '../db/types';

type Events = Collection<AuditEvent, number | undefined, InsertType<AuditEvent, 'id'>>;

export interface AuditFilters {
  /** Recorded on or after this Almaty date. */
  from?: LocalDate | null;
  /** Recorded on or before this Almaty date (inclusive). */
  to?: LocalDate | null;
  userId?: string | null;
  /** The stored action string (`auth.signed-in`, `case.decide` …). */
  action?: string | null;
  /** A case number, digits only. */
  caseId?: string | null;
}

export interface AuditPageQuery {
  filters: AuditFilters;
  /** Rows skipped (page × page size). */
  offset: number;
  limit: number;
  /** Overrides KEY_CAP (tests reach the large-range paths with small data). */
  keyCap?: number;
}

export interface AuditPage {
  rows: AuditEvent[];
  /** Rows matching the filters; a lower bound when `totalExact` is false. */
  total: number;
  totalExact: boolean;
  /** The index walked first, for tests and diagnostics. */
  index: string;
}

/**
 * Most primary keys read from one index to intersect. Keys are numbers: 200 000 of them are a few
 * megabytes and one getAllKeys call. A range larger than this is checked on the rows instead.
 */
export const KEY_CAP = 200_000;

interface Condition {
  index: string;
  collection: () => Events;
  test: (e: AuditEvent) => boolean;
}

/** [first, last] instants of an Almaty date range; open ends stay open. */
export function atBounds(from?: LocalDate | null, to?: LocalDate | null): [number, number] {
  return [from ? almatyInstant(from) : 0, to ? almatyInstant(addDays(to, 1)) - 1 : Number.MAX_SAFE_INTEGER];
}

/** Digits of a typed case number ("0123 4567-89" → "012345678 9"); null when it holds anything else. */
export function normaliseCaseNumber(text: string): string | null {
  const compact = text.replace(/[\s\-‐-―−]/g, '');
  return /^\d+$/.test(compact) ? compact : null;
}

function conditions(db: AppDatabase, f: AuditFilters): Condition[] {
  const out: Condition[] = [];
  if (f.from || f.to) {
    const [lo, hi] = atBounds(f.from, f.to);
    out.push({
      index: 'at',
      collection: () => db.audit.where('at').between(lo, hi, true, true),
      test: (e) => e.at >= lo && e.at <= hi,
    });
  }
  const eq = (index: 'userId' | 'action' | 'caseId', value: string | null | undefined) => {
    if (!value) return;
    out.push({
      index,
      collection: () => db.audit.where(index).equals(value),
      test: (e) => e[index] === value,
    });
  };
  eq('userId', f.userId);
  eq('action', f.action);
  eq('caseId', f.caseId);
  return out;
}

const byIdDesc = (a: number, b: number) => b - a;

/**
 * The ids matching every condition, newest (highest id) first, or null when even the smallest range
 * is over KEY_CAP (then the caller walks an index instead). `unchecked` are the conditions too large
 * to intersect by keys; the caller checks them on the rows.
 */
async function matchingIds(
  conds: Condition[],
  keyCap: number,
): Promise<{ ids: number[]; unchecked: Condition[]; index: string } | null> {
  const counts = await Promise.all(conds.map((c) => c.collection().count()));
  const order = conds.map((c, i) => ({ c, n: counts[i]! })).sort((a, b) => a.n - b.n);
  const smallest = order[0]!;
  if (smallest.n > keyCap) return null;
  let ids = new Set((await smallest.c.collection().primaryKeys()) as number[]);
  const unchecked: Condition[] = [];
  for (const { c, n } of order.slice(1)) {
    if (ids.size === 0) break;
    if (n > keyCap) {
      unchecked.push(c);
      continue;
    }
    const other = new Set((await c.collection().primaryKeys()) as number[]);
    ids = new Set([...ids].filter((id) => other.has(id)));
  }
  return { ids: [...ids].sort(byIdDesc), unchecked, index: smallest.c.index };
}

/** Reads rows by id in chunks, keeps those passing `keep`, stops after `want` kept rows. */
async function readChecked(
  db: AppDatabase,
  ids: number[],
  keep: (e: AuditEvent) => boolean,
  want: number,
): Promise<{ rows: AuditEvent[]; scannedAll: boolean }> {
  const CHUNK = 500;
  const rows: AuditEvent[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = await db.audit.bulkGet(ids.slice(i, i + CHUNK));
    for (const e of chunk) if (e && keep(e)) rows.push(e);
    if (rows.length >= want) return { rows, scannedAll: i + CHUNK >= ids.length };
  }
  return { rows, scannedAll: true };
}

/** One page of the audit log, newest first. */
export async function queryAudit(db: AppDatabase, q: AuditPageQuery): Promise<AuditPage> {
  const offset = Math.max(0, Math.floor(q.offset));
  const limit = Math.max(1, Math.floor(q.limit));
  const conds = conditions(db, q.filters);

  if (conds.length === 0) {
    const [rows, total] = await Promise.all([
      db.audit.orderBy('id').reverse().offset(offset).limit(limit).toArray(),
      db.audit.count(),
    ]);
    return { rows, total, totalExact: true, index: 'id' };
  }

  const matched = await matchingIds(conds, q.keyCap ?? KEY_CAP);
  if (matched) {
    const { ids, unchecked, index } = matched;
    if (unchecked.length === 0) {
      const page = ids.slice(offset, offset + limit);
      const rows = (await db.audit.bulkGet(page)).filter((e): e is AuditEvent => e !== undefined);
      return { rows, total: ids.length, totalExact: true, index };
    }
    const keep = (e: AuditEvent) => unchecked.every((c) => c.test(e));
    const { rows, scannedAll } = await readChecked(db, ids, keep, offset + limit + 1);
    return {
      rows: rows.slice(offset, offset + limit),
      total: rows.length,
      totalExact: scannedAll,
      index,
    };
  }

  // Every range is huge (a period of years on a busy office with no other filter narrowing it):
  // walk the period (or the first condition) backwards, checking the rest on each row.
  const walk = conds.find((c) => c.index === 'at') ?? conds[0]!;
  const keep = (e: AuditEvent) => conds.every((c) => c.test(e));
  const rows = await walk
    .collection()
    .reverse()
    .filter(keep)
    .offset(offset)
    .limit(limit + 1)
    .toArray();
  return {
    rows: rows.slice(0, limit),
    total: offset + rows.length,
    totalExact: rows.length <= limit,
    index: walk.index,
  };
}

/** Most rows one export writes; the viewer says so when the filters match more. */
export const EXPORT_CAP = 50_000;

/** All rows matching the filters (up to `cap`), newest first, for the CSV export. */
export async function collectAudit(
  db: AppDatabase,
  filters: AuditFilters,
  cap = EXPORT_CAP,
): Promise<{ rows: AuditEvent[]; truncated: boolean }> {
  const page = await queryAudit(db, { filters, offset: 0, limit: cap + 1 });
  return { rows: page.rows.slice(0, cap), truncated: page.rows.length > cap || page.total > cap };
}

/** The actions present in the log, for the filter's list: an index walk over distinct keys. */
export async function recordedActions(db: AppDatabase): Promise<string[]> {
  return (await db.audit.orderBy('action').uniqueKeys()) as string[];
}
