/** Typed access to the key/value settings table. */
import { DEFAULT_SECURITY, effectiveIterations, type SecuritySettings } from '@shared/auth/security';
import { TEST_BUILD } from '../platform/buildFlags';
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

/** Stored settings over the defaults; the PBKDF2 count never below the build's floor (shared/auth/security). */
export async function getSecurity(db: AppDatabase, testBuild = TEST_BUILD): Promise<SecuritySettings> {
  const merged = { ...DEFAULT_SECURITY, ...(await getSetting(db, 'security')) };
  return { ...merged, pbkdf2Iterations: effectiveIterations(merged.pbkdf2Iterations, testBuild) };
}
