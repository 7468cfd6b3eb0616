/**
 * The backup's dump of the whole database (docs/backup.md): every table's rows as stored, read in
 * one transaction on a connection of our own, with the office and restore epoch named in clear.
 */
import { Dexie, type Table } from 'dexie';
import type { BackupDump, BackupOffice, BackupTable } from '@shared/backup';

export const OFFICE_KEY = 'office';
export const EPOCH_KEY = 'caseNumberEpoch';

/** Dexie's schema string of a table: primary key first, as given to version().stores(). */
export function tableSchemaString(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((i) => i.src).join(',');
}

export function isOutbound(table: Table): boolean {
  const kp = table.schema.primKey.keyPath;
  return kp === null || kp === undefined || kp === '';
}

export function settingValue(rows: unknown[], key: string): unknown {
  const row = rows.find((r) => (r as { key?: unknown } | null)?.key === key) as
    { value?: unknown } | undefined;
  return row?.value;
}

export function officeOf(value: unknown): BackupOffice | null {
  const v = value as Partial<BackupOffice> | undefined;
  if (!v || typeof v.officeCode !== 'string' || typeof v.deskCode !== 'string') return null;
  return { officeCode: v.officeCode, deskCode: v.deskCode, workstation: String(v.workstation ?? '') };
}

export function epochOf(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0;
}

/** Every table's rows, read in one transaction so the dump is a consistent snapshot. */
export async function dumpDatabase(db: Dexie, now: number): Promise<BackupDump> {
  if (!db.isOpen()) await db.open();
  const tables = db.tables;
  // Rows as stored (sealed envelopes, blind tags, wrapped keys: docs/security.md), read through a
  // connection of our own without the application's middleware, so no data key is needed.
  const raw = new Dexie(db.name);
  let dumped: Record<string, BackupTable>;
  try {
    await raw.open();
    dumped = await raw.transaction('r', raw.tables, async () => {
      const out: Record<string, BackupTable> = {};
      for (const table of tables) {
        const stored = raw.table(table.name);
        const rows = await stored.toArray();
        const entry: BackupTable = { schema: tableSchemaString(table), rows };
        if (isOutbound(table)) entry.keys = await stored.toCollection().primaryKeys();
        out[table.name] = entry;
      }
      return out;
    });
  } finally {
    raw.close();
  }
  const settings = dumped.settings?.rows ?? [];
  return {
    schemaVersion: db.verno,
    createdAt: now,
    office: officeOf(settingValue(settings, OFFICE_KEY)),
    restoreEpoch: epochOf(settingValue(settings, EPOCH_KEY)),
    tables: dumped,
  };
}
