import { createContext, useContext, type ReactNode } from 'react';
import type { AppDatabase } from './database';

const DbContext = createContext<AppDatabase | null>(null);

/** Components get the database from context so tests can hand them a fake-indexeddb one. */
export function DbProvider({ db, children }: { db: AppDatabase; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): AppDatabase {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
