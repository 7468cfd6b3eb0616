import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/DbContext';
import { getSetting } from '../db/settings';
import { rulesFrom, type Rules } from './rules';

/**
 * The rules in force, live: re-read when an administrator saves overrides or corrections. Until the
 * settings are read (a few ms after mount) it gives the defaults with `loading: true`; a caller that
 * writes a case with them passes nothing instead so the service loads the stored rules itself.
 */
export function useRules(): Rules & { loading: boolean } {
  const db = useDb();
  const stored = useLiveQuery(
    async () => ({
      overrides: await getSetting(db, 'catalogueOverrides'),
      corrections: await getSetting(db, 'calendarCorrections'),
    }),
    [db],
  );
  const key = JSON.stringify(stored ?? null);
  return useMemo(
    () => ({ ...rulesFrom(stored?.overrides, stored?.corrections), loading: stored === undefined }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the stored content
    [key],
  );
}
