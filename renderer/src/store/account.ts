/**
 * The commands of the first screens (setup, sign-in's forced password change). They load with the
 * entry chunk, so they import only what these need, not `commands.ts` and every service behind it.
 */
import { useMemo } from 'react';
import { changeOwnPassword } from '../auth/passwords';
import type { AppDatabase } from '../db/database';
import { useDb } from '../db/DbContext';
import { completeSetup } from './setup';

export function bindAccountStore(db: AppDatabase) {
  return {
    completeSetup: (...args: Tail<typeof completeSetup>) => completeSetup(db, ...args),
    changeOwnPassword: (...args: Tail<typeof changeOwnPassword>) => changeOwnPassword(db, ...args),
  };
}

type Tail<F> = F extends (db: AppDatabase, ...args: infer A) => unknown ? A : never;

export type AccountStore = ReturnType<typeof bindAccountStore>;

/** Setup and own-password commands bound to the database of the DbProvider above. */
export function useAccountStore(): AccountStore {
  const db = useDb();
  return useMemo(() => bindAccountStore(db), [db]);
}
