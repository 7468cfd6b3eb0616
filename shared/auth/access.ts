/**
 * What each role may see and do. The shell asks `can` instead of testing roles itself, so the rule
 * lives in one table.
 */
import type { Role } from './roles';

/** Navigation areas of the shell, in menu order. */
export const AREAS = [
  'intake',
  'journal',
  'complaints',
  'registries',
  'deadlines',
  'reports',
  'audit',
  'directory',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

/** Actions guarded beyond seeing an area. */
export const ACTIONS = ['users:manage', 'settings:security', 'settings:office'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Audit (Журнал действий, issue 6 item 7): the administrator and the district head, who answer for
 * what was done in the office; it names people and cases, so nobody else reads it.
 * Reports (Отчёты, item 8): the administrator, the district head, the Управление specialist and, at a
 * ЦОН, the accumulation department, which compiles the office's flow of packages. The front-desk
 * inspector and the district staff working cases do not get it: the figures are aggregate counts for
 * whoever manages the office, not a working list.
 */
const AREAS_BY_ROLE: Record<Role, readonly Area[]> = {
  // registries: the administrator creates the office keys and imports partner cards (issue 5).
  admin: ['journal', 'complaints', 'registries', 'reports', 'audit', 'directory', 'settings'],
  // registries: an intake desk hands its cases to the main workstation (docs/decisions.md).
  'center-inspector': ['intake', 'journal', 'registries', 'deadlines', 'directory'],
  'accumulation-inspector': ['journal', 'registries', 'deadlines', 'reports', 'directory'],
  'district-specialist': ['intake', 'journal', 'registries', 'deadlines', 'directory'],
  'district-head': ['journal', 'deadlines', 'reports', 'audit', 'directory'],
  // registries: the payment request of maslikhat aid goes to the Управление as a file (issue 6 item 9)
  'responsible-specialist': ['journal', 'registries', 'deadlines', 'directory'],
  // deadlines: the workflow panel of a case opens there until the case page mounts it (issue 6)
  'commission-member': ['journal', 'deadlines', 'directory'],
  'department-specialist': ['journal', 'complaints', 'registries', 'deadlines', 'reports', 'directory'],
  // complaints: the shell keeps the area only at a ЦОН or the Управление (shared/complaints/access.ts)
  'center-head': ['journal', 'complaints', 'deadlines', 'directory'],
};

const ACTIONS_BY_ROLE: Partial<Record<Role, readonly Action[]>> = {
  admin: ['users:manage', 'settings:security', 'settings:office'],
};

export interface AccessSubject {
  roles: readonly Role[];
  disabled?: boolean;
}

export function isArea(value: unknown): value is Area {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}

/** Areas in menu order; a disabled account gets none. */
export function areasFor(user: AccessSubject): Area[] {
  if (user.disabled) return [];
  return AREAS.filter((area) => user.roles.some((role) => AREAS_BY_ROLE[role]?.includes(area)));
}

export function can(user: AccessSubject, what: Area | Action): boolean {
  if (user.disabled) return false;
  if (isArea(what)) return user.roles.some((role) => AREAS_BY_ROLE[role]?.includes(what));
  return user.roles.some((role) => ACTIONS_BY_ROLE[role]?.includes(what) ?? false);
}

/** The area to open after sign-in or when the requested one is not allowed. */
export function defaultArea(user: AccessSubject): Area | null {
  return areasFor(user)[0] ?? null;
}
