/**
 * A package refused at the counter as incomplete (issue 4, item 3): recorded for the statistics with
 * an audit entry, in one transaction. It is not a case and takes no case number.
 */
import type { Channel, ServiceId } from '@shared/catalogue/ids';
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';
import type { CounterRefusalRow } from '../db/types';

export interface CounterRefusalInput {
  serviceId: ServiceId;
  channel: Channel;
  officeCode: string;
  userId: string;
  missingItemIds: string[];
  /** The draft of the refused application, discarded with the refusal when given. */
  draftId?: string;
}

export async function recordCounterRefusal(
  db: AppDatabase,
  input: CounterRefusalInput,
  now: number,
): Promise<CounterRefusalRow> {
  if (input.missingItemIds.length === 0) throw new RangeError('A counter refusal lists missing documents');
  const row: CounterRefusalRow = {
    at: now,
    serviceId: input.serviceId,
    channel: input.channel,
    officeCode: input.officeCode,
    userId: input.userId,
    missingItemIds: [...input.missingItemIds],
  };
  return db.transaction('rw', [db.counterRefusals, db.audit, db.drafts], async () => {
    const id = (await db.counterRefusals.add(row)) as number;
    await auditLog.append(
      db,
      {
        userId: input.userId,
        action: 'intake.counter-refusal',
        details: {
          refusalId: id,
          serviceId: input.serviceId,
          channel: input.channel,
          officeCode: input.officeCode,
          missing: row.missingItemIds,
        },
      },
      now,
    );
    if (input.draftId) await db.drafts.delete(input.draftId);
    return { ...row, id };
  });
}
