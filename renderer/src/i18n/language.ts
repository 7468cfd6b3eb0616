/**
 * Where the interface language lives: the settings table is the record, localStorage is a copy read
 * before the database opens so the first screen is already in the chosen language.
 */
import type { i18n as I18n } from 'i18next';
import { isLang, type Lang } from '@shared/i18n/lang';
import type { AppDatabase } from '../db/database';
import { putSetting } from '../db/settings';
import { auditLog } from '../db/audit';

export const LANG_STORAGE_KEY = 'almaty-social-services.lang';

export function readStoredLang(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
): Lang | null {
  const value = storage?.getItem(LANG_STORAGE_KEY);
  return isLang(value) ? value : null;
}

/** Switches the UI now; the db write follows (pass no db during setup, before the office exists). */
export async function applyLanguage(instance: I18n, lang: Lang, db?: AppDatabase): Promise<void> {
  await instance.changeLanguage(lang);
  safeLocalStorage()?.setItem(LANG_STORAGE_KEY, lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (db) await putSetting(db, 'language', lang);
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be blocked (privacy settings); the db still remembers the language.
    return undefined;
  }
}

/** A signed-in user's switch: applied, remembered and recorded as a settings change. */
export async function changeLanguage(
  instance: I18n,
  db: AppDatabase,
  lang: Lang,
  actorId: string | null,
  now: number,
): Promise<void> {
  const before = instance.language;
  await applyLanguage(instance, lang, db);
  if (actorId && before !== lang) {
    await auditLog.append(
      db,
      { userId: actorId, action: 'settings.changed', details: { language: lang } },
      now,
    );
  }
}
