// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderHook, configure } from '@testing-library/react';
import type { ReactNode } from 'react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import ruDirectory from '../../../locales/ru/directory.json';
import kkDirectory from '../../../locales/kk/directory.json';
import { useOfficeSelectData } from '@renderer/features/directory/useOfficeSelectData';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

function wrapper(lng: 'ru' | 'kk') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng,
    resources: { ru: { directory: ruDirectory }, kk: { directory: kkDirectory } },
    initAsync: false,
  });
  return ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

describe('office choices for a select', () => {
  it('groups all 16 offices by type with their codes as values', () => {
    const { result } = renderHook(() => useOfficeSelectData(), { wrapper: wrapper('ru') });
    expect(result.current.map((g) => g.group)).toEqual([
      'Центры обслуживания населения (ЦОН)',
      'Районные отделы занятости и социальных программ',
      'Управление',
    ]);
    expect(result.current.flatMap((g) => g.items.map((i) => i.value))).toEqual([
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
      '26',
      '27',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '00',
    ]);
    expect(result.current[1]!.items[0]).toEqual({ value: '11', label: 'Алатауский районный отдел' });
  });

  it('labels in Kazakh and can be limited to some types', () => {
    const { result } = renderHook(() => useOfficeSelectData(['district']), { wrapper: wrapper('kk') });
    expect(result.current).toHaveLength(1);
    expect(result.current[0]!.group).toBe('Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері');
    expect(result.current[0]!.items.map((i) => i.label)).toContain('Әуезов аудандық бөлімі');
  });
});
