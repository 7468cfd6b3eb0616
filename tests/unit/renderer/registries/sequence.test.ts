import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { nextSequence } from '@renderer/registry/exportRegistry';
import { putSetting } from '@renderer/db/settings';
import { closeTestDbs, testDb } from '../testDb';

afterEach(closeTestDbs);

describe('registry sequence per sender→recipient pair (issue 7, restore)', () => {
  it('counts up from the last one issued', async () => {
    const db = testDb();
    expect(await nextSequence(db, '22>12')).toBe(1);
    await db.sequences.put({ key: 'registry:22>12', last: 7 });
    expect(await nextSequence(db, '22>12')).toBe(8);
  });
  it('jumps into the restore epoch’s band after an older backup was restored', async () => {
    const db = testDb();
    await db.sequences.put({ key: 'registry:22>12', last: 3 });
    await putSetting(db, 'caseNumberEpoch', 2);
    expect(await nextSequence(db, '22>12')).toBe(2_000_001);
  });
});
