/**
 * Full backup and restore of the local database (issue 7 item 3; docs/backup.md).
 *
 * Every table is dumped and restored through `db.tables` (rows as stored, on a connection without the
 * middleware), so tables added by later schema versions
 * are covered without touching this file. Reading happens in one read transaction and encryption after
 * it; restore decrypts and validates everything before its single write transaction.
 *
 * The audit table is append-only for the application (auditGuard.ts). A restore replaces the whole
 * database, so it writes through its own connection opened without the application's middleware,
 * used for nothing else, and clears and refills every table in one transaction: either the backup's
 * contents are in place, or (quota, crash) the previous contents are untouched.
 */
import { Dexie } from 'dexie';
import {
  BackupRefusal,
  decryptBackup,
  encryptBackup,
  type BackupDump,
  type BackupOffice,
} from '@shared/backup';
import { nextRestoreEpoch } from '@shared/case-number';
import type { RandomSource } from '@shared/crypto';
import type { EpochMarker } from './epochMarker';

import {
  dumpDatabase,
  EPOCH_KEY,
  epochOf,
  isOutbound,
  OFFICE_KEY,
  officeOf,
  settingValue,
  tableSchemaString,
} from './dump';

export { dumpDatabase, tableSchemaString };

export interface CreateBackupOptions {
  iterations?: number;
  random?: RandomSource;
}

/** The encrypted backup file of the whole database. */
export async function createBackup(
  db: Dexie,
  passphrase: string,
  now: number,
  options: CreateBackupOptions = {},
): Promise<{ bytes: Uint8Array; dump: BackupDump }> {
  const dump = await dumpDatabase(db, now);
  const bytes = await encryptBackup(dump, passphrase, options);
  return { bytes, dump };
}

/** What the confirmation shows before anything is replaced. */
export interface BackupSummary {
  createdAt: number;
  office: BackupOffice | null;
  schemaVersion: number;
  rowCounts: Record<string, number>;
}

export interface OpenedBackup {
  dump: BackupDump;
  summary: BackupSummary;
}

/**
 * Decrypts and checks a backup file without writing anything. Throws BackupRefusal (wrong passphrase,
 * damaged, truncated, newer format, a schema newer than this release's, a table this release lacks).
 */
export async function openBackup(db: Dexie, bytes: Uint8Array, passphrase: string): Promise<OpenedBackup> {
  const dump = await decryptBackup(bytes, passphrase);
  if (dump.schemaVersion > db.verno) {
    throw new BackupRefusal('newer-schema', `${dump.schemaVersion} > ${db.verno}`);
  }
  const known = new Set(db.tables.map((t) => t.name));
  for (const name of Object.keys(dump.tables)) {
    if (!known.has(name)) throw new BackupRefusal('unknown-table', name);
  }
  const rowCounts: Record<string, number> = {};
  for (const [name, t] of Object.entries(dump.tables)) rowCounts[name] = t.rows.length;
  return {
    dump,
    summary: { createdAt: dump.createdAt, office: dump.office, schemaVersion: dump.schemaVersion, rowCounts },
  };
}

/** Epochs named by sequence keys `<office>-<desk>-<epoch>-<yy>` of this office and desk. */
function sequenceEpochs(rows: unknown[], office: BackupOffice): number[] {
  const out: number[] = [];
  for (const row of rows) {
    const key = (row as { key?: unknown } | null)?.key;
    if (typeof key !== 'string') continue;
    const m = /^([0-9]{2})-([0-9]{2})-([0-9])-[0-9]{2}$/.exec(key);
    if (m && m[1] === office.officeCode && m[2] === office.deskCode) out.push(Number(m[3]));
  }
  return out;
}

export interface ApplyOptions {
  /** The epoch marker outside the database. */
  marker: EpochMarker;
  /** Opens the application's database class under another name (staging of an older schema). */
  openAppDatabase?: (name: string) => Dexie;
  /**
   * Who restored and when: recorded as a `backup.restored` audit entry in the restored database, in
   * the same transaction as the rows.
   */
  audit?: { userId: string | null; now: number };
}

export const RESTORE_AUDIT_ACTION = 'backup.restored';

export interface RestoreResult {
  summary: BackupSummary;
  /** The restore epoch the restored desk numbers cases in from now on. */
  epoch: number;
}

type Rows = Record<string, { rows: unknown[]; keys?: unknown[] }>;

/**
 * Brings an older backup's rows to the current schema by running the application's own upgrades on a
 * staging database: create it at the backup's version with the backup's table schemas, fill it, open
 * it with the application's class (Dexie runs the upgrades), read it back, delete it.
 */
async function upgradeRows(
  dump: BackupDump,
  name: string,
  openAppDatabase: (name: string) => Dexie,
): Promise<Rows> {
  const stagingName = `${name}-restore-staging`;
  await Dexie.delete(stagingName);
  const old = new Dexie(stagingName);
  const stores: Record<string, string> = {};
  for (const [table, t] of Object.entries(dump.tables)) stores[table] = t.schema;
  old.version(dump.schemaVersion).stores(stores);
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) {
        const t = dump.tables[table.name]!;
        if (t.rows.length) await table.bulkAdd(t.rows, t.keys as never);
      }
    });
  } finally {
    old.close();
  }
  const upgraded = openAppDatabase(stagingName);
  try {
    await upgraded.open();
    const rows: Rows = {};
    await upgraded.transaction('r', upgraded.tables, async () => {
      for (const table of upgraded.tables) {
        rows[table.name] = {
          rows: await table.toArray(),
          ...(isOutbound(table) ? { keys: await table.toCollection().primaryKeys() } : {}),
        };
      }
    });
    return rows;
  } finally {
    upgraded.close();
    await Dexie.delete(stagingName);
  }
}

/**
 * Replaces the database's contents with the backup's, all or nothing, and moves the desk to a new
 * restore epoch above every epoch known (the backup's, the marker's, the replaced database's), which
 * the marker records before the database is written.
 */
export async function applyBackup(
  db: Dexie,
  opened: OpenedBackup,
  options: ApplyOptions,
): Promise<RestoreResult> {
  const { dump, summary } = opened;
  if (!db.isOpen()) await db.open();
  const openAppDatabase =
    options.openAppDatabase ?? ((name: string) => new (db.constructor as new (name: string) => Dexie)(name));

  let rows: Rows =
    dump.schemaVersion < db.verno
      ? await upgradeRows(dump, db.name, openAppDatabase)
      : Object.fromEntries(Object.entries(dump.tables).map(([n, t]) => [n, { rows: t.rows, keys: t.keys }]));

  // The epoch: above the backup's, the marker's and the current database's, for the restored office.
  const currentSettings = await db.table('settings').toArray();
  const currentSequences = db.tables.some((t) => t.name === 'sequences')
    ? await db.table('sequences').toArray()
    : [];
  const restoredSettings = rows.settings?.rows ?? [];
  const office =
    officeOf(settingValue(restoredSettings, OFFICE_KEY)) ??
    officeOf(settingValue(currentSettings, OFFICE_KEY));
  const known = [dump.restoreEpoch, epochOf(settingValue(restoredSettings, EPOCH_KEY))];
  const currentOffice = officeOf(settingValue(currentSettings, OFFICE_KEY));
  if (
    office &&
    currentOffice &&
    office.officeCode === currentOffice.officeCode &&
    office.deskCode === currentOffice.deskCode
  ) {
    known.push(
      epochOf(settingValue(currentSettings, EPOCH_KEY)),
      ...sequenceEpochs(currentSequences, office),
    );
  }
  if (office) {
    known.push(...sequenceEpochs(rows.sequences?.rows ?? [], office));
    const marked = await options.marker.read(office.officeCode, office.deskCode);
    if (marked !== null) known.push(marked);
  }
  const epoch = nextRestoreEpoch(known);
  if (epoch === null) throw new BackupRefusal('epochs-exhausted');
  if (office) await options.marker.raise(office.officeCode, office.deskCode, epoch);

  const settingsRows = restoredSettings.filter((r) => (r as { key?: unknown } | null)?.key !== EPOCH_KEY);
  settingsRows.push({ key: EPOCH_KEY, value: epoch });
  rows = { ...rows, settings: { rows: settingsRows } };

  // A connection of our own, without the application's middleware, that reads the installed schema.
  const raw = new Dexie(db.name);
  try {
    await raw.open();
    const names = new Set(raw.tables.map((t) => t.name));
    for (const name of Object.keys(rows))
      if (!names.has(name)) throw new BackupRefusal('unknown-table', name);
    const audit = options.audit;
    await raw.transaction('rw', raw.tables, async () => {
      for (const table of raw.tables) await table.clear();
      for (const table of raw.tables) {
        const t = rows[table.name];
        if (t && t.rows.length) await table.bulkAdd(t.rows, t.keys as never);
      }
      if (audit && names.has('audit')) {
        await raw.table('audit').add({
          at: audit.now,
          userId: audit.userId,
          action: RESTORE_AUDIT_ACTION,
          details: {
            backupCreatedAt: dump.createdAt,
            officeCode: office?.officeCode ?? null,
            deskCode: office?.deskCode ?? null,
            epoch,
          },
        });
      }
    });
  } finally {
    raw.close();
  }
  return { summary, epoch };
}

/** openBackup then applyBackup. */
export async function restoreBackup(
  db: Dexie,
  bytes: Uint8Array,
  passphrase: string,
  options: ApplyOptions,
): Promise<RestoreResult> {
  return applyBackup(db, await openBackup(db, bytes, passphrase), options);
}
