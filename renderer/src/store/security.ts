/** Saving the security settings: administrators only, bounds checked, recorded in the audit log. */
import { can } from '@shared/auth/access';
import { invalidSecurityFields, type SecurityField, type SecuritySettings } from '@shared/auth/security';
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';
import { getSecurity } from '../db/settings';

export type SaveSecurityResult = { ok: true } | { ok: false; notAllowed?: true; invalid?: SecurityField[] };

export async function saveSecurity(
  db: AppDatabase,
  actorId: string,
  values: Pick<SecuritySettings, SecurityField>,
  now: number,
): Promise<SaveSecurityResult> {
  const invalid = invalidSecurityFields(values);
  if (invalid.length > 0) return { ok: false, invalid };
  return db.transaction('rw', db.settings, db.users, db.audit, async (): Promise<SaveSecurityResult> => {
    const actor = await db.users.get(actorId);
    if (!actor || !can(actor, 'settings:security')) return { ok: false, notAllowed: true };
    const before = await getSecurity(db);
    const after = { ...before, ...values };
    await db.settings.put({ key: 'security', value: after });
    await auditLog.append(
      db,
      {
        userId: actorId,
        action: 'settings.changed',
        details: { security: { from: pick(before), to: pick(after) } },
      },
      now,
    );
    return { ok: true };
  });
}

function pick(s: SecuritySettings): Pick<SecuritySettings, SecurityField> {
  return {
    maxFailedAttempts: s.maxFailedAttempts,
    lockoutMinutes: s.lockoutMinutes,
    inactivityMinutes: s.inactivityMinutes,
    keyTransitDays: s.keyTransitDays,
  };
}
