// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { formatCaseNumber } from '@shared/case-number';
import { App } from '@renderer/app/App';
import { AppProviders } from '@renderer/app/AppProviders';
import { createI18n } from '@renderer/i18n';
import { createUser } from '@renderer/auth/users';
import type { AppDatabase } from '@renderer/db/database';
import type { Lang } from '@shared/i18n/lang';
import type { Role } from '@shared/auth/roles';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { insertCases } from './fixtures';

// Two shared cores: give live queries and Mantine transitions time before failing.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await closeTestDbs();
});

async function officeWith(db: AppDatabase, login: string, roles: Role[], lang: Lang = 'ru') {
  const adminId = await setUpOffice(db, { lang });
  const r = await createUser(
    db,
    adminId,
    { login, fullName: 'Серікова Дана', password: 'pass-word-1', passwordRepeat: 'pass-word-1', roles },
    2_000_000,
    { iterations: 1000 },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
}

async function openAs(db: AppDatabase, login: string, password: string, hash: string, lang: Lang = 'ru') {
  render(
    <AppProviders db={db} i18n={createI18n(lang)}>
      <App />
    </AppProviders>,
  );
  fireEvent.change(await screen.findByTestId('sign-in-login'), { target: { value: login } });
  fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('sign-in-submit'));
  await screen.findByTestId('user-name');
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('case page', () => {
  it('shows the case and offers the inspector what the lifecycle allows; a withdrawal lands in the history', async () => {
    const db = testDb();
    await officeWith(db, 'inspector', ['center-inspector']);
    const [row] = await insertCases(db, [{ surname: 'Қасымов', name: 'Әли' }]);
    await openAs(db, 'inspector', 'pass-word-1', `#/journal/${row!.id}`);
    expect((await screen.findByTestId('case-title')).textContent).toBe(`Дело № ${formatCaseNumber(row!.id)}`);
    expect(screen.getByTestId('case-applicant-name').textContent).toBe('Қасымов Әли Петрович');
    expect(screen.getByTestId('case-status').textContent).toBe('Принято');
    expect(screen.getByTestId('case-center-clock').textContent).toMatch(/^ЦОН \(по расписке\): срок/);
    expect(screen.getByTestId('case-district-clock').textContent).toBe(
      'Районный отдел: срок начнётся с регистрации пакета',
    );
    expect(await screen.findByTestId('case-action-correct')).toBeTruthy();
    expect(screen.getByTestId('case-action-withdraw')).toBeTruthy();
    expect(screen.queryByTestId('case-action-cancel')).toBeNull();
    expect(screen.getByTestId('case-unavailable').textContent).toBe(
      'Аннулировать ошибочную регистрацию: У вас нет роли, которой разрешён этот шаг.',
    );

    fireEvent.click(screen.getByTestId('case-action-withdraw'));
    fireEvent.change(await screen.findByTestId('case-reason'), {
      target: { value: 'Заявитель отозвал заявление' },
    });
    fireEvent.click(screen.getByTestId('case-reason-submit'));
    await waitFor(() => expect(screen.getByTestId('case-status').textContent).toBe('Заявление отозвано'));
    const history = await screen.findByTestId('case-history-list');
    expect(within(history).getByText('Отзыв заявления заявителем')).toBeTruthy();
    expect(within(history).getByText('Причина: Заявитель отозвал заявление')).toBeTruthy();
    expect(within(history).getByText('Принято → Заявление отозвано')).toBeTruthy();
    expect(screen.getByTestId('case-no-actions')).toBeTruthy();
    expect(screen.getByTestId('case-unavailable').textContent).toBe(
      'Исправить данные приёма, Отзыв заявления заявителем, Аннулировать ошибочную регистрацию: Дело закрыто: действия с ним больше невозможны.',
    );
  });

  it('shows the lifecycle’s refusal in Kazakh when the reason is missing, and writes nothing', async () => {
    const db = testDb();
    await officeWith(db, 'inspector', ['center-inspector'], 'kk');
    const [row] = await insertCases(db, [{}]);
    await openAs(db, 'inspector', 'pass-word-1', `#/journal/${row!.id}`, 'kk');
    expect((await screen.findByTestId('case-status')).textContent).toBe('Қабылданды');
    fireEvent.click(await screen.findByTestId('case-action-withdraw'));
    fireEvent.click(await screen.findByTestId('case-reason-submit'));
    expect((await screen.findByTestId('case-action-error')).textContent).toBe('Себебін көрсетіңіз.');
    expect(await db.audit.where('caseId').equals(row!.id).count()).toBe(0);
  });

  it('a correction validated by the intake schema bumps the revision and names the fields in the history', async () => {
    const db = testDb();
    await officeWith(db, 'inspector', ['center-inspector']);
    const [row] = await insertCases(db, [{ surname: 'Касымов' }]);
    await openAs(db, 'inspector', 'pass-word-1', `#/journal/${row!.id}`);
    fireEvent.click(await screen.findByTestId('case-action-correct'));
    const iin = await screen.findByTestId('correction-iin');
    fireEvent.change(iin, { target: { value: '123' } });
    fireEvent.change(screen.getByTestId('case-reason'), { target: { value: 'Опечатка' } });
    fireEvent.click(screen.getByTestId('case-reason-submit'));
    expect((await screen.findByTestId('case-action-error')).textContent).toBe('Проверьте поля: ИИН.');
    fireEvent.change(iin, { target: { value: row!.iin } });
    fireEvent.change(screen.getByTestId('correction-surname'), { target: { value: 'Қасымов' } });
    fireEvent.click(screen.getByTestId('case-reason-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('case-applicant-name').textContent).toBe('Қасымов Иван Петрович'),
    );
    expect((await db.cases.get(row!.id))!.state.revisions.intake).toBe(2);
    expect(await screen.findByText('Изменено: фамилия')).toBeTruthy();
  });

  it('an unknown or mistyped number says so', async () => {
    const db = testDb();
    await setUpOffice(db);
    await openAs(db, 'admin', 'admin-pass', '#/journal/12345');
    expect((await screen.findByTestId('case-not-found')).textContent).toBe('«12345» — не номер дела.');
  });
});
