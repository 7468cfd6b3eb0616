import { beforeAll, describe, expect, it } from 'vitest';
import {
  changePassphrase,
  KeyRefusal,
  unwrapOfficeKeys,
  wrapOfficeKeys,
  type WrappedKeys,
} from '@shared/crypto/key-wrap';
import { previewImport } from '@shared/registry/import';
import { buildFile, districtContext, makeDesk, makeWorld, seededRandom, type World } from './fixtures';

const ITERATIONS = 1_000; // production default is 600,000; the format records the count

let world: World;
let wrapped: WrappedKeys;

beforeAll(async () => {
  world = await makeWorld();
  wrapped = await wrapOfficeKeys(world.district.keys, world.district.card, 'жұмбақ сөз 2026', {
    iterations: ITERATIONS,
    random: seededRandom(5),
  });
});

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no refusal';
  } catch (error) {
    return error instanceof KeyRefusal ? error.code : `unexpected ${String(error)}`;
  }
}

describe('wrapped office keys', () => {
  it('records the KDF and contains no private key material in the clear', () => {
    expect(wrapped.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: ITERATIONS });
    expect(JSON.stringify(wrapped)).not.toMatch(/"d":/); // no JWK private scalar
  });

  it('a stolen backup reveals nothing without the passphrase: no private key bytes in the clear', async () => {
    const { toBase64 } = await import('@shared/crypto/bytes');
    const text = JSON.stringify(wrapped);
    for (const key of [world.district.keys.signing.privateKey, world.district.keys.encryption!.privateKey]) {
      const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', key));
      // Neither the PKCS#8 form nor the JWK private scalar may appear in the backup.
      expect(text).not.toContain(toBase64(pkcs8));
      const jwk = await crypto.subtle.exportKey('jwk', key);
      expect(text).not.toContain(jwk.d!);
    }
  });

  it('survive a backup: JSON out, JSON in on another workstation, and open a registry for the office', async () => {
    const restored = await unwrapOfficeKeys(JSON.parse(JSON.stringify(wrapped)), 'жұмбақ сөз 2026');
    expect(restored.keyId).toBe(world.district.keys.keyId);
    expect(restored.signingKey.extractable).toBe(false);
    const file = await buildFile(world);
    const ctx = await districtContext(world, {
      self: { officeCode: '11', keys: [{ keyId: restored.keyId, decryptionKey: restored.decryptionKey! }] },
    });
    expect((await previewImport(file, ctx)).status).toBe('ready');
  });

  it('restored signing key still signs files partners accept', async () => {
    const restored = await unwrapOfficeKeys(wrapped, 'жұмбақ сөз 2026');
    const back = await buildFile(
      { center: world.district, district: world.center, other: world.other },
      {
        kind: 'results',
        sender: { officeCode: '11', keyId: restored.keyId, signingKey: restored.signingKey },
        recipientCard: world.center.card,
        cases: [
          {
            number: '2011202600017',
            parts: [{ part: 'result', owner: '11', revision: 1, data: { status: 'granted' } }],
          },
        ],
      },
    );
    const ctx = await districtContext(
      { center: world.district, district: world.center, other: world.other },
      {
        self: {
          officeCode: '20',
          keys: [{ keyId: world.center.keys.keyId, decryptionKey: world.center.keys.encryption!.privateKey }],
        },
      },
    );
    const preview = await previewImport(back, ctx);
    expect(preview.status).toBe('ready');
  });

  it('a wrong passphrase fails cleanly', async () => {
    expect(await refusalOf(unwrapOfficeKeys(wrapped, 'жұмбақ сөз 2025'))).toBe('wrong-passphrase');
    expect(await refusalOf(unwrapOfficeKeys(wrapped, ''))).toBe('wrong-passphrase');
  });

  it('the passphrase is compared after NFC normalisation (same text typed on another keyboard)', async () => {
    const nfd = 'жұмбақ сөз 2026'.normalize('NFD');
    expect((await unwrapOfficeKeys(wrapped, nfd)).keyId).toBe(world.district.keys.keyId);
  });

  it('blobs swapped between roles are refused', async () => {
    const swapped = { ...wrapped, signing: wrapped.encryption!, encryption: wrapped.signing };
    expect(await refusalOf(unwrapOfficeKeys(swapped, 'жұмбақ сөз 2026'))).toBe('wrong-passphrase');
  });

  it('damaged or incomplete wrapped keys are refused as invalid', async () => {
    expect(await refusalOf(unwrapOfficeKeys({}, 'x'))).toBe('wrapped-keys-invalid');
    expect(
      await refusalOf(unwrapOfficeKeys({ ...wrapped, kdf: { ...wrapped.kdf, iterations: 10 } }, 'x')),
    ).toBe('wrapped-keys-invalid');
    const { encryption: _drop, ...withoutEncryption } = wrapped;
    expect(await refusalOf(unwrapOfficeKeys(withoutEncryption, 'жұмбақ сөз 2026'))).toBe(
      'wrapped-keys-invalid',
    );
    expect(await refusalOf(unwrapOfficeKeys({ ...wrapped, kdf: { ...wrapped.kdf, salt: '!!' } }, 'x'))).toBe(
      'wrapped-keys-invalid',
    );
  });

  it('a passphrase change keeps the keys and drops the old passphrase', async () => {
    const changed = await changePassphrase(wrapped, 'жұмбақ сөз 2026', 'new phrase', { iterations: 2_000 });
    expect(changed.kdf.iterations).toBe(2_000);
    expect(changed.kdf.salt).not.toBe(wrapped.kdf.salt);
    expect(await refusalOf(unwrapOfficeKeys(changed, 'жұмбақ сөз 2026'))).toBe('wrong-passphrase');
    const restored = await unwrapOfficeKeys(changed, 'new phrase');
    const ctx = await districtContext(world, {
      self: { officeCode: '11', keys: [{ keyId: restored.keyId, decryptionKey: restored.decryptionKey! }] },
    });
    expect((await previewImport(await buildFile(world), ctx)).status).toBe('ready');
    expect(await refusalOf(changePassphrase(wrapped, 'wrong', 'x'))).toBe('wrong-passphrase');
  });

  it('refuses to write wrapped keys it would later refuse to read', async () => {
    await expect(
      wrapOfficeKeys(world.center.keys, world.center.card, 'p', { iterations: 999 }),
    ).rejects.toThrow();
  });

  it('a desk wraps only its signing key', async () => {
    const desk = await makeDesk('20', '2');
    const w = await wrapOfficeKeys(desk.keys, desk.card, 'pass', { iterations: ITERATIONS });
    expect(w.encryption).toBeUndefined();
    const restored = await unwrapOfficeKeys(w, 'pass');
    expect(restored.decryptionKey).toBeUndefined();
  });

  it('uses a fresh salt per wrap with the platform generator', async () => {
    const a = await wrapOfficeKeys(world.center.keys, world.center.card, 'p', { iterations: ITERATIONS });
    const b = await wrapOfficeKeys(world.center.keys, world.center.card, 'p', { iterations: ITERATIONS });
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
  });
});
