/**
 * Restore epochs (issue 7 item 3: restoring an older backup never reissues a case number).
 *
 * A restored database remembers only the numbers issued up to its backup, so the restored machine must
 * not continue its old (desk, epoch) source: it moves to an epoch above every epoch it can find. The
 * backup alone is not enough evidence (restoring the same old backup twice would pick the same epoch
 * twice), so the caller passes every epoch it knows for this office and desk: the backup's, a marker
 * kept outside the database (the Electron user-data folder), and those in case numbers seen since in
 * registries and desk files. When all ten epochs are used the desk needs a new desk code from the main
 * workstation (a main workstation takes a free desk code for itself).
 */
import { MAX_EPOCH } from './case-number';

/** The epoch to number with after a restore, or null when the desk code is exhausted. */
export function nextRestoreEpoch(knownEpochs: Iterable<number>): number | null {
  let max = -1;
  for (const e of knownEpochs) {
    if (!Number.isInteger(e) || e < 0 || e > MAX_EPOCH) throw new RangeError(`Not an epoch: ${e}`);
    if (e > max) max = e;
  }
  // An empty history still moves off epoch 0: the backup came from somewhere that numbered in it.
  const next = Math.max(max, 0) + 1;
  return next > MAX_EPOCH ? null : next;
}
