// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { formatCaseNumber } from '@shared/case-number';
import { AppProviders } from '@renderer/app/AppProviders';
import { JournalList } from '@renderer/features/journal/JournalList';
import { createI18n } from '@renderer/i18n';
import type { AppDatabase } from '@renderer/db/database';
import type { Lang } from '@shared/i18n/lang';
import { closeTestDbs, testDb } from '../testDb';
import { insertCases } from './fixtures';

// Two shared cores: give live queries and Mantine transitions time before failing.
configure({ asyncUtilTimeout: 8000 });

// Rows are virtualized and happy-dom has no layout, so rows are checked in Chromium
// (tests/e2e/journal*.spec.ts); here: counts, messages and the search box's Enter.

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await closeTestDbs();
});

function renderList(db: AppDatabase, lang: Lang = 'ru') {
  return render(
    <AppProviders db={db} i18n={createI18n(lang)}>
      <JournalList />
    </AppProviders>,
  );
}

describe('JournalList', () => {
  it('counts the matches with Russian plurals and folds the surname', async () => {
    const db = testDb();
    await insertCases(db, [{ surname: 'Қасымов' }, { surname: 'Касымова' }, { surname: 'Иванов' }]);
    renderList(db);
    await waitFor(() => expect(screen.getByTestId('journal-count').textContent).toBe('Найдено 3 дела'));
    fireEvent.change(screen.getByTestId('journal-search'), { target: { value: 'касым' } });
    await waitFor(() => expect(screen.getByTestId('journal-count').textContent).toBe('Найдено 2 дела'));
    fireEvent.change(screen.getByTestId('journal-search'), { target: { value: 'Петров' } });
    await waitFor(() => expect(screen.getByTestId('journal-count').textContent).toBe('Найдено 0 дел'));
    expect(screen.getByTestId('journal-empty')).toBeTruthy();
  });

  it('tells a mistyped case number in Kazakh', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    renderList(db, 'kk');
    const wrong = row!.id.slice(0, 13) + String((Number(row!.id[13]) + 1) % 10);
    fireEvent.change(screen.getByTestId('journal-search'), { target: { value: wrong } });
    expect(await screen.findByText('Іс нөмірі қате терілген: бақылау цифры сәйкес келмейді.')).toBeTruthy();
  });

  it('Enter on a case number opens the case page', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}, {}]);
    renderList(db);
    const box = screen.getByTestId('journal-search');
    fireEvent.change(box, { target: { value: formatCaseNumber(row!.id, '-') } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe(`#/journal/${row!.id}`));
  });

  it('printing without a period asks for one', async () => {
    const db = testDb();
    renderList(db);
    fireEvent.click(screen.getByTestId('journal-save-pdf'));
    expect(await screen.findByText('Для печати укажите период: даты «Принято с» и «по».')).toBeTruthy();
  });
});
