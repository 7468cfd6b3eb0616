/**
 * The complaints settings (issue 15): the term-of-review rule history and whether a ЦОН inspector may
 * register complaints on management's behalf. Administrators only; each save is audited. A new rule
 * takes effect from the moment it is saved, so complaints already registered keep their due dates.
 */
import { can } from '@shared/auth/access';
import { complaintTermAt, complaintTermRuleSchema, type ComplaintTermRule } from '@shared/complaints/term';
import { auditLog } from '../db/audit';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';

export async function complaintTermHistory(db: AppDatabase): Promise<ComplaintTermRule[]> {
  const stored = (await getSetting(db, 'complaintTermHistory')) ?? [];
  // A broken entry is skipped rather than trusted; the default applies where nothing valid is left.
  return stored.filter((r) => complaintTermRuleSchema.safeParse(r).success);
}

export async function complaintTermInForce(db: AppDatabase, at: number): Promise<ComplaintTermRule> {
  return complaintTermAt(await complaintTermHistory(db), at);
}

export type SaveComplaintSettingResult = { ok: true } | { ok: false; code: 'not-allowed' | 'invalid' };

async function isAdmin(db: AppDatabase, actorId: string): Promise<boolean> {
  const actor = await db.users.get(actorId);
  return !!actor && !actor.disabled && can(actor, 'settings:office');
}

/** Saves a new rule in force from `now`; the earlier ones stay for the complaints registered under them. */
export async function saveComplaintTerm(
  db: AppDatabase,
  rule: Omit<ComplaintTermRule, 'effectiveFrom'>,
  actorId: string,
  now: number,
): Promise<SaveComplaintSettingResult> {
  const parsed = complaintTermRuleSchema.safeParse({ ...rule, effectiveFrom: now });
  if (!parsed.success) return { ok: false, code: 'invalid' };
  return db.transaction(
    'rw',
    db.settings,
    db.users,
    db.audit,
    async (): Promise<SaveComplaintSettingResult> => {
      if (!(await isAdmin(db, actorId))) return { ok: false, code: 'not-allowed' };
      const history = (await getSetting(db, 'complaintTermHistory')) ?? [];
      const before = complaintTermAt(history, now);
      await db.settings.put({ key: 'complaintTermHistory', value: [...history, parsed.data] });
      const label = (r: ComplaintTermRule) => `${r.value} ${r.unit}${r.confirmed ? '' : ' (unconfirmed)'}`;
      await auditLog.append(
        db,
        {
          userId: actorId,
          action: 'settings.changed',
          details: { complaintTerm: { from: label(before), to: label(parsed.data) } },
        },
        now,
      );
      return { ok: true };
    },
  );
}

export async function inspectorMayRegister(db: AppDatabase): Promise<boolean> {
  return (await getSetting(db, 'complaintsInspectorMayRegister')) === true;
}

export async function saveInspectorMayRegister(
  db: AppDatabase,
  value: boolean,
  actorId: string,
  now: number,
): Promise<SaveComplaintSettingResult> {
  return db.transaction(
    'rw',
    db.settings,
    db.users,
    db.audit,
    async (): Promise<SaveComplaintSettingResult> => {
      if (!(await isAdmin(db, actorId))) return { ok: false, code: 'not-allowed' };
      await db.settings.put({ key: 'complaintsInspectorMayRegister', value });
      await auditLog.append(
        db,
        { userId: actorId, action: 'settings.changed', details: { complaintsInspectorMayRegister: value } },
        now,
      );
      return { ok: true };
    },
  );
}
