/**
 * Duplicate guard (issue 4, item 4; docs/decisions.md): an open case of the same person and service is
 * shown before a new one is accepted. "Open" is the lifecycle's answer: a status some rule still
 * leaves for that service and channel.
 */
import type { ServiceId } from '@shared/catalogue/ids';
import { isClosed } from '@shared/lifecycle';
import type { AppDatabase } from '../db/database';
import type { CaseRow } from '../db/types';

export function isOpenCase(row: Pick<CaseRow, 'status' | 'serviceId' | 'channel'>): boolean {
  return !isClosed(row.status, row.serviceId, row.channel);
}

/** Open cases of this person (shared/iin personKey) for this service, newest first, via [personKey+serviceId]. */
export async function findOpenDuplicates(
  db: AppDatabase,
  personKey: string,
  serviceId: ServiceId,
): Promise<CaseRow[]> {
  const rows = await db.cases.where('[personKey+serviceId]').equals([personKey, serviceId]).toArray();
  return rows.filter(isOpenCase).sort((a, b) => b.acceptedAt - a.acceptedAt);
}
