/**
 * Dexie version 5: the journal of appeals (issue 15). One file per version, as every
 * version under db/migrations; the constructor in db/database.ts calls them in order.
 * Version 4 belongs to another feature; Dexie merges each version's stores over the earlier ones.
 */
import type { Dexie } from 'dexie';

export const COMPLAINTS_SCHEMA_VERSION = 5;

export function declareComplaintsSchema(db: Dexie): void {
  db.version(COMPLAINTS_SCHEMA_VERSION).stores({
    complaints: 'id, registeredAt, status, kind, iin, surnameFold, caseId, dueDate',
    complaintDrafts: 'id, userId, updatedAt',
  });
}
