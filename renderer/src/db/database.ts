/**
 * The one local database. Every schema version stays here with its upgrade, because an installation
 * may skip releases; Dexie's version(n) is IndexedDB version 10·n.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AuditEvent,
  CaseRow,
  CounterRefusalRow,
  DraftRow,
  SequenceRow,
  SettingRow,
  UserRow,
  OfficeKeyRow,
  TrustedCardRow,
  RevocationRow,
  RegistryRow,
  CasePartRow,
  CustodyScanRow,
  KeyWrapRow,
} from './types';
import { auditAppendOnly } from './auditGuard';
import { declareComplaintsSchema } from '../complaints/schema';
import type { ComplaintDraftRow, ComplaintRow } from '../complaints/types';
import { caseSortKeysMiddleware } from './caseKeys';
import { searchKeysV4 } from './migrations/v4-search-keys';
import { atRestV6 } from './migrations/v6-at-rest';
import { AtRestKeyRing } from './atRest/keyRing';
import { sealedStoreMiddleware } from './atRest/sealedStore';

export const DB_NAME = 'almaty-social-services';

export class AppDatabase extends Dexie {
  settings!: Table<SettingRow, string>;
  users!: EntityTable<UserRow, 'id'>;
  audit!: EntityTable<AuditEvent, 'id'>;
  cases!: EntityTable<CaseRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  counterRefusals!: EntityTable<CounterRefusalRow, 'id'>;
  sequences!: EntityTable<SequenceRow, 'key'>;
  // registry exchange (issue 5)
  officeKeys!: EntityTable<OfficeKeyRow, 'keyId'>;
  trustedCards!: EntityTable<TrustedCardRow, 'keyId'>;
  revocations!: EntityTable<RevocationRow, 'keyId'>;
  registries!: EntityTable<RegistryRow, 'id'>;
  caseParts!: Table<CasePartRow, [string, string]>;
  custodyScans!: EntityTable<CustodyScanRow, 'id'>;
  // complaints (issue 15), version 5
  complaints!: EntityTable<ComplaintRow, 'id'>;
  complaintDrafts!: EntityTable<ComplaintDraftRow, 'id'>;
  // personal data at rest (issue 13), version 6
  keyWraps!: Table<KeyWrapRow, string>;
  /** The data key while someone is signed in; memory only (atRest/keyRing.ts). */
  readonly atRest = new AtRestKeyRing();

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      settings: 'key',
      users: 'id, &login',
      audit: '++id, at, userId, action, caseId',
    });
    // Intake (issue 4). Compound [personKey+serviceId] serves the duplicate guard; surnameFold and
    // iin serve the journal's prefix search without a full scan.
    this.version(2).stores({
      cases:
        'id, personKey, iin, surnameFold, acceptedAt, serviceId, status, channel, districtOfficeCode, dueDate, [personKey+serviceId]',
      drafts: 'id, userId, updatedAt',
      counterRefusals: '++id, at, serviceId, officeCode',
      sequences: 'key',
    });
    // Registry exchange (issue 5): the office's wrapped keys, the trust store, registries sent and
    // received (with the file bytes and the import report), snapshots of parts owned by other
    // offices (what the merge compares against) and custody scans of paper packages.
    this.version(3).stores({
      officeKeys: 'keyId, createdAt, status',
      trustedCards: 'keyId, officeCode, status',
      revocations: 'keyId',
      registries: 'id, direction, kind, pairKey, fileId, createdAt, status',
      caseParts: '[caseId+part], caseId',
      custodyScans: '++id, registryId, caseId, at',
    });
    // Later issues add their tables in version(6+), keeping the versions above untouched.
    searchKeysV4(this); // version(4): sortable case keys, surnames refolded (issues 10, 12)
    declareComplaintsSchema(this); // version(5): complaints (issue 15)
    atRestV6(this); // version(6): wrapped data keys, blind IIN index (issue 13)
    this.use(auditAppendOnly);
    this.use(caseSortKeysMiddleware);
    // Its level puts it below the ones above whatever the order: sort keys are set on the plain row first.
    this.use(sealedStoreMiddleware(this.atRest));
  }
}

/** The current schema's IndexedDB version (Dexie multiplies by 10). */
export const SCHEMA_VERSION = 6;

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
