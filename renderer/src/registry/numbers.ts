/**
 * Numbers of the registries an office sends: the sequence pair key, the next sequence inside the
 * restore epoch's band (so a restored backup never reissues one) and the printed registry number.
 */
import { nextRegistrySequence } from '@shared/backup/registry-numbers';
import { sequencePairKey } from '@shared/registry';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';
import type { OfficeConfig } from '../db/types';

export function pairKeyOf(office: OfficeConfig, recipientCode: string): string {
  const desk = office.workstation === 'desk';
  return sequencePairKey({
    sender: { officeCode: office.officeCode, ...(desk ? { deskCode: office.deskCode } : {}), keyId: '' },
    recipient: { officeCode: recipientCode, keyId: '' },
  });
}

export const sequenceKey = (pairKey: string) => `registry:${pairKey}`;

/** The next number for a pair, inside the restore epoch's band so a restored backup never reissues one. */
export async function nextSequence(db: AppDatabase, pairKey: string): Promise<number> {
  const epoch = (await getSetting(db, 'caseNumberEpoch')) ?? 0;
  return nextRegistrySequence((await db.sequences.get(sequenceKey(pairKey)))?.last ?? 0, epoch);
}

export function registryNumberOf(office: OfficeConfig, recipientCode: string, sequence: number): string {
  const from = office.workstation === 'desk' ? `${office.officeCode}${office.deskCode}` : office.officeCode;
  return `${from}-${recipientCode}-${String(sequence).padStart(4, '0')}`;
}
