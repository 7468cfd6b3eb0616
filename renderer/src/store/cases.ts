/** Live reads of cases: one case, its history and clocks, a person's cases, drafts, the journal. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ServiceId } from '@shared/catalogue/ids';
import type { LocalDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import { useDb } from '../db/DbContext';
import type { AuditEvent, CaseRow, DraftRow } from '../db/types';
import { listDrafts } from '../cases/drafts';
import { findOpenDuplicates } from '../cases/duplicates';
import { caseHistory } from '../journal/actions';
import { queryJournal, type JournalFilters, type JournalResult } from '../journal/query';
import { recordsFromAudit, type ClockRecord } from '@shared/workflow/clocks';

/** A case by its digits: undefined while loading, null when there is none (or no digits). */
export function useCase(digits: string | null | undefined): CaseRow | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (digits ? ((await db.cases.get(digits)) ?? null) : null), [db, digits]);
}

/** The case's audit events in the order they happened. */
export function useCaseHistory(caseId: string): AuditEvent[] | undefined {
  const db = useDb();
  return useLiveQuery(() => caseHistory(db, caseId), [db, caseId]);
}

export interface CaseWithHistory {
  row: CaseRow | null;
  history: AuditEvent[];
  records: ClockRecord[];
}

/** The case, its audit trail and clock records, live; row null when there is no such case. */
export function useCaseWithHistory(caseId: string): CaseWithHistory | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const row = (await db.cases.get(caseId)) ?? null;
    const history = row ? await db.audit.where('caseId').equals(caseId).toArray() : [];
    return { row, history, records: recordsFromAudit(history) };
  }, [db, caseId]);
}

/** Every case of a person (shared/iin personKey); empty without a key. */
export function useCasesOfPerson(personKey: string | null | undefined): CaseRow[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (personKey ? db.cases.where('personKey').equals(personKey).toArray() : []),
    [db, personKey],
  );
}

/** The person's open cases of this service (the duplicate check at intake); empty without a key. */
export function useOpenDuplicates(
  personKey: string | null | undefined,
  serviceId: ServiceId,
): CaseRow[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (personKey ? findOpenDuplicates(db, personKey, serviceId) : []),
    [db, personKey, serviceId],
  );
}

/** The user's intake drafts, latest first; empty without a user. */
export function useDrafts(userId: string | undefined): DraftRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => (userId ? listDrafts(db, userId) : []), [db, userId]);
}

/** One page of the journal (search, filters, up to `limit` rows). */
export function useJournal(
  search: string,
  filters: JournalFilters,
  today: LocalDate,
  limit: number,
): JournalResult | undefined {
  const db = useDb();
  return useLiveQuery(
    () => queryJournal(db, { search, filters, today, limit }),
    [db, search, filters, today, limit],
  );
}

/** One case read once (not live), e.g. for a scanned receipt. */
export async function getCase(db: AppDatabase, digits: string): Promise<CaseRow | undefined> {
  return db.cases.get(digits);
}
