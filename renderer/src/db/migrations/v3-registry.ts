/**
 * Version 3 (issue 5): the office's wrapped keys, the trust store, registries sent and received
 * (with the file bytes and the import report), snapshots of parts owned by other offices (what the
 * merge compares against) and custody scans of paper packages.
 */
import type { Dexie } from 'dexie';

export function registryV3(db: Dexie) {
  db.version(3).stores({
    officeKeys: 'keyId, createdAt, status',
    trustedCards: 'keyId, officeCode, status',
    revocations: 'keyId',
    registries: 'id, direction, kind, pairKey, fileId, createdAt, status',
    caseParts: '[caseId+part], caseId',
    custodyScans: '++id, registryId, caseId, at',
  });
}
