/**
 * The one local database. Every schema version stays, with its upgrade, in its own file under
 * db/migrations, because an installation may skip releases; Dexie's version(n) is IndexedDB 10·n.
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
import { declareComplaintsSchema } from './migrations/v5-complaints';
import type { ComplaintDraftRow, ComplaintRow } from '../complaints/types';
import { caseSortKeysMiddleware } from './caseKeys';
import { accountsV1 } from './migrations/v1-accounts';
import { intakeV2 } from './migrations/v2-intake';
import { registryV3 } from './migrations/v3-registry';
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
    // One file per schema version under db/migrations, called in order; an installation may skip
    // releases, so every version stays with its upgrade.
    accountsV1(this);
    intakeV2(this);
    registryV3(this);
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
