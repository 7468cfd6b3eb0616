// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, configure } from '@testing-library/react';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { App } from '@renderer/app/App';
import { AppProviders } from '@renderer/app/AppProviders';
import { createI18n } from '@renderer/i18n';
import type { AppDatabase } from '@renderer/db/database';
import type { Lang } from '@shared/i18n/lang';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await closeTestDbs();
});

function renderApp(db: AppDatabase, lang: Lang = 'ru') {
  return render(
    <AppProviders db={db} i18n={createI18n(lang)}>
      <App />
    </AppProviders>,
  );
}

async function signInAs(login: string, password: string) {
  fireEvent.change(await screen.findByTestId('sign-in-login'), { target: { value: login } });
  fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('sign-in-submit'));
}

describe('App', () => {
  it('opens first-run setup on an empty database', async () => {
    renderApp(testDb());
    expect(await screen.findByText('Первоначальная настройка')).toBeTruthy();
  });

  it('shows sign-in once the office exists, and refuses a wrong password in Kazakh', async () => {
    const db = testDb();
    await setUpOffice(db, { lang: 'kk' });
    renderApp(db, 'kk');
    expect(await screen.findByRole('heading', { name: 'Кіру' })).toBeTruthy();
    await signInAs('admin', 'wrong-pass');
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Логин немесе құпиясөз қате. Бірнеше сәтсіз әрекеттен кейін кіру уақытша бұғатталады; кіре алмасаңыз, әкімшіге хабарласыңыз.',
    );
  });

  it('signs in to the shell with navigation by role', async () => {
    const db = testDb();
    await setUpOffice(db);
    renderApp(db);
    await signInAs('admin', 'admin-pass');
    // The shell and each area are lazy chunks (issue 12): the first load compiles them here.
    const lazyChunk = { timeout: 15_000 };
    expect((await screen.findByTestId('user-name', {}, lazyChunk)).textContent).toBe('Администратор Офиса');
    const nav = screen.getAllByRole('link').map((a) => a.textContent);
    expect(nav).toEqual([
      'Журнал',
      'Жалобы',
      'Реестры',
      'Отчёты',
      'Журнал действий',
      'Справочник',
      'Настройки',
    ]);
    // The fallback area waits for the complaints setting to load.
    await waitFor(() => expect(window.location.hash).toBe('#/journal'), lazyChunk);
    expect(await screen.findByTestId('journal-search', {}, lazyChunk)).toBeTruthy();
  }, 30_000);
});
