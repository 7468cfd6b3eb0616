import { describe, expect, it } from 'vitest';
import { can } from '@shared/auth/access';
import { ROLES, type Role } from '@shared/auth/roles';

// Who sees the audit log and the reports (shared/auth/access.ts explains the choice).
const AUDIT: Role[] = ['admin', 'district-head'];
const REPORTS: Role[] = ['admin', 'district-head', 'department-specialist', 'accumulation-inspector'];

describe('audit and reports areas', () => {
  it.each(ROLES)('%s', (role) => {
    expect(can({ roles: [role] }, 'audit')).toBe(AUDIT.includes(role));
    expect(can({ roles: [role] }, 'reports')).toBe(REPORTS.includes(role));
  });

  it('gives a disabled administrator neither', () => {
    expect(can({ roles: ['admin'], disabled: true }, 'audit')).toBe(false);
    expect(can({ roles: ['admin'], disabled: true }, 'reports')).toBe(false);
  });
});
