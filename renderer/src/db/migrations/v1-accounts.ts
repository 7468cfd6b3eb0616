/** Version 1 (issue 3): settings, user accounts and the append-only audit log. */
import type { Dexie } from 'dexie';

export function accountsV1(db: Dexie) {
  db.version(1).stores({
    settings: 'key',
    users: 'id, &login',
    audit: '++id, at, userId, action, caseId',
  });
}
