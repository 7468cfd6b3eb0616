/**
 * Who works with complaints (issue 15; digest 3.1 §§22-23): the journal of appeals is kept at a ЦОН
 * (its management, §23) and at the Управление (its specialists, §22). A ЦОН inspector registers on
 * management's behalf only where the administrator allows it; the administrator sees the journal.
 */
import type { AccessSubject, Area } from '../auth/access';
import type { OfficeType } from '../directory/types';

export interface ComplaintAccess {
  see: boolean;
  register: boolean;
  review: boolean;
}

const NONE: ComplaintAccess = { see: false, register: false, review: false };

export function complaintAccess(
  user: AccessSubject,
  officeType: OfficeType | null,
  inspectorMayRegister: boolean,
): ComplaintAccess {
  if (user.disabled || (officeType !== 'center' && officeType !== 'department')) return NONE;
  const has = (r: AccessSubject['roles'][number]) => user.roles.includes(r);
  const manager = officeType === 'center' ? has('center-head') : has('department-specialist');
  if (manager) return { see: true, register: true, review: true };
  const onBehalf = officeType === 'center' && inspectorMayRegister && has('center-inspector');
  return { see: onBehalf || has('admin'), register: onBehalf, review: false };
}

/** The shell's areas with «Жалобы» kept or added (in menu order) exactly when the user may see it. */
export function withComplaintArea(
  areas: readonly Area[],
  access: ComplaintAccess,
  order: readonly Area[],
): Area[] {
  const set = new Set<Area>(areas.filter((a) => a !== 'complaints'));
  if (access.see) set.add('complaints');
  return order.filter((a) => set.has(a));
}
