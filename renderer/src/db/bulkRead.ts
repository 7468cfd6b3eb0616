/**
 * `bulkGet` in chunks (issue 12): the rows of one request are deserialised on the main thread in
 * one task, so thousands of cases read at once freeze the window for hundreds of milliseconds.
 * Each chunk is its own request and its own task; inside a transaction the awaits between them are
 * IndexedDB requests, which keep it alive.
 */
import type { Table } from 'dexie';

export const READ_CHUNK = 100;

export async function getInChunks<T, K>(
  table: Pick<Table<T, K>, 'bulkGet'>,
  keys: readonly K[],
  chunk = READ_CHUNK,
): Promise<(T | undefined)[]> {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < keys.length; i += chunk) out.push(...(await table.bulkGet(keys.slice(i, i + chunk))));
  return out;
}
