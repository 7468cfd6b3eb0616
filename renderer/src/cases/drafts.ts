/**
 * Drafts of interrupted applications (issue 4, item 3): saved as typed, listed per user, resumed,
 * discarded. The form's shape belongs to the intake screen; here it is opaque.
 */
import type { ServiceId } from '@shared/catalogue/ids';
import type { AppDatabase } from '../db/database';
import type { DraftRow } from '../db/types';

export interface DraftInput {
  id: string;
  userId: string;
  form: unknown;
  serviceId: ServiceId | null;
  label: string;
}

/** Creates or updates a draft, keeping its creation time. */
export async function saveDraft(db: AppDatabase, input: DraftInput, now: number): Promise<DraftRow> {
  return db.transaction('rw', db.drafts, async () => {
    const existing = await db.drafts.get(input.id);
    if (existing && existing.userId !== input.userId) {
      throw new Error(`Draft ${input.id} belongs to another user`);
    }
    const row: DraftRow = {
      ...input,
      label: input.label.slice(0, 200),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.drafts.put(row);
    return row;
  });
}

/** The user's drafts, most recently touched first. */
export async function listDrafts(db: AppDatabase, userId: string): Promise<DraftRow[]> {
  const rows = await db.drafts.where('userId').equals(userId).toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getDraft(db: AppDatabase, id: string, userId: string): Promise<DraftRow | undefined> {
  const row = await db.drafts.get(id);
  return row && row.userId === userId ? row : undefined;
}

export async function discardDraft(db: AppDatabase, id: string, userId: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(id);
    if (row && row.userId === userId) await db.drafts.delete(id);
  });
}

/**
 * Coalesces rapid calls (every keystroke) into one save after `delayMs` of quiet; `flush` saves at
 * once (before registration, on page hide). Errors go to `onError`, never thrown into the UI loop.
 */
export function debounced<T>(
  save: (value: T) => Promise<unknown>,
  delayMs: number,
  onError: (e: unknown) => void = () => undefined,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | undefined;
  let closed = false;
  const run = async () => {
    timer = undefined;
    const p = pending;
    pending = undefined;
    if (p) await save(p.value).catch(onError);
  };
  return {
    push(value: T) {
      if (closed) return;
      pending = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      await run();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
    /** Cancels and ignores every later push (the draft was registered or refused). */
    close() {
      closed = true;
      this.cancel();
    },
    /** Accepts pushes again (registration failed after close). */
    reopen() {
      closed = false;
    },
  };
}
