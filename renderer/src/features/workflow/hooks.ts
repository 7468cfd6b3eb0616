/** Reading hooks of the workflow screens: the office, "now", a case with its clock records. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useNow } from '../../app/hooks';
import { useDb } from '../../db/DbContext';
import { getSetting } from '../../db/settings';
import type { AuditEvent, CaseRow, OfficeConfig } from '../../db/types';
import { recordsFromAudit, type ClockRecord } from '@shared/workflow/clocks';

/**
 * "Now" for deadline screens. It is `Date.now()` refreshed every 30 s, so a test fixes it with
 * Playwright's `page.clock.setFixedTime` (which replaces Date) rather than a custom flag.
 */
export function useWorkflowNow(): number {
  return useNow(30_000);
}

export function useOffice(): OfficeConfig | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getSetting(db, 'office')) ?? null, [db]);
}

/** The catalogue and the working calendar in force (administrator overrides over the defaults), live. */
export { useRules } from '../../rules/useRules';

export interface CaseWithHistory {
  row: CaseRow | null;
  history: AuditEvent[];
  records: ClockRecord[];
}

/** The case and its audit trail, live; undefined while loading, row null when there is no such case. */
export function useCaseWithHistory(caseId: string): CaseWithHistory | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const row = (await db.cases.get(caseId)) ?? null;
    const history = row ? await db.audit.where('caseId').equals(caseId).toArray() : [];
    return { row, history, records: recordsFromAudit(history) };
  }, [db, caseId]);
}
