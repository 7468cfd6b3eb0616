/**
 * Version 2 (issue 4): cases, intake drafts, counter refusals and number sequences. The compound
 * [personKey+serviceId] serves the duplicate guard; surnameFold and iin the journal's prefix search.
 */
import type { Dexie } from 'dexie';

export function intakeV2(db: Dexie) {
  db.version(2).stores({
    cases:
      'id, personKey, iin, surnameFold, acceptedAt, serviceId, status, channel, districtOfficeCode, dueDate, [personKey+serviceId]',
    drafts: 'id, userId, updatedAt',
    counterRefusals: '++id, at, serviceId, officeCode',
    sequences: 'key',
  });
}
