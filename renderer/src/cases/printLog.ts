/**
 * Prints of a case's documents in its history (issue 16, item 8): the first print of a kind is the
 * original; every later one is a duplicate, marked on the paper with its date and recorded here. A
 * counter refusal, which is not a case, records its reprints against the refusal's id.
 */
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';

export const DOCUMENT_PRINTED = 'case.document-printed';
export const REFUSAL_REPRINTED = 'intake.counter-refusal-reprinted';

/** How many times this document of the case was printed before. */
export async function timesPrinted(db: AppDatabase, caseId: string, kind: string): Promise<number> {
  const events = await db.audit.where('caseId').equals(caseId).toArray();
  return events.filter((e) => e.action === DOCUMENT_PRINTED && e.details?.['kind'] === kind).length;
}

export async function recordCasePrint(
  db: AppDatabase,
  input: { caseId: string; kind: string; lang: string; userId: string | null; copy: number },
  now: number,
): Promise<void> {
  await auditLog.append(
    db,
    {
      userId: input.userId,
      action: DOCUMENT_PRINTED,
      caseId: input.caseId,
      details: { kind: input.kind, lang: input.lang, copy: input.copy, duplicate: input.copy > 1 },
    },
    now,
  );
}

export async function recordRefusalReprint(
  db: AppDatabase,
  input: { refusalId: number; lang: string; userId: string },
  now: number,
): Promise<void> {
  await auditLog.append(db, { userId: input.userId, action: REFUSAL_REPRINTED, details: { ...input } }, now);
}
