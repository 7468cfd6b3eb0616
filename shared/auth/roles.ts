/** Local account roles (issue 2). A user may hold several. */
export const ROLES = [
  'admin',
  'center-inspector',
  'accumulation-inspector',
  'district-specialist',
  'district-head',
  'responsible-specialist',
  'commission-member',
  'department-specialist',
  // ЦОН management: accepts and answers complaints about its employees (digest 3.1 §23, issue 15)
  'center-head',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
