/**
 * The one local database. Every schema version stays here with its upgrade, because an installation
 * may skip releases; Dexie's version(n) is IndexedDB version 10·n.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AuditEvent, SettingRow, UserRow } from './types';
import { auditAppendOnly } from './auditGuard';

export const DB_NAME = 'almaty-social-services';

export class AppDatabase extends Dexie {
  settings!: Table<SettingRow, string>;
  users!: EntityTable<UserRow, 'id'>;
  audit!: EntityTable<AuditEvent, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      settings: 'key',
      users: 'id, &login',
      audit: '++id, at, userId, action, caseId',
    });
    // Later issues add their tables in version(2+), keeping version(1) above untouched, e.g.:
    // this.version(2).stores({ cases: 'id, number, iin, serviceId, status, acceptedAt',
    //   drafts: 'id, userId', registries: 'id, number, direction, createdAt' })
    //   .upgrade(async (tx) => { /* fill new fields of existing rows */ });
    this.use(auditAppendOnly);
  }
}

/** The current schema's IndexedDB version (Dexie multiplies by 10). */
export const SCHEMA_VERSION = 1;

/**
 * Asks the browser not to evict our data under storage pressure. Electron grants it; a browser may
 * refuse, which we only report.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
) {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
