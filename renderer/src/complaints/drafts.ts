/** Drafts of complaint registrations, kept as typed per user (like intake drafts, renderer/src/cases/drafts.ts). */
import type { ComplaintForm } from '@shared/complaints/validate';
import type { AppDatabase } from '../db/database';
import type { ComplaintDraftRow } from './types';

export async function saveComplaintDraft(
  db: AppDatabase,
  input: { id: string; userId: string; form: ComplaintForm },
  now: number,
): Promise<void> {
  await db.transaction('rw', db.complaintDrafts, async () => {
    const existing = await db.complaintDrafts.get(input.id);
    if (existing && existing.userId !== input.userId)
      throw new Error(`Draft ${input.id} belongs to another user`);
    const label = [input.form.surname, input.form.name]
      .filter((s) => s.trim())
      .join(' ')
      .slice(0, 200);
    await db.complaintDrafts.put({ ...input, label, createdAt: existing?.createdAt ?? now, updatedAt: now });
  });
}

export async function listComplaintDrafts(db: AppDatabase, userId: string): Promise<ComplaintDraftRow[]> {
  const rows = await db.complaintDrafts.where('userId').equals(userId).toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function discardComplaintDraft(db: AppDatabase, id: string, userId: string): Promise<void> {
  await db.transaction('rw', db.complaintDrafts, async () => {
    const row = await db.complaintDrafts.get(id);
    if (row && row.userId === userId) await db.complaintDrafts.delete(id);
  });
}
