/**
 * Seals the rows stored before version 6 (issue 13), once a signed-in session holds the data key.
 * Resumable and idempotent: a table is walked in primary-key order, `chunk` rows per transaction, and
 * the last key done is kept in the `atRestMigration` setting, so a closed window or a crash resumes
 * where it stopped; rows already sealed (or not personal, for the audit) are skipped.
 *
 * Rows are read, sealed (synchronously, sealedStore.ts) and written back in one transaction on a
 * connection of our own without the application's middleware: the audit's append-only guard would
 * refuse the rewrite, and no other writer can slip in between the read and the write.
 */
import { Dexie } from 'dexie';
import type { AppDatabase } from '../database';
import { getSetting } from '../settings';
import { isSealedRow, sealRow } from './sealedStore';
import { SEALED_TABLES } from './tables';

export const MIGRATION_CHUNK = 500;

export interface MigrationReport {
  sealed: number;
  done: boolean;
}

type Row = Record<string, unknown>;

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
      const spec = SEALED_TABLES[name]!;
      const stored = raw.table(name);
      const keyPath = stored.schema.primKey.keyPath as string;
      for (;;) {
        if (budget-- <= 0) return { sealed, done: false };
        const keys = db.atRest.keys();
        const after = progress[name];
        const count = await raw.transaction('rw', [stored, raw.table('settings')], async () => {
          const range = after === undefined ? stored.toCollection() : stored.where(':id').above(after);
          const batch = (await range.limit(chunk).toArray()) as Row[];
          const plain = batch.filter((r) => !isSealedRow(r) && (!spec.applies || spec.applies(r)));
          if (plain.length) await stored.bulkPut(plain.map((r) => sealRow(name, spec, r, keys)));
          const last = batch.at(-1)?.[keyPath] as string | number | undefined;
          progress[name] = batch.length < chunk || last === undefined ? true : last;
          await raw.table('settings').put({ key: 'atRestMigration', value: progress });
          return plain.length;
        });
        sealed += count;
        if (progress[name] === true) break;
      }
    }
  } finally {
    raw.close();
  }
  return { sealed, done: true };
}
