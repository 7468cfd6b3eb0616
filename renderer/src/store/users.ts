/** Live reads of the users table. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '@shared/auth/roles';
import { useDb } from '../db/DbContext';
import type { UserRow } from '../db/types';
import { usersWithRole } from '../workflow/context';

/** Every user, by login when `byLogin`, else in table order. */
export function useUsers(byLogin = false): UserRow[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (byLogin ? db.users.orderBy('login').toArray() : db.users.toArray()),
    [db, byLogin],
  );
}

/** User id → full name, for history and audit lines. */
export function useUserNames(): Map<string, string> | undefined {
  const db = useDb();
  return useLiveQuery(async () => new Map((await db.users.toArray()).map((u) => [u.id, u.fullName])), [db]);
}

/** One user; undefined while loading or when there is no id or no such user. */
export function useUser(id: string | null | undefined): UserRow | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? db.users.get(id) : undefined), [db, id]);
}

/** Enabled users holding `role`, by name; empty when `enabled` is false (nothing read). */
export function useUsersWithRole(role: Role, enabled = true): UserRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => (enabled ? usersWithRole(db, role) : Promise.resolve([])), [db, role, enabled]);
}
