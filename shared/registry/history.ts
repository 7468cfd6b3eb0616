/**
 * What the office remembers of earlier imports (file ids, last sequence per pair) and the sequence
 * warnings a new file earns against it.
 */
import type { Warning } from './codes';
import { sequencePairKey, type Manifest } from './manifest';

export interface ImportHistory {
  /**
   * fileId (hex) → contentHash (hex) of every file imported before. Entries recorded before the
   * hash left the signature out hold the SHA-256 of the whole file; both forms are recognised.
   */
  files: ReadonlyMap<string, string>;
  /** sequencePairKey(manifest) → the highest sequence imported from that pair. */
  lastSequence: ReadonlyMap<string, number>;
}

export function sequenceWarnings(manifest: Manifest, history: ImportHistory): Warning[] {
  const last = history.lastSequence.get(sequencePairKey(manifest)) ?? 0;
  if (manifest.sequence > last + 1) {
    return [{ code: 'sequence-gap', params: { expected: last + 1, received: manifest.sequence } }];
  }
  if (manifest.sequence <= last)
    return [{ code: 'sequence-repeated', params: { last, received: manifest.sequence } }];
  return [];
}
