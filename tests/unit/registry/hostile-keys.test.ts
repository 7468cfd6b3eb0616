/**
 * Issue 10, defect 4: a rotated-out (superseded) signing key verified files forever, so whoever kept
 * or stole an old key could sign years later. It now verifies only within the transit window after
 * the rotation became known here (default 30 days, the administrator's setting), then
 * `signer-superseded`. A revoked key stays refused at any time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOfficeCard } from '@shared/crypto/office-card';
import { generateOfficeKeys, type OfficeKeys } from '@shared/crypto/office-keys';
import {
  DEFAULT_KEY_TRANSIT_DAYS,
  importCard,
  resolveSigner,
  type TrustStore,
} from '@shared/crypto/trust-store';
import { previewImport, type ImportPreview } from '@shared/registry/import';
import { buildFile, districtContext, makeWorld, NOW, trustOf, type World } from './fixtures';

const DAY = 86_400_000;
/** The ЦОН's new card arrives at the district ten days after the file fixtures' NOW. */
const ROTATION = new Date(NOW.getTime() + 10 * DAY);
const after = (days: number) => new Date(ROTATION.getTime() + days * DAY);

let world: World;
let newKeys: OfficeKeys;
let rotated: TrustStore;
let oldFile: Uint8Array;
let newFile: Uint8Array;

function code(preview: ImportPreview): string {
  return preview.status === 'refused' ? preview.refusal.code : preview.status;
}

async function importAt(store: TrustStore, card: unknown, at: Date): Promise<TrustStore> {
  const r = await importCard(store, card, at);
  if (!r.ok) throw new Error(r.code);
  return r.store;
}

beforeAll(async () => {
  world = await makeWorld();
  newKeys = await generateOfficeKeys({ withEncryption: true });
  const newCard = await createOfficeCard(newKeys, {
    officeCode: '20',
    name: { ru: 'ЦОН', kk: 'ХҚКО' },
    now: ROTATION,
    replaces: world.center.keys.keyId,
  });
  rotated = await importAt(await trustOf(world.center.card), newCard, ROTATION);
  oldFile = await buildFile(world);
  newFile = await buildFile(world, {
    sender: { officeCode: '20', keyId: newKeys.keyId, signingKey: newKeys.signing.privateKey },
  });
});

describe('a file signed with a rotated-out key', () => {
  it('400 days after the rotation is refused as signer-superseded (was accepted)', async () => {
    const ctx = await districtContext(world, { trust: rotated, now: after(400) });
    const preview = await previewImport(oldFile, ctx);
    expect(code(preview)).toBe('signer-superseded');
    expect(preview.checks.at(-1)).toEqual({ id: 'signature', ok: false, code: 'signer-superseded' });
  });

  it('within the default 30-day window it is still accepted (files in transit)', async () => {
    expect(DEFAULT_KEY_TRANSIT_DAYS).toBe(30);
    const ctx = await districtContext(world, { trust: rotated, now: after(29) });
    expect(code(await previewImport(oldFile, ctx))).toBe('ready');
    const late = await districtContext(world, { trust: rotated, now: after(31) });
    expect(code(await previewImport(oldFile, late))).toBe('signer-superseded');
  });

  it('the window is the office setting carried by its trust store', async () => {
    const short = { ...rotated, transitDays: 5 };
    expect(
      code(await previewImport(oldFile, await districtContext(world, { trust: short, now: after(4) }))),
    ).toBe('ready');
    expect(
      code(await previewImport(oldFile, await districtContext(world, { trust: short, now: after(6) }))),
    ).toBe('signer-superseded');
    const long = { ...rotated, transitDays: 500 };
    expect(
      code(await previewImport(oldFile, await districtContext(world, { trust: long, now: after(400) }))),
    ).toBe('ready');
  });

  it('the new key is not limited by the window', async () => {
    const ctx = await districtContext(world, { trust: rotated, now: after(4000) });
    expect(code(await previewImport(newFile, ctx))).toBe('ready');
  });

  it('counts from when the rotation became known here, recorded on the old entry', () => {
    const old = rotated.entries.find((e) => e.card.keyId === world.center.keys.keyId)!;
    expect(old).toMatchObject({ status: 'superseded', supersededAt: ROTATION.toISOString() });
  });

  it('an entry stored before supersededAt existed counts from the import of the newer card', async () => {
    const legacy: TrustStore = {
      ...rotated,
      entries: rotated.entries.map(({ supersededAt: _drop, ...e }) => e),
    };
    expect(resolveSigner(legacy, { officeCode: '20', keyId: world.center.keys.keyId }, after(29)).ok).toBe(
      true,
    );
    expect(resolveSigner(legacy, { officeCode: '20', keyId: world.center.keys.keyId }, after(31))).toEqual({
      ok: false,
      code: 'signer-superseded',
    });
  });

  it('an older card imported after the newer one is superseded from its own import', async () => {
    const newCard = rotated.entries.find((e) => e.card.keyId === newKeys.keyId)!.card;
    const lateAt = after(100);
    let store = await importAt({ entries: [], revocations: [] }, newCard, ROTATION);
    store = await importAt(store, world.center.card, lateAt);
    const sender = { officeCode: '20', keyId: world.center.keys.keyId };
    expect(resolveSigner(store, sender, new Date(lateAt.getTime() + 29 * DAY)).ok).toBe(true);
    expect(resolveSigner(store, sender, new Date(lateAt.getTime() + 31 * DAY)).ok).toBe(false);
  });

  it('a revoked key stays refused inside the window', async () => {
    const revoker = await createOfficeCard(await generateOfficeKeys({ withEncryption: true }), {
      officeCode: '20',
      name: { ru: 'ЦОН', kk: 'ХҚКО' },
      now: after(1),
      revokes: [world.center.keys.keyId],
    });
    const store = await importAt(rotated, revoker, after(1));
    const ctx = await districtContext(world, { trust: store, now: after(2) });
    expect(code(await previewImport(oldFile, ctx))).toBe('signer-revoked');
  });
});
