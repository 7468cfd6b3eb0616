/**
 * Journal queries (issue 4, item 7): search by case number, IIN or surname prefix, and filters, always
 * through an index, never a full scan of the cases table. Takes the db as a parameter so unit tests
 * run it on fake-indexeddb.
 */
import type { Collection, InsertType } from 'dexie';
import { parseCaseNumber, CASE_NUMBER_LENGTH, type CaseNumberError } from '@shared/case-number';
import { foldSurname } from '@shared/case/search';
import { iinSearchTagSync, surnameSearchTagSync } from '@shared/at-rest';
import { KEY_SEPARATOR, SURNAME_PREFIX_MAX, orderRange } from '@shared/case/sortKeys';
import type { Channel, ServiceId } from '@shared/catalogue/ids';
import { isClosed } from '@shared/lifecycle/rules';
import { CASE_STATUSES, holderOf, type CaseStatus } from '@shared/lifecycle/statuses';
import { addDays, almatyInstant, type LocalDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import type { CaseRow } from '../db/types';

type Cases = Collection<CaseRow, string, InsertType<CaseRow, 'id'>>;

/** What the search box holds, once read. */
export type SearchTerm =
  | { kind: 'none' }
  | { kind: 'number'; digits: string }
  /** 14 digits (or more) that are not a valid case number: nothing is searched, the user is told why. */
  | { kind: 'bad-number'; error: CaseNumberError }
  /** 1-12 digits: an IIN or its beginning. */
  | { kind: 'iin'; prefix: string }
  | { kind: 'surname'; fold: string };

const SEPARATORS = /[\s\-‐-―−]/g;

export function readSearch(text: string): SearchTerm {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'none' };
  const compact = trimmed.replace(SEPARATORS, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length <= 12) return { kind: 'iin', prefix: compact };
    const parsed = parseCaseNumber(compact);
    if (parsed.ok) return { kind: 'number', digits: parsed.value.digits };
    return { kind: 'bad-number', error: compact.length === CASE_NUMBER_LENGTH ? parsed.error : 'length' };
  }
  const fold = foldSurname(trimmed);
  return fold ? { kind: 'surname', fold } : { kind: 'none' };
}

export interface JournalFilters {
  /** Accepted on or after this Almaty date. */
  from?: LocalDate | null;
  /** Accepted on or before this Almaty date (inclusive). */
  to?: LocalDate | null;
  serviceId?: ServiceId | null;
  status?: CaseStatus | null;
  channel?: Channel | null;
  districtOfficeCode?: string | null;
  overdue?: boolean;
}

export interface JournalQuery {
  search?: string;
  filters?: JournalFilters;
  /** Today's Almaty date, passed in (overdue). */
  today: LocalDate;
  /** Most rows returned (default JOURNAL_MAX; the journal asks a page at a time). */
  limit?: number;
}

export interface JournalResult {
  rows: CaseRow[];
  /** More rows matched than were returned (narrow the filters or the period). */
  truncated: boolean;
  /**
   * How many cases match, up to JOURNAL_MAX + 1, when the index alone can tell (its keys read, no
   * rows); undefined when a filter must be checked on the rows.
   */
  total?: number;
  term: SearchTerm;
  /** The index the query walked, for tests and diagnostics. */
  index: string;
}

/** Statuses in which the district office holds a case and runs its own clock. */
const DISTRICT_HELD: CaseStatus[] = CASE_STATUSES.filter((s) => holderOf(s, 'center') === 'district');

/** The journal reads a page of rows at a time as it is scrolled, up to JOURNAL_MAX in all. */
export const JOURNAL_PAGE = 100;
export const JOURNAL_MAX = 500;

/** Most candidate rows read from an unordered index before sorting; keeps a query bounded. */
export const CANDIDATE_CAP = 5000;

/** The result was delivered, or the case ended without one: it can no longer be late. */
export function isFinished(row: Pick<CaseRow, 'state'>): boolean {
  const { milestones, status, serviceId, channel } = row.state;
  return (
    milestones.deliveredAt !== undefined ||
    milestones.closedAt !== undefined ||
    isClosed(status, serviceId, channel)
  );
}

/**
 * Late on either clock (docs/decisions.md: a ЦОН case late at the ЦОН or at the district office is
 * visibly late): a due date before today on a case not yet finished.
 */
export function isOverdue(row: Pick<CaseRow, 'state' | 'deadlines' | 'dueDate'>, today: LocalDate): boolean {
  if (isFinished(row)) return false;
  const dates = [row.dueDate, row.deadlines.due, row.deadlines.districtClock?.due].filter(
    (d): d is string => typeof d === 'string' && d !== '',
  );
  return dates.some((d) => d < today);
}

export function periodBounds(from?: LocalDate | null, to?: LocalDate | null): [number, number] {
  return [from ? almatyInstant(from) : 0, to ? almatyInstant(addDays(to, 1)) - 1 : Number.MAX_SAFE_INTEGER];
}

function matchesFilters(row: CaseRow, f: JournalFilters, today: LocalDate): boolean {
  const [lo, hi] = periodBounds(f.from, f.to);
  if (row.acceptedAt < lo || row.acceptedAt > hi) return false;
  if (f.serviceId && row.serviceId !== f.serviceId) return false;
  if (f.status && row.status !== f.status) return false;
  if (f.channel && row.channel !== f.channel) return false;
  if (f.districtOfficeCode && row.districtOfficeCode !== f.districtOfficeCode) return false;
  if (f.overdue && !isOverdue(row, today)) return false;
  return true;
}

const newestFirst = (a: CaseRow, b: CaseRow) => b.acceptedAt - a.acceptedAt || (a.id < b.id ? 1 : -1);

/** Reads an unordered candidate set (bounded), filters, sorts newest first and cuts to `limit`. */
async function finish(
  collection: Cases,
  keep: (row: CaseRow) => boolean,
  limit: number,
): Promise<{ rows: CaseRow[]; truncated: boolean }> {
  const candidates = await collection.limit(CANDIDATE_CAP + 1).toArray();
  const capped = candidates.length > CANDIDATE_CAP;
  const rows = candidates.slice(0, CANDIDATE_CAP).filter(keep).sort(newestFirst);
  return { rows: rows.slice(0, limit), truncated: capped || rows.length > limit };
}

/** Filters set beside the search and the period, which every ordered walk covers by its range. */
function activeFilters(f: JournalFilters): number {
  return [f.serviceId, f.status, f.channel, f.districtOfficeCode, f.overdue].filter(Boolean).length;
}

/**
 * Walks an index already in the journal's order and stops after limit + 1 matches. Without a check
 * left to make, Dexie reads the range with one bounded getAll: no row beyond those shown is read.
 */
async function walk(
  range: () => Cases,
  check: ((row: CaseRow) => boolean) | null,
  limit: number,
): Promise<{ rows: CaseRow[]; truncated: boolean; total?: number }> {
  if (check) {
    const rows = await range()
      .filter(check)
      .limit(limit + 1)
      .toArray();
    return { rows: rows.slice(0, limit), truncated: rows.length > limit };
  }
  const [rows, keys] = await Promise.all([
    range()
      .limit(limit + 1)
      .toArray(),
    range()
      .limit(JOURNAL_MAX + 1)
      .primaryKeys(),
  ]);
  return { rows: rows.slice(0, limit), truncated: rows.length > limit, total: keys.length };
}

export async function queryJournal(db: AppDatabase, q: JournalQuery): Promise<JournalResult> {
  const f = q.filters ?? {};
  const limit = q.limit ?? JOURNAL_MAX;
  const term = readSearch(q.search ?? '');
  const keep = (row: CaseRow) => matchesFilters(row, f, q.today);
  const [lo, hi] = periodBounds(f.from, f.to);
  const order = orderRange(lo, hi);
  const active = activeFilters(f);

  switch (term.kind) {
    case 'bad-number':
      return { rows: [], truncated: false, term, index: 'none' };
    case 'number': {
      const row = await db.cases.get(term.digits);
      return { rows: row && keep(row) ? [row] : [], truncated: false, term, index: 'id' };
    }
    case 'iin': {
      // Blind tags (issue 13): one entry per IIN prefix and the whole IIN, each before the order key,
      // so the walk is newest first.
      const bucket = iinSearchTagSync(db.atRest.keys(), term.prefix) + KEY_SEPARATOR;
      const c = () => db.cases.where('iinKeys').between(bucket + order[0], bucket + order[1], true, true);
      return { ...(await walk(c, active > 0 ? keep : null, limit)), term, index: 'iinKeys' };
    }
    case 'surname': {
      // One index entry per stored prefix (its blind tag), newest first; a longer search walks the
      // longest stored prefix and checks the rest of it on the rows read.
      const bucket = surnameSearchTagSync(db.atRest.keys(), term.fold) + KEY_SEPARATOR;
      const c = () => db.cases.where('surnameKeys').between(bucket + order[0], bucket + order[1], true, true);
      const check =
        term.fold.length > SURNAME_PREFIX_MAX || active > 0
          ? (row: CaseRow) => row.surnameFold.startsWith(term.fold) && keep(row)
          : null;
      return { ...(await walk(c, check, limit)), term, index: 'surnameKeys' };
    }
    default:
      break;
  }

  // No search text: every equality filter has an index compounded with the order key, bounded by the
  // period; the one with the fewest entries (a key-range count, no rows read) is walked newest first.
  const options: { index: string; ordered: boolean; collection: () => Cases }[] = [];
  const eq = (field: string, value: string | null | undefined) => {
    if (value)
      options.push({
        index: `[${field}+order]`,
        ordered: true,
        collection: () =>
          db.cases.where(`[${field}+order]`).between([value, order[0]], [value, order[1]], true, true),
      });
  };
  eq('status', f.status);
  eq('serviceId', f.serviceId);
  eq('districtOfficeCode', f.districtOfficeCode);
  eq('channel', f.channel);
  if (f.overdue) {
    // '' (same-visit services) sorts before every date and is excluded by the lower bound.
    options.push({
      index: 'dueDate',
      ordered: false,
      collection: () => db.cases.where('dueDate').between('0000-00-00', q.today, true, false),
    });
  }
  const lateOnDistrictClock = async (): Promise<CaseRow[]> =>
    // A ЦОН case is late on either clock (docs/decisions.md); the index holds the receipt's due date,
    // so the district office's own clock is checked on the ЦОН cases the district holds.
    f.overdue && f.channel !== 'district'
      ? (
          await db.cases
            .where('status')
            .anyOf(DISTRICT_HELD)
            .limit(CANDIDATE_CAP + 1)
            .toArray()
        ).filter((r) => r.channel === 'center')
      : [];
  if (options.length > 0) {
    const counts = await Promise.all(options.map((o) => o.collection().count()));
    const chosen = options[counts.indexOf(Math.min(...counts))]!;
    if (chosen.ordered)
      return {
        ...(await walk(chosen.collection, active > 1 ? keep : null, limit)),
        term,
        index: chosen.index,
      };
    const found = await finish(chosen.collection(), keep, limit);
    const seen = new Set(found.rows.map((r) => r.id));
    const extra = (await lateOnDistrictClock()).filter((r) => !seen.has(r.id) && keep(r));
    const rows = [...found.rows, ...extra].sort(newestFirst);
    return {
      rows: rows.slice(0, limit),
      truncated: found.truncated || rows.length > limit,
      term,
      index: chosen.index,
    };
  }
  // Only a period, or nothing: the order index itself, newest first.
  const c = () => db.cases.where('order').between(order[0], order[1], true, true);
  return { ...(await walk(c, null, limit)), term, index: 'order' };
}
