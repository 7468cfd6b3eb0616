/**
 * Chain of custody by barcode (issue 5, item 5): each paper package scanned against a registry.
 * At the ЦОН the scans record the dispatch; at the district office they match paper to the
 * imported data. Discrepancies: paper without data (scanned, not listed) and data without paper
 * (listed, never scanned).
 */
import { parseCaseNumber } from '@shared/case-number';
import type { AppDatabase } from '../db/database';
import type { CustodyScanRow, OfficeConfig, RegistryRow } from '../db/types';
import type { Role } from '@shared/auth/roles';
import { applyCaseEvent } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';

export type ScanOutcome =
  | { kind: 'listed'; caseId: string; repeated: boolean }
  | { kind: 'not-listed'; caseId: string; repeated: boolean }
  | { kind: 'not-a-case-number'; digits: string };

/** Records one scan (a repeated scan is reported, not stored twice). */
export async function recordCustodyScan(
  db: AppDatabase,
  registry: Pick<RegistryRow, 'id' | 'caseIds' | 'direction'>,
  digits: string,
  userId: string,
  now: number,
): Promise<ScanOutcome> {
  const parsed = parseCaseNumber(digits);
  if (!parsed.ok) return { kind: 'not-a-case-number', digits };
  const caseId = parsed.value.digits;
  const listed = registry.caseIds.includes(caseId);
  const repeated = await db.transaction('rw', db.custodyScans, db.audit, async () => {
    const seen = await db.custodyScans
      .where('registryId')
      .equals(registry.id)
      .filter((s) => s.caseId === caseId)
      .first();
    if (seen) return true;
    await db.custodyScans.add({ registryId: registry.id, caseId, at: now, userId, listed });
    await db.audit.add({
      at: now,
      userId,
      action: 'registry.custody-scan',
      caseId,
      details: {
        registryId: registry.id,
        listed,
        side: registry.direction === 'out' ? 'dispatch' : 'receipt',
      },
    });
    return false;
  });
  return { kind: listed ? 'listed' : 'not-listed', caseId, repeated };
}

export interface CustodyStatus {
  scanned: CustodyScanRow[];
  /** Listed and scanned. */
  matched: string[];
  /** Data without paper: listed, not scanned yet. */
  missingPaper: string[];
  /** Paper without data: scanned, not in the registry. */
  paperWithoutData: string[];
}

export function custodyStatus(
  registry: Pick<RegistryRow, 'caseIds'>,
  scans: readonly CustodyScanRow[],
): CustodyStatus {
  const scannedIds = new Set(scans.map((s) => s.caseId));
  const listed = new Set(registry.caseIds);
  return {
    scanned: [...scans],
    matched: registry.caseIds.filter((id) => scannedIds.has(id)),
    missingPaper: registry.caseIds.filter((id) => !scannedIds.has(id)),
    paperWithoutData: [...scannedIds].filter((id) => !listed.has(id)).sort(),
  };
}

export async function loadCustody(
  db: AppDatabase,
  registry: Pick<RegistryRow, 'id' | 'caseIds'>,
): Promise<CustodyStatus> {
  const scans = await db.custodyScans.where('registryId').equals(registry.id).toArray();
  return custodyStatus(registry, scans);
}

/**
 * Receipt by the paper's scan at the district office (3.1 B3): a case still in transit after the
 * import becomes received when the scanning account may take that step. False when nothing changed.
 */
export async function receiveScanned(
  db: AppDatabase,
  caseId: string,
  user: { id: string; roles: readonly Role[] },
  office: Pick<OfficeConfig, 'officeCode'>,
  now = Date.now(),
): Promise<boolean> {
  const row = await db.cases.get(caseId);
  if (row?.status !== 'in-transit') return false;
  const ctx = workflowContext({ id: user.id, roles: [...user.roles] }, office, now);
  if (!ctx) return false;
  const result = await applyCaseEvent(db, caseId, { type: 'receive-at-district' }, ctx);
  return result.ok;
}

/**
 * The returning paper of a result scanned in at the ЦОН (3.1 B8): a result imported from a results
 * registry becomes ready for pickup when the scanning account may take that step. False when
 * nothing changed.
 */
export async function readyScanned(
  db: AppDatabase,
  caseId: string,
  user: { id: string; roles: readonly Role[] },
  office: Pick<OfficeConfig, 'officeCode'>,
  now = Date.now(),
): Promise<boolean> {
  const row = await db.cases.get(caseId);
  if (row?.status !== 'result-at-center') return false;
  const ctx = workflowContext({ id: user.id, roles: [...user.roles] }, office, now);
  if (!ctx) return false;
  const result = await applyCaseEvent(db, caseId, { type: 'scan-result-paper' }, ctx);
  return result.ok;
}
