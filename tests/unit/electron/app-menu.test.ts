import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPreferences } from '../../../electron/app/preferences';
import { appMenuTemplate } from '../../../electron/menu/app-menu';
import { fill } from '../../../electron/menu/labels';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((i) => i.label ?? '');
}
function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}
const actions = () => ({ chooseLanguage: vi.fn(), showAbout: vi.fn() });

describe('application menu', () => {
  it('is in Russian or Kazakh', () => {
    expect(labels(appMenuTemplate('ru', { devTools: false }, actions()))).toEqual([
      'Файл',
      'Правка',
      'Вид',
      'Язык',
      'Справка',
    ]);
    expect(labels(appMenuTemplate('kk', { devTools: false }, actions()))).toEqual([
      'Файл',
      'Түзету',
      'Көрініс',
      'Тіл',
      'Анықтама',
    ]);
  });

  it('marks the current language and reports a choice', () => {
    const a = actions();
    const language = submenu(appMenuTemplate('kk', { devTools: false }, a)[3]);
    expect(language.map((i) => [i.label, i.checked])).toEqual([
      ['Русский', false],
      ['Қазақша', true],
    ]);
    (language[0]?.click as () => void)();
    expect(a.chooseLanguage).toHaveBeenCalledWith('ru');
  });

  it('offers DevTools only when allowed', () => {
    const roles = (devTools: boolean) =>
      submenu(appMenuTemplate('ru', { devTools }, actions())[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('gives every item a label in both languages', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const all = appMenuTemplate(lang, { devTools: true }, actions()).flatMap((top) => [
        top,
        ...submenu(top),
      ]);
      for (const item of all)
        if (item.type !== 'separator') expect(item.label?.trim(), JSON.stringify(item)).toBeTruthy();
    }
  });

  it('fills placeholders', () => {
    expect(fill('Версия {{version}}', { version: '0.1.0' })).toBe('Версия 0.1.0');
    expect(fill('{{missing}}', {})).toBe('{{missing}}');
  });
});

describe('main preferences', () => {
  function prefs(stored?: string) {
    const fs = {
      readText: vi.fn(async () => {
        if (stored === undefined) throw new Error('ENOENT');
        return stored;
      }),
      writeText: vi.fn(async () => undefined),
    };
    return { p: createPreferences('/ud', fs), fs };
  }

  it('remembers the language', async () => {
    const { p, fs } = prefs();
    await p.saveLanguage('kk');
    expect(fs.writeText).toHaveBeenCalledWith(
      expect.stringMatching(/main-preferences\.json$/),
      '{"lang":"kk"}',
    );
    expect(await prefs('{"lang":"kk"}').p.loadLanguage('ru-RU')).toBe('kk');
  });

  it('falls back to the system locale on a missing or damaged file', async () => {
    expect(await prefs().p.loadLanguage('kk-KZ')).toBe('kk');
    expect(await prefs('{"lang":"en"}').p.loadLanguage('en-US')).toBe('ru');
    expect(await prefs('not json').p.loadLanguage('ru')).toBe('ru');
    expect(await prefs('null').p.loadLanguage('kk')).toBe('kk');
  });
});
