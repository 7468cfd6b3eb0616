// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within, configure } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import ruDirectory from '../../../locales/ru/directory.json';
import kkDirectory from '../../../locales/kk/directory.json';
import { DirectoryPage } from '@renderer/features/directory/DirectoryPage';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

function setup(lng: 'ru' | 'kk') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng,
    fallbackLng: 'ru',
    resources: { ru: { directory: ruDirectory }, kk: { directory: kkDirectory } },
    ns: ['directory'],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  render(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <DirectoryPage />
      </I18nextProvider>
    </MantineProvider>,
  );
  return i18n;
}

function section(name: RegExp) {
  return screen.getByRole('region', { name });
}

afterEach(cleanup);

describe('DirectoryPage', () => {
  it('lists the Управление, 7 district offices and 8 ЦОН branches in Russian', () => {
    setup('ru');
    expect(screen.getByRole('heading', { level: 2, name: 'Справочник' })).toBeTruthy();
    const districts = section(/Районные отделы/);
    expect(within(districts).getAllByRole('article')).toHaveLength(7);
    expect(within(districts).getByText('8-727 299-87-79')).toBeTruthy();
    expect(within(districts).getByRole('heading', { name: 'Турксибский районный отдел' })).toBeTruthy();
    const centers = section(/Центры обслуживания населения/);
    expect(within(centers).getAllByRole('article')).toHaveLength(8);
    expect(within(section(/^Управление$/)).getAllByRole('article')).toHaveLength(1);
    expect(within(districts).getByText('7 учреждений')).toBeTruthy();
    expect(screen.getAllByText(/Шесть дней в неделю/)).toHaveLength(8);
  });

  it('marks secondary phones', () => {
    setup('ru');
    const alatau = screen.getByTestId('directory-office-11');
    const secondary = alatau.querySelectorAll('[data-secondary="true"]');
    const texts = [...secondary].map((el) => el.textContent ?? '');
    expect(texts.some((t) => t.startsWith('доп.') && t.includes('395-36-40'))).toBe(true);
    expect(texts.some((t) => t.includes('alatau_zan09@mail.ru'))).toBe(true);
    expect(within(alatau).getByText('8-727 299-87-79').closest('[data-secondary]')).toBeNull();
  });

  it('shows office texts in Kazakh and follows a language switch', async () => {
    const i18n = setup('kk');
    expect(screen.getByRole('heading', { level: 2, name: 'Анықтамалық' })).toBeTruthy();
    const districts = section(/Аудандық жұмыспен қамту/);
    expect(within(districts).getAllByRole('article')).toHaveLength(7);
    expect(within(districts).getByRole('heading', { name: 'Түрксіб аудандық бөлімі' })).toBeTruthy();
    expect(within(section(/ХҚКО/)).getAllByRole('article')).toHaveLength(8);
    expect(screen.getAllByTestId('kk-review').length).toBeGreaterThan(0);
    await act(() => i18n.changeLanguage('ru'));
    expect(screen.getByRole('heading', { name: 'Турксибский районный отдел' })).toBeTruthy();
    expect(screen.queryAllByTestId('kk-review')).toHaveLength(0);
  });

  it('filters by what is typed in the search box and says when nothing matches', async () => {
    setup('ru');
    const box = screen.getByRole('searchbox', { name: 'Поиск' });
    await act(async () => {
      fireEvent.change(box, { target: { value: 'Медеу' } });
    });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-testid'))).toEqual([
      'directory-office-16',
      'directory-office-26',
    ]);
    await act(async () => {
      fireEvent.change(box, { target: { value: 'нет такого офиса' } });
    });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toContain('Ничего не найдено');
  });
});
