import { join } from 'node:path';
import { isLang, type Lang } from '@shared/i18n/lang';

export interface PrefsFs {
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

/**
 * Main's own small memory (the menu language) in the user data folder, so the menu starts in the
 * language the renderer last chose. Anything unreadable falls back to the system locale.
 */
export function createPreferences(userDataDir: string, fs: PrefsFs) {
  const file = join(userDataDir, 'main-preferences.json');
  return {
    async loadLanguage(systemLocale: string): Promise<Lang> {
      try {
        const data: unknown = JSON.parse(await fs.readText(file));
        const lang = (data as { lang?: unknown } | null)?.lang;
        if (isLang(lang)) return lang;
      } catch {
        // first run or a damaged file
      }
      return systemLocale.toLowerCase().startsWith('kk') ? 'kk' : 'ru';
    },
    async saveLanguage(lang: Lang): Promise<void> {
      await fs.writeText(file, JSON.stringify({ lang }));
    },
  };
}
