// @vitest-environment happy-dom
/** Issue 13: the session's data key follows the AuthProvider — sign-in, lock, unlock, sign-out. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { closeTestDbs, SETUP, setUpOffice, testDb } from '../testDb';
import { DbProvider } from '@renderer/db/DbContext';
import { AuthProvider, useAuth } from '@renderer/auth/AuthProvider';
import { dropDataKey } from '@renderer/db/atRest/session';

afterEach(async () => {
  cleanup();
  await closeTestDbs();
});

describe('AuthProvider and the data key', () => {
  it('holds the key only while signed in and not locked', async () => {
    const db = testDb({ locked: true });
    await setUpOffice(db);
    dropDataKey(db);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DbProvider db={db}>
        <AuthProvider>{children}</AuthProvider>
      </DbProvider>
    );
    const { result } = renderHook(() => useAuth(), { wrapper });
    await act(async () => {
      expect((await result.current.signIn(SETUP.admin.login, SETUP.admin.password)).ok).toBe(true);
    });
    await waitFor(() => expect(result.current.user).not.toBeNull());
    expect(db.atRest.unlocked).toBe(true);

    act(() => result.current.lock());
    await waitFor(() => expect(db.atRest.unlocked).toBe(false));
    await act(async () => {
      expect((await result.current.unlock('wrong-password')).ok).toBe(false);
    });
    expect(db.atRest.unlocked).toBe(false);
    await act(async () => {
      expect((await result.current.unlock(SETUP.admin.password)).ok).toBe(true);
    });
    expect(db.atRest.unlocked).toBe(true);

    act(() => result.current.signOut());
    await waitFor(() => expect(db.atRest.unlocked).toBe(false));
  });
});
