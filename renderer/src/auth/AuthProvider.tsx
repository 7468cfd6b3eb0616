/**
 * The in-memory session: who is signed in and whether the screen is locked. Nothing of it is stored,
 * so closing the window ends the session. The signed-in user's row is watched live: a role change
 * applies at once and a disabled account is signed out.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/DbContext';
import { getSecurity } from '../db/settings';
import { dropDataKey } from '../db/atRest/session';
import { sealStoredRows } from '../db/atRest/migrate';
import { ACTIVITY_EVENTS, InactivityTimer } from './inactivity';
import {
  recordLock,
  recordSignOut,
  signIn,
  toSessionUser,
  type SessionUser,
  type SignInResult,
} from './session';

export type SignOutReason = 'user' | 'disabled';

interface AuthState {
  user: SessionUser | null;
  locked: false | 'manual' | 'inactivity';
  /** Why the last session ended, for the sign-in screen. */
  endedBecause: SignOutReason | null;
  signIn(login: string, password: string): Promise<SignInResult>;
  unlock(password: string): Promise<SignInResult>;
  lock(): void;
  signOut(reason?: SignOutReason): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const [userId, setUserId] = useState<string | null>(null);
  const [locked, setLocked] = useState<AuthState['locked']>(false);
  const [endedBecause, setEndedBecause] = useState<SignOutReason | null>(null);

  const row = useLiveQuery(() => (userId ? db.users.get(userId) : undefined), [db, userId]);
  // A disabled row ends the session at once; the effect below records it and forgets the id.
  const user = useMemo(
    () => (row && row.id === userId && !row.disabled ? toSessionUser(row) : null),
    [row, userId],
  );
  const security = useLiveQuery(() => getSecurity(db), [db]);

  const signOut = useCallback(
    (reason: SignOutReason = 'user') => {
      if (user) void recordSignOut(db, user, Date.now(), reason === 'user' ? undefined : reason);
      setUserId(null);
      setLocked(false);
      setEndedBecause(reason);
    },
    [db, user],
  );

  const disabledRow = row?.disabled && row.id === userId ? row : null;
  useEffect(() => {
    if (!disabledRow) return;
    void recordSignOut(db, toSessionUser(disabledRow), Date.now(), 'disabled').then(() => {
      setUserId(null);
      setLocked(false);
      setEndedBecause('disabled');
    });
  }, [db, disabledRow]);

  const lockWith = useCallback(
    (reason: 'manual' | 'inactivity') => {
      if (!user) return;
      void recordLock(db, user, Date.now(), reason);
      setLocked(reason);
    },
    [db, user],
  );

  // Signed out, locked or disabled: the data key leaves memory once the screens that read personal
  // data are gone (after this commit), so none of them re-runs a query without it. Sign-in and the
  // lock screen unwrap it again from the password (session.ts).
  const wasOpen = useRef(false);
  useEffect(() => {
    const open = userId !== null && !locked;
    if (wasOpen.current && !open) dropDataKey(db);
    wasOpen.current = open;
  }, [db, userId, locked]);

  const inactivityMs = (security?.inactivityMinutes ?? 0) * 60_000;
  useEffect(() => {
    if (!user || locked || inactivityMs <= 0) return;
    const timer = new InactivityTimer(inactivityMs, () => lockWith('inactivity'));
    const touch = () => timer.touch();
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { passive: true, capture: true });
    return () => {
      timer.stop();
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch, { capture: true });
    };
  }, [user, locked, inactivityMs, lockWith]);

  const value = useMemo<AuthState>(
    () => ({
      user,
      locked,
      endedBecause,
      async signIn(login, password) {
        const result = await signIn(db, login, password, Date.now());
        // Rows from before version 6 are sealed in the background, chunk by chunk (resumable).
        if (result.ok) void sealStoredRows(db).catch((e: unknown) => console.error('sealing stored rows', e));
        if (result.ok) {
          setUserId(result.user.id);
          setLocked(false);
          setEndedBecause(null);
        }
        return result;
      },
      async unlock(password) {
        if (!user) return { ok: false, reason: 'invalid' };
        const result = await signIn(db, user.login, password, Date.now(), 'unlock');
        if (result.ok) setLocked(false);
        return result;
      },
      lock: () => lockWith('manual'),
      signOut,
    }),
    [db, user, locked, endedBecause, lockWith, signOut],
  );
  // While the signed-in row loads, render nothing rather than flash the sign-in screen.
  if (userId && !user && (row === undefined || disabledRow)) return null;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
