import { afterEach, describe, expect, it } from 'vitest';
import { bundledResources, createI18n, currentLang } from '@renderer/i18n';
import { LANG_STORAGE_KEY, changeLanguage, readStoredLang } from '@renderer/i18n/language';
import { getSetting } from '@renderer/db/settings';
import { closeTestDbs, setUpOffice, testDb } from './testDb';

afterEach(closeTestDbs);

describe('i18n', () => {
  it('bundles every namespace of both languages', () => {
    const resources = bundledResources();
    for (const ns of ['common', 'setup', 'auth', 'shell', 'settings']) {
      expect(resources.ru?.[ns], `ru/${ns}`).toBeTruthy();
      expect(resources.kk?.[ns], `kk/${ns}`).toBeTruthy();
    }
  });

  it('defaults to Russian and uses Russian plural forms', () => {
    const i18n = createI18n();
    expect(currentLang(i18n)).toBe('ru');
    const t = (count: number) => i18n.t('audit:details.attemptsLeft', { count });
    expect(t(1)).toContain('осталась 1 попытка');
    expect(t(3)).toContain('осталось 3 попытки');
    expect(t(5)).toContain('осталось 5 попыток');
    expect(t(21)).toContain('осталась 21 попытка');
    expect(i18n.t('common:minutes', { count: 12 })).toBe('12 минут');
  });

  it('switches to Kazakh with its one/other plurals', async () => {
    const i18n = createI18n('kk');
    expect(i18n.t('shell:areas.registries')).toBe('Тізілімдер');
    expect(i18n.t('audit:details.attemptsLeft', { count: 1 })).toContain('1 әрекет қалды');
    expect(i18n.t('audit:details.attemptsLeft', { count: 4 })).toContain('4 әрекет қалды');
    expect(i18n.t('common:days', { count: 5 })).toBe('5 күн');
    await i18n.changeLanguage('ru');
    expect(i18n.t('shell:areas.registries')).toBe('Реестры');
  });

  it('reads only a valid remembered language', () => {
    const storage = (value: string | null) => ({
      getItem: (k: string) => (k === LANG_STORAGE_KEY ? value : null),
    });
    expect(readStoredLang(storage('kk'))).toBe('kk');
    expect(readStoredLang(storage('en'))).toBeNull();
    expect(readStoredLang(storage(null))).toBeNull();
    expect(readStoredLang(undefined)).toBeNull();
  });

  it('remembers a signed-in switch in settings and records it in the audit log', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    const i18n = createI18n('ru');
    await changeLanguage(i18n, db, 'kk', adminId, 5);
    expect(currentLang(i18n)).toBe('kk');
    expect(await getSetting(db, 'language')).toBe('kk');
    expect(await db.audit.orderBy('id').last()).toMatchObject({
      userId: adminId,
      action: 'settings.changed',
      details: { language: 'kk' },
    });
  });
});
