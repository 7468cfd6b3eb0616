/**
 * What an export needs before its button is pressed (issue 16, item 13): the office's own keys and
 * the receiving office's card. The screen names what is missing and who can fix it, instead of the
 * export failing after the click.
 */
import { activeCardOf } from '@shared/registry/identity';
import type { AppDatabase } from '../db/database';
import { activeKeyRow, loadTrustStore } from './identity';

export type ExportBlocker = 'no-keys' | 'no-recipient-card';

export async function exportBlocker(
  db: AppDatabase,
  recipientCode: string | null,
): Promise<ExportBlocker | null> {
  if (!(await activeKeyRow(db))) return 'no-keys';
  if (recipientCode && !activeCardOf(await loadTrustStore(db), recipientCode)) return 'no-recipient-card';
  return null;
}
