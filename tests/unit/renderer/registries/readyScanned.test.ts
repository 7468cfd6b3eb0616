/**
 * The returning paper of a result scanned in at the ЦОН (issue 6, item 3; 3.1 B8): a result imported
 * from a results registry becomes ready for pickup, only for an account that may take the step, once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readyScanned } from '@renderer/registry/custody';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { insertCases, MONDAY_10AM } from '../journal/fixtures';

afterEach(closeTestDbs);

const CENTER = { officeCode: '22' };
const ACC = { id: 'acc-1', roles: ['accumulation-inspector' as const] };
const NOW = MONDAY_10AM + 10 * 86_400_000;

describe('readyScanned', () => {
  it('makes a result at the ЦОН ready for pickup, once, for the accumulation inspector only', async () => {
    const db = testDb();
    await setUpOffice(db, { officeCode: '22' });
    const [back, waiting] = await insertCases(db, [{ status: 'result-at-center' }, {}]);

    expect(await readyScanned(db, back!.id, { id: 'x', roles: ['center-inspector'] }, CENTER, NOW)).toBe(
      false,
    );
    expect((await db.cases.get(back!.id))!.status).toBe('result-at-center');

    expect(await readyScanned(db, back!.id, ACC, CENTER, NOW)).toBe(true);
    expect((await db.cases.get(back!.id))!.status).toBe('ready-for-pickup');
    expect(await db.audit.where('caseId').equals(back!.id).count()).toBeGreaterThan(0);
    // A second scan of the same paper changes nothing.
    expect(await readyScanned(db, back!.id, ACC, CENTER, NOW)).toBe(false);
    // A case that is not a result back at the ЦОН is not touched.
    expect(await readyScanned(db, waiting!.id, ACC, CENTER, NOW)).toBe(false);
    expect((await db.cases.get(waiting!.id))!.status).toBe('accepted');
    expect(await readyScanned(db, '22000000000000', ACC, CENTER, NOW)).toBe(false);
  });
});
