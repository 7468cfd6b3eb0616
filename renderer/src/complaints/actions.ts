/**
 * Review steps of a complaint (assign, review, answer, withdraw) and printing, each committed with its
 * audit entry in one transaction. The state machine in shared/complaints decides what is allowed.
 */
import type { Role } from '@shared/auth/roles';
import {
  applyComplaintEvent,
  complaintAccess,
  type ComplaintEvent,
  type ComplaintTransitionError,
} from '@shared/complaints';
import type { OfficeType } from '@shared/directory/types';
import { toAlmatyDate } from '@shared/time/almaty';
import { auditLog } from '../db/audit';
import type { AppDatabase } from '../db/database';
import { inspectorMayRegister } from './settings';
import type { ComplaintRow } from './types';

export interface ComplaintActor {
  user: { id: string; roles: readonly Role[] };
  officeType: OfficeType | null;
}

export type ComplaintActionResult =
  | { ok: true; row: ComplaintRow }
  | { ok: false; error: { code: 'not-allowed' | 'not-found' } | ComplaintTransitionError };

export async function applyComplaintAction(
  db: AppDatabase,
  id: string,
  event: ComplaintEvent,
  actor: ComplaintActor,
  now: number,
): Promise<ComplaintActionResult> {
  const access = complaintAccess(actor.user, actor.officeType, await inspectorMayRegister(db));
  if (!access.review) return { ok: false, error: { code: 'not-allowed' } };
  return db.transaction('rw', db.complaints, db.audit, async (): Promise<ComplaintActionResult> => {
    const row = await db.complaints.get(id);
    if (!row) return { ok: false, error: { code: 'not-found' } };
    const r = applyComplaintEvent(row, event, { now, today: toAlmatyDate(now) });
    if (!r.ok) return { ok: false, error: r.error };
    const next: ComplaintRow = { ...row, ...r.complaint, updatedAt: now };
    await db.complaints.put(next);
    const details: Record<string, unknown> = { complaintId: id, from: row.status, to: next.status };
    if (event.type === 'review') details.outcome = event.outcome;
    if (event.type === 'answer') details.outgoingNumber = event.outgoingNumber.trim();
    await auditLog.append(db, { userId: actor.user.id, action: `complaint.${event.type}`, details }, now);
    return { ok: true, row: next };
  });
}

export type ComplaintDocument = 'talon' | 'stamp' | 'answer' | 'journal';

/** Printing is recorded too: a talon handed over is proof of acceptance (§26). */
export async function recordComplaintPrint(
  db: AppDatabase,
  userId: string,
  document: ComplaintDocument,
  complaintId: string | null,
  now: number,
): Promise<void> {
  await auditLog.append(
    db,
    { userId, action: 'complaint.printed', details: { document, ...(complaintId ? { complaintId } : {}) } },
    now,
  );
}
