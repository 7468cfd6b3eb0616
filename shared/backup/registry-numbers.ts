/**
 * Registry sequence numbers after a restore (issue 7 item 3).
 *
 * A registry's sequence counts per sender→recipient pair, and the receiving office warns on a repeated
 * number (shared/registry/import.ts `sequence-repeated`). A database restored from an older backup
 * remembers only the sequences issued up to the backup, so it must not continue from there. It does
 * not need a marker of its own: every restore already moves the desk to a new restore epoch (kept
 * outside the database too, see shared/case-number/restore-epoch.ts), and each epoch owns its own
 * band of sequence numbers, `epoch · 1,000,000 + 1` upwards. Numbers issued in an earlier epoch are
 * all below the band of any later one, so none is issued twice; the receiver sees one `sequence-gap`
 * warning after a restore, which is true and harmless.
 */
export const REGISTRY_EPOCH_STRIDE = 1_000_000;

/**
 * The sequence for the next registry of a pair: above the last one this database issued for that pair
 * (0 when none) and inside the current epoch's band.
 */
export function nextRegistrySequence(lastIssued: number, epoch: number): number {
  if (!Number.isInteger(lastIssued) || lastIssued < 0) throw new RangeError(`Not a sequence: ${lastIssued}`);
  if (!Number.isInteger(epoch) || epoch < 0) throw new RangeError(`Not an epoch: ${epoch}`);
  const next = Math.max(lastIssued, epoch * REGISTRY_EPOCH_STRIDE) + 1;
  // A million registries for one pair in one epoch fill the band: never spill into the next epoch's.
  if (registrySequenceEpoch(next) > Math.max(epoch, registrySequenceEpoch(lastIssued))) {
    throw new RangeError('Registry sequence band exhausted');
  }
  return next;
}

/** The epoch whose band a sequence lies in. */
export function registrySequenceEpoch(sequence: number): number {
  return Math.floor((sequence - 1) / REGISTRY_EPOCH_STRIDE);
}
