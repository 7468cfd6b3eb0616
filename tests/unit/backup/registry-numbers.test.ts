import { describe, expect, it } from 'vitest';
import { nextRegistrySequence, registrySequenceEpoch, REGISTRY_EPOCH_STRIDE } from '@shared/backup';

describe('registry sequences across restores', () => {
  it('epoch 0 counts from 1', () => {
    expect(nextRegistrySequence(0, 0)).toBe(1);
    expect(nextRegistrySequence(41, 0)).toBe(42);
  });

  it('a restored older database in a new epoch never reissues a sequence', () => {
    // Issued 1..30 in epoch 0; a backup was taken at 12; the restore moves to epoch 1.
    const issued = new Set<number>();
    let last = 0;
    for (let i = 0; i < 30; i++) issued.add((last = nextRegistrySequence(last, 0)));
    let restoredLast = 12;
    for (let i = 0; i < 30; i++) {
      restoredLast = nextRegistrySequence(restoredLast, 1);
      expect(issued.has(restoredLast)).toBe(false);
      issued.add(restoredLast);
    }
    expect(registrySequenceEpoch(restoredLast)).toBe(1);
    expect(nextRegistrySequence(12, 1)).toBe(REGISTRY_EPOCH_STRIDE + 1);
  });

  it('refuses to spill into the next epoch’s band and bad input', () => {
    expect(() => nextRegistrySequence(REGISTRY_EPOCH_STRIDE, 0)).toThrow(/exhausted/);
    expect(nextRegistrySequence(REGISTRY_EPOCH_STRIDE - 1, 0)).toBe(REGISTRY_EPOCH_STRIDE);
    expect(() => nextRegistrySequence(-1, 0)).toThrow(RangeError);
    expect(() => nextRegistrySequence(1, 1.5)).toThrow(RangeError);
  });
});
