/** Settings the screens read: this workstation's office and the security settings. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SecuritySettings } from '@shared/auth/security';
import type { AppDatabase } from '../db/database';
import { useDb } from '../db/DbContext';
import { getSecurity, getSetting } from '../db/settings';
import type { OfficeConfig, SettingKey, SettingValues } from '../db/types';

export async function getOffice(db: AppDatabase): Promise<OfficeConfig | undefined> {
  return getSetting(db, 'office');
}

/** One setting, live; undefined while loading and when it was never stored. */
export function useSetting<K extends SettingKey>(key: K): SettingValues[K] | undefined {
  const db = useDb();
  return useLiveQuery(() => getSetting(db, key), [db, key]);
}

/** This workstation's office configuration, or undefined while loading (and before setup). */
export function useOfficeConfig(): OfficeConfig | undefined {
  return useSetting('office');
}

/** The office, live: undefined while loading, null when the workstation is not set up. */
export function useOffice(): OfficeConfig | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getSetting(db, 'office')) ?? null, [db]);
}

/** The security settings in force (stored over the defaults), live. */
export function useSecurity(): SecuritySettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSecurity(db), [db]);
}
