import { useMemo } from 'react';
import type { AppDatabase } from '../db/database';
import { useDb } from '../db/DbContext';
import { commands } from './commands';

/** A service function with its leading database parameter already given. */
type Bound<F> = F extends (db: AppDatabase, ...args: infer A) => infer R ? (...args: A) => R : never;

export type Store = { readonly [K in keyof typeof commands]: Bound<(typeof commands)[K]> };

/** The commands bound to one database (tests and non-React callers). */
export function bindStore(db: AppDatabase): Store {
  const bound: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(commands)) {
    bound[name] = (...args: unknown[]) => (fn as (db: AppDatabase, ...a: unknown[]) => unknown)(db, ...args);
  }
  return bound as Store;
}

/** The commands bound to the database of the DbProvider above; the same object while it stays. */
export function useStore(): Store {
  const db = useDb();
  return useMemo(() => bindStore(db), [db]);
}
