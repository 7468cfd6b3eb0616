/**
 * The audit repository: append and read, nothing else. Pass the transaction's db when the event must
 * commit together with the change it records.
 */
import type { AppDatabase } from './database';
import type { AuditAction, AuditEvent } from './types';

export interface AuditEntry {
  userId: string | null;
  action: AuditAction;
  caseId?: string;
  details?: Record<string, unknown>;
}

export const auditLog = {
  async append(db: AppDatabase, entry: AuditEntry, now: number): Promise<number> {
    const event: AuditEvent = { at: now, ...entry };
    return (await db.audit.add(event)) as number;
  },

  /** Newest first. */
  async recent(db: AppDatabase, limit = 100): Promise<AuditEvent[]> {
    return db.audit.orderBy('id').reverse().limit(limit).toArray();
  },

  /** The latest time ever recorded, to detect a machine clock set back. */
  async latestAt(db: AppDatabase): Promise<number | null> {
    // The index key only: the sign-in screen asks this, with no data key to open a sealed entry.
    const last = await db.audit.orderBy('at').lastKey();
    return typeof last === 'number' ? last : null;
  },
} as const;

/** True when the clock reads earlier than an event already recorded (docs/decisions.md: clock not trusted). */
export function clockBehind(latestAt: number | null, now: number): boolean {
  return latestAt !== null && now < latestAt;
}
