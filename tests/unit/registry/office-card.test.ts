import { beforeAll, describe, expect, it } from 'vitest';
import {
  cardFingerprint,
  checkOfficeCard,
  createOfficeCard,
  officeCardFileText,
  readOfficeCardFile,
} from '@shared/crypto/office-card';
import { fingerprintDigitsOf } from '@shared/crypto/office-keys';
import { utf8 } from '@shared/crypto/bytes';
import { generateOfficeKeys } from '@shared/crypto/office-keys';
import {
  activeCardOf,
  emptyTrustStore,
  importCard,
  resolveSigner,
  revokeKey,
} from '@shared/crypto/trust-store';
import { makeDesk, makeOffice, NOW, type Office } from './fixtures';

let center: Office;

beforeAll(async () => {
  center = await makeOffice('20');
});

const LATER = new Date('2026-04-01T00:00:00.000Z');

describe('office card', () => {
  it('carries the public keys, code, names and a self-signature, and checks out', async () => {
    expect(center.card).toMatchObject({
      format: 1,
      kind: 'office',
      officeCode: '20',
      keyId: center.keys.keyId,
    });
    expect(center.card.encryptionKey).toBeDefined();
    const check = await checkOfficeCard(JSON.parse(JSON.stringify(center.card)));
    expect(check.ok).toBe(true);
  });

  it('has a fingerprint of the whole 128-bit key id, 8×4 hex digits to read by phone', () => {
    expect(cardFingerprint(center.card)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    expect(cardFingerprint(center.card).replaceAll(' ', '').toLowerCase()).toBe(center.keys.keyId);
  });

  it('has the same fingerprint as 40 digits in groups of five, for reading aloud', () => {
    expect(cardFingerprint(center.card, 'digits')).toMatch(/^\d{5}( \d{5}){7}$/);
    expect(fingerprintDigitsOf('0'.repeat(32))).toBe('00000 00000 00000 00000 00000 00000 00000 00000');
    // 2^128 - 1: every bit of the key id counts.
    expect(fingerprintDigitsOf('f'.repeat(32))).toBe('03402 82366 92093 84634 63374 60743 17682 11455');
    // Two ids that share their first 64 bits no longer share a fingerprint.
    expect(fingerprintDigitsOf('0'.repeat(31) + '1')).not.toBe(fingerprintDigitsOf('0'.repeat(32)));
  });

  it('travels as a file and is read back', async () => {
    const back = await readOfficeCardFile(utf8(officeCardFileText(center.card)));
    expect(back).toEqual({ ok: true, card: center.card, fingerprint: cardFingerprint(center.card) });
    expect(await readOfficeCardFile(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({
      ok: false,
      code: 'card-invalid',
    });
    expect(await readOfficeCardFile(utf8('{"format":'))).toEqual({ ok: false, code: 'card-invalid' });
  });

  it('an edited card is refused', async () => {
    expect(
      (await checkOfficeCard({ ...center.card, name: { ru: 'Другой', kk: 'Басқа' } })).ok || 'refused',
    ).toBe('refused');
    const other = await makeOffice('21');
    const swapped = await checkOfficeCard({ ...center.card, signingKey: other.card.signingKey });
    expect(!swapped.ok && swapped.code).toBe('card-key-id-mismatch');
    const resigned = await checkOfficeCard({ ...center.card, officeCode: '21' });
    expect(!resigned.ok && resigned.code).toBe('card-signature-invalid');
    expect(await checkOfficeCard({ ...center.card, format: 2 })).toEqual({ ok: false, code: 'card-invalid' });
    expect(await checkOfficeCard('not a card')).toEqual({ ok: false, code: 'card-invalid' });
  });

  it('a card that revokes itself is refused at creation', async () => {
    const keys = await generateOfficeKeys({ withEncryption: true });
    await expect(
      createOfficeCard(keys, {
        officeCode: '20',
        name: { ru: 'x', kk: 'x' },
        now: NOW,
        revokes: [keys.keyId],
      }),
    ).rejects.toThrow();
  });

  it('a desk card has a desk code and no encryption key', async () => {
    const desk = await makeDesk('20', '4');
    expect(desk.card).toMatchObject({ kind: 'desk', deskCode: '4' });
    expect(desk.card.encryptionKey).toBeUndefined();
    expect((await checkOfficeCard(desk.card)).ok).toBe(true);
    const { deskCode: _d, ...noDesk } = desk.card;
    expect((await checkOfficeCard(noDesk)).ok).toBe(false);
  });
});

describe('trust store', () => {
  it('imports a card once; the second import is recognised', async () => {
    const first = await importCard(emptyTrustStore, center.card, NOW);
    if (!first.ok) throw new Error(first.code);
    expect(first.alreadyKnown).toBe(false);
    expect(first.fingerprint).toBe(cardFingerprint(center.card));
    const second = await importCard(first.store, center.card, LATER);
    expect(second.ok && second.alreadyKnown).toBe(true);
    expect(second.ok && second.store).toBe(first.store);
  });

  it('rotation: the new card becomes active, the old one superseded but still verifying', async () => {
    const first = await importCard(emptyTrustStore, center.card, NOW);
    if (!first.ok) throw new Error(first.code);
    const keys = await generateOfficeKeys({ withEncryption: true });
    const rotated = await createOfficeCard(keys, {
      officeCode: '20',
      name: { ru: 'ЦОН', kk: 'ХҚКО' },
      now: LATER,
      replaces: center.keys.keyId,
    });
    const second = await importCard(first.store, rotated, LATER);
    if (!second.ok) throw new Error(second.code);
    expect(activeCardOf(second.store, '20')?.keyId).toBe(keys.keyId);
    expect(resolveSigner(second.store, { officeCode: '20', keyId: center.keys.keyId }).ok).toBe(true);
    // An older card imported late does not push the newer one aside.
    const onlyNew = await importCard(emptyTrustStore, rotated, LATER);
    if (!onlyNew.ok) throw new Error(onlyNew.code);
    const third = await importCard(onlyNew.store, center.card, LATER);
    if (!third.ok) throw new Error(third.code);
    expect(activeCardOf(third.store, '20')?.keyId).toBe(keys.keyId);
    expect(third.store.entries.map((e) => e.status)).toEqual(['active', 'superseded']);
  });

  it('revocation: the revoked key no longer verifies; its card cannot be imported again', async () => {
    const first = await importCard(emptyTrustStore, center.card, NOW);
    if (!first.ok) throw new Error(first.code);
    const revoked = revokeKey(first.store, center.keys.keyId, LATER);
    expect(resolveSigner(revoked, { officeCode: '20', keyId: center.keys.keyId })).toEqual({
      ok: false,
      code: 'signer-revoked',
    });
    expect(revoked.entries[0]).toMatchObject({ status: 'revoked', revokedAt: LATER.toISOString() });
    expect(await importCard(revoked, center.card, LATER)).toEqual({ ok: false, code: 'card-revoked' });
  });

  it('a revocation named before the revoked card is seen still applies to it', async () => {
    const keys = await generateOfficeKeys({ withEncryption: true });
    const revoking = await createOfficeCard(keys, {
      officeCode: '20',
      name: { ru: 'ЦОН', kk: 'ХҚКО' },
      now: LATER,
      revokes: [center.keys.keyId],
    });
    const r = await importCard(emptyTrustStore, revoking, LATER);
    if (!r.ok) throw new Error(r.code);
    expect(resolveSigner(r.store, { officeCode: '20', keyId: center.keys.keyId }).ok).toBe(false);
    expect(await importCard(r.store, center.card, LATER)).toEqual({ ok: false, code: 'card-revoked' });
  });

  it("a card cannot revoke another office's key", async () => {
    const other = await makeOffice('12');
    const first = await importCard(emptyTrustStore, center.card, NOW);
    if (!first.ok) throw new Error(first.code);
    const hostile = await createOfficeCard(other.keys, {
      officeCode: '12',
      name: { ru: 'x', kk: 'x' },
      now: LATER,
      revokes: [center.keys.keyId],
    });
    expect(await importCard(first.store, hostile, LATER)).toEqual({
      ok: false,
      code: 'card-revokes-foreign-key',
    });
  });

  it('a key presented for another office or desk is a mismatch', async () => {
    const first = await importCard(emptyTrustStore, center.card, NOW);
    if (!first.ok) throw new Error(first.code);
    expect(resolveSigner(first.store, { officeCode: '21', keyId: center.keys.keyId })).toEqual({
      ok: false,
      code: 'signer-mismatch',
    });
    expect(resolveSigner(first.store, { officeCode: '20', deskCode: '1', keyId: center.keys.keyId })).toEqual(
      {
        ok: false,
        code: 'signer-mismatch',
      },
    );
  });
});
