/** Who acts, where and when: the lifecycle context of a workflow step, and who can be assigned. */
import type { Role } from '@shared/auth/roles';
import { officeByCode } from '@shared/directory/offices';
import type { OfficeType, TransitionContext } from '@shared/lifecycle';
import type { AppDatabase } from '../db/database';
import type { OfficeConfig, UserRow } from '../db/types';

export function officeTypeOfCode(officeCode: string): OfficeType | null {
  return officeByCode(officeCode)?.type ?? null;
}

export function workflowContext(
  user: { id: string; roles: readonly Role[] },
  office: Pick<OfficeConfig, 'officeCode'>,
  now: number,
): TransitionContext | null {
  const officeType = officeTypeOfCode(office.officeCode);
  if (!officeType) return null;
  return { actor: { userId: user.id, roles: [...user.roles] }, officeType, now };
}

/** Enabled users holding `role`, by name: the head's choice of a responsible specialist. */
export async function usersWithRole(db: AppDatabase, role: Role): Promise<UserRow[]> {
  const users = await db.users.toArray();
  return users
    .filter((u) => !u.disabled && u.roles.includes(role))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'));
}
