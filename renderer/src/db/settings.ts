/** Typed access to the key/value settings table. */
import { DEFAULT_SECURITY, type SecuritySettings } from '../../../shared/auth/security';
import type { AppDatabase } from './database';
import type { SettingKey, SettingValues } from './types';

export async function getSetting<K extends SettingKey>(
  db: AppDatabase,
  key: K,
): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValues[K] | undefined;
}

export async function putSetting<K extends SettingKey>(
  db: AppDatabase,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

export async function getSecurity(db: AppDatabase): Promise<SecuritySettings> {
  return { ...DEFAULT_SECURITY, ...(await getSetting(db, 'security')) };
}
