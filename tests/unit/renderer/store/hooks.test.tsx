// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import type { Role } from '@shared/auth/roles';
import { act, cleanup, configure, renderHook, waitFor } from '@testing-library/react';
import { createUser } from '@renderer/auth/users';
import type { AppDatabase } from '@renderer/db/database';
import { DbProvider } from '@renderer/db/DbContext';
import { actionContext } from '@renderer/journal/actions';
import {
  useAuditPage,
  useCase,
  useCaseWithHistory,
  useDrafts,
  useJournal,
  useExportCases,
  useHasActiveKeys,
  useOffice,
  useOfficeConfig,
  useRegistries,
  useReport,
  useSecurity,
  useStore,
  useUser,
  useUsers,
  useUsersWithRole,
} from '@renderer/store';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { MONDAY_10AM, insertCases } from '../journal/fixtures';

// Two shared cores: give live queries time before failing.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  await closeTestDbs();
});

function withDb(db: AppDatabase) {
  return ({ children }: { children: ReactNode }) => <DbProvider db={db}>{children}</DbProvider>;
}

const inspector = { id: 'inspector-2', roles: ['center-inspector' as const] };
const NO_FILTERS = {};

async function addUser(db: AppDatabase, adminId: string, login: string, fullName: string, roles: Role[]) {
  const r = await createUser(
    db,
    adminId,
    { login, fullName, password: 'pass-word-1', passwordRepeat: 'pass-word-1', roles },
    2_000_000,
    { iterations: 1000 },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.user.id;
}

describe('store read hooks', () => {
  it('useCase: null without digits or without the case, then the row once it is written', async () => {
    const db = testDb();
    const none = renderHook(() => useCase(null), { wrapper: withDb(db) });
    await waitFor(() => expect(none.result.current).toBeNull());

    const [row] = await insertCases(db, [{}]);
    await db.cases.delete(row!.id);
    const { result } = renderHook(() => useCase(row!.id), { wrapper: withDb(db) });
    await waitFor(() => expect(result.current).toBeNull());
    await act(() => db.cases.add(row!));
    await waitFor(() => expect(result.current?.id).toBe(row!.id));
  });

  it('useCaseWithHistory follows a step written through useStore()', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    const { result } = renderHook(() => ({ data: useCaseWithHistory(row!.id), store: useStore() }), {
      wrapper: withDb(db),
    });
    await waitFor(() => expect(result.current.data?.row?.status).toBe('accepted'));
    expect(result.current.data?.history).toEqual([]);

    await act(async () => {
      const r = await result.current.store.withdrawCase(
        row!.id,
        'Заявитель передумал',
        actionContext(inspector, 'center', MONDAY_10AM + 1000),
      );
      expect(r.ok).toBe(true);
    });
    await waitFor(() => expect(result.current.data?.row?.status).toBe('withdrawn'));
    expect(result.current.data?.history.map((e) => e.action)).toEqual(['case.withdraw']);
  });

  it('useStore gives the same commands object on every render', async () => {
    const db = testDb();
    const { result, rerender } = renderHook(() => useStore(), { wrapper: withDb(db) });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('useOffice is null before setup and useOfficeConfig undefined; both follow setup', async () => {
    const db = testDb();
    const { result } = renderHook(() => ({ office: useOffice(), config: useOfficeConfig() }), {
      wrapper: withDb(db),
    });
    await waitFor(() => expect(result.current.office).toBeNull());
    expect(result.current.config).toBeUndefined();
    await act(() => setUpOffice(db, { officeCode: '22' }));
    await waitFor(() => expect(result.current.office?.officeCode).toBe('22'));
    expect(result.current.config?.officeCode).toBe('22');
  });

  it('useSecurity reflects a saved change', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    const { result } = renderHook(() => ({ security: useSecurity(), store: useStore() }), {
      wrapper: withDb(db),
    });
    await waitFor(() => expect(result.current.security?.maxFailedAttempts).toBe(5));
    await act(async () => {
      await result.current.store.saveSecurity(
        adminId,
        { maxFailedAttempts: 9, lockoutMinutes: 15, inactivityMinutes: 10, keyTransitDays: 30 },
        3_000_000,
      );
    });
    await waitFor(() => expect(result.current.security?.maxFailedAttempts).toBe(9));
  });

  it('users: by login, one by id, and those with a role (nothing when not asked)', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    const zId = await addUser(db, adminId, 'zhanna', 'Абенова Жанна', ['responsible-specialist']);
    await addUser(db, adminId, 'bolat', 'Бекетов Болат', ['center-inspector']);

    const { result } = renderHook(
      () => ({
        byLogin: useUsers(true),
        one: useUser(zId),
        none: useUser(null),
        specialists: useUsersWithRole('responsible-specialist'),
        skipped: useUsersWithRole('responsible-specialist', false),
      }),
      { wrapper: withDb(db) },
    );
    await waitFor(() =>
      expect(result.current.byLogin?.map((u) => u.login)).toEqual(['admin', 'bolat', 'zhanna']),
    );
    await waitFor(() => expect(result.current.one?.fullName).toBe('Абенова Жанна'));
    await waitFor(() => expect(result.current.specialists?.map((u) => u.id)).toEqual([zId]));
    await waitFor(() => expect(result.current.skipped).toEqual([]));
    expect(result.current.none).toBeUndefined();
  });

  it('useJournal gives the page asked for and follows new cases', async () => {
    const db = testDb();
    await insertCases(db, [{ surname: 'Ахметов' }, { surname: 'Ахметова' }, { surname: 'Бекова' }]);
    const { result, rerender } = renderHook(
      ({ limit }) => useJournal('Ахмет', NO_FILTERS, '2026-03-02', limit),
      {
        wrapper: withDb(db),
        initialProps: { limit: 1 },
      },
    );
    await waitFor(() => expect(result.current?.rows).toHaveLength(1));
    rerender({ limit: 10 });
    await waitFor(() => expect(result.current?.rows).toHaveLength(2));
    await act(() => insertCases(db, [{ surname: 'Ахметжанов' }]));
    await waitFor(() => expect(result.current?.rows).toHaveLength(3));
  });

  it('useDrafts: the user’s drafts, latest first; none without a user', async () => {
    const db = testDb();
    const store = renderHook(() => useStore(), { wrapper: withDb(db) }).result.current;
    const form = {};
    await store.saveDraft(
      { id: 'd1', userId: 'u1', form, serviceId: 'housing-assistance', label: 'first' },
      10,
    );
    await store.saveDraft(
      { id: 'd2', userId: 'u1', form, serviceId: 'housing-assistance', label: 'second' },
      20,
    );
    await store.saveDraft(
      { id: 'd3', userId: 'u2', form, serviceId: 'housing-assistance', label: 'other' },
      30,
    );
    const { result } = renderHook(() => ({ mine: useDrafts('u1'), nobody: useDrafts(undefined) }), {
      wrapper: withDb(db),
    });
    await waitFor(() => expect(result.current.mine?.map((d) => d.id)).toEqual(['d2', 'd1']));
    expect(result.current.nobody).toEqual([]);
  });

  it('useAuditPage reads nothing for null filters and a page otherwise', async () => {
    const db = testDb();
    await setUpOffice(db);
    const filters = { from: null, to: null, userId: null, action: null, caseId: null };
    const { result } = renderHook(
      () => ({ off: useAuditPage(null, 0, 10), on: useAuditPage(filters, 0, 10) }),
      {
        wrapper: withDb(db),
      },
    );
    await waitFor(() => expect(result.current.on?.rows.map((r) => r.action)).toEqual(['setup.completed']));
    expect(result.current.off).toBeNull();
  });

  it('registries: no keys and no registries on a fresh office; an export waits for its recipient', async () => {
    const db = testDb();
    await setUpOffice(db, { officeCode: '22' });
    const office = (await db.settings.get('office'))!.value as never;
    const [row] = await insertCases(db, [{ districtOfficeCode: '12' }]);
    const filter = {};
    const { result, rerender } = renderHook(
      ({ to }: { to: string | null }) => ({
        keys: useHasActiveKeys(),
        registries: useRegistries(),
        cases: useExportCases('send', office, to, filter),
      }),
      { wrapper: withDb(db), initialProps: { to: null as string | null } },
    );
    await waitFor(() => expect(result.current.keys).toBe(false));
    await waitFor(() => expect(result.current.registries).toEqual([]));
    await waitFor(() => expect(result.current.cases).toEqual([]));
    rerender({ to: '12' });
    await waitFor(() => expect(result.current.cases?.map((c) => c.id)).toEqual([row!.id]));
  });

  it('useReport reads nothing while disabled and the months asked for otherwise', async () => {
    const db = testDb();
    await insertCases(db, [{}, {}]);
    const q = { from: '2026-03', to: '2026-03', asOf: '2026-03-31' };
    const { result } = renderHook(() => ({ off: useReport(q, false), on: useReport(q, true) }), {
      wrapper: withDb(db),
    });
    await waitFor(() => expect(result.current.on?.total.accepted).toBe(2));
    expect(result.current.on?.months).toEqual(['2026-03']);
    expect(result.current.off).toBeNull();
  });
});
