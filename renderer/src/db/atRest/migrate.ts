/**
 * Seals the rows stored before version 6 (issue 13), once a signed-in session holds the data key.
 * Resumable and idempotent: a table is walked in primary-key order, `chunk` rows per transaction, and
 * the last key done is kept in the `atRestMigration` setting, so a closed window or a crash resumes
 * where it stopped; rows already sealed are skipped. Rows are read on a connection of our own without
 * the middleware (to see which are sealed) and written through the application's, which seals them.
 */
import { Dexie, type IndexableType } from 'dexie';
import type { AppDatabase } from '../database';
import { getSetting, putSetting } from '../settings';
import { isSealedRow } from './sealedStore';
import { SEALED_TABLES } from './tables';

export const MIGRATION_CHUNK = 500;

export interface MigrationReport {
  sealed: number;
  done: boolean;
}

export async function sealStoredRows(
  db: AppDatabase,
  options: { chunk?: number; maxChunks?: number } = {},
): Promise<MigrationReport> {
  const chunk = options.chunk ?? MIGRATION_CHUNK;
  let budget = options.maxChunks ?? Infinity;
  if (!db.atRest.unlocked) return { sealed: 0, done: false };
  const progress = { ...((await getSetting(db, 'atRestMigration')) ?? {}) };
  const pending = Object.keys(SEALED_TABLES).filter((t) => progress[t] !== true);
  if (pending.length === 0) return { sealed: 0, done: true };
  let sealed = 0;
  const raw = new Dexie(db.name);
  try {
    await raw.open();
    for (const name of pending) {
      for (;;) {
        if (budget-- <= 0) return { sealed, done: false };
        const after = progress[name];
        const stored = raw.table(name);
        const batch = (await (
          typeof after === 'string' ? stored.where(':id').above(after) : stored.toCollection()
        )
          .limit(chunk)
          .toArray()) as { id: IndexableType }[];
        const plainIds = batch.filter((r) => !isSealedRow(r)).map((r) => r.id);
        const table = db.table(name);
        const last = batch.at(-1)?.id;
        await db.transaction('rw', [table, db.settings], async () => {
          // Read again inside: a row changed since is written as it is now (sealed by the middleware).
          const rows = (await table.bulkGet(plainIds)).filter((r) => r !== undefined);
          if (rows.length) await table.bulkPut(rows);
          progress[name] = batch.length < chunk ? true : String(last);
          await putSetting(db, 'atRestMigration', progress);
        });
        sealed += plainIds.length;
        if (progress[name] === true) break;
      }
    }
  } finally {
    raw.close();
  }
  return { sealed, done: true };
}
