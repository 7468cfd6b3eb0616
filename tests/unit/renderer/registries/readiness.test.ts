import { afterEach, describe, expect, it } from 'vitest';
import { getSetting } from '@renderer/db/settings';
import { createOfficeIdentity, previewCard, trustCard } from '@renderer/registry/identity';
import { exportBlocker } from '@renderer/registry/readiness';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';

afterEach(closeTestDbs);
const NOW = new Date(Date.UTC(2026, 11, 7, 5));
const PASS = 'office passphrase 1';

async function officeWithKeys(code: string) {
  const db = testDb();
  const adminId = await setUpOffice(db, { officeCode: code });
  const office = (await getSetting(db, 'office'))!;
  const made = await createOfficeIdentity(db, {
    office,
    passphrase: PASS,
    passphraseRepeat: PASS,
    userId: adminId,
    now: NOW,
    iterations: 1000,
  });
  if (!made.ok) throw new Error(made.code);
  return { db, office, adminId };
}

describe('what an export needs before its button (issue 16, item 13)', () => {
  it('names missing keys first, then the missing card of the receiving office', async () => {
    const db = testDb();
    await setUpOffice(db, { officeCode: '22' });
    expect(await exportBlocker(db, '12')).toBe('no-keys');

    const center = await officeWithKeys('22');
    expect(await exportBlocker(center.db, null)).toBeNull();
    expect(await exportBlocker(center.db, '12')).toBe('no-recipient-card');

    const district = await officeWithKeys('12');
    const card = (await district.db.officeKeys.toArray())[0]!.card;
    const preview = await previewCard(center.db, JSON.parse(JSON.stringify(card)), center.office, NOW);
    if (!preview.ok) throw new Error(preview.code);
    await trustCard(center.db, preview, center.adminId, NOW);
    expect(await exportBlocker(center.db, '12')).toBeNull();
    expect(await exportBlocker(center.db, '13')).toBe('no-recipient-card');
  });
});
