/**
 * Issue 10, defect 5: ECDSA malleability. (r, s) and (r, n−s) both verify, so anyone holding a
 * genuine file could make a second byte string of it, import that first, and have the genuine file
 * refused as `file-id-reused`. The sender signs low-s, the reader refuses high-s, and "already
 * imported" is recognised without the signature bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, toHex } from '@shared/crypto/bytes';
import { isLowS, toLowS } from '@shared/crypto/ecdsa';
import { sha256Hex } from '@shared/crypto/hash';
import { createOfficeCard } from '@shared/crypto/office-card';
import { SIGNATURE_PARAMS } from '@shared/crypto/office-keys';
import { historyEntryOf, previewImport, type ImportPreview } from '@shared/registry/import';
import { buildFile, districtContext, makeWorld, NOW, seededRandom, type World } from './fixtures';

const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

function sBig(signature: Uint8Array): bigint {
  return BigInt(`0x${toHex(signature.subarray(32))}`);
}

/** The other valid signature of the same bytes: s → n−s. */
function malleate(file: Uint8Array): Uint8Array {
  const sig = file.slice(file.length - 64);
  const flipped = (N - sBig(sig)).toString(16).padStart(64, '0');
  const out = file.slice();
  for (let i = 0; i < 32; i++) out[file.length - 32 + i] = parseInt(flipped.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function code(preview: ImportPreview): string {
  return preview.status === 'refused' ? preview.refusal.code : preview.status;
}

let world: World;
let file: Uint8Array;

beforeAll(async () => {
  world = await makeWorld();
  file = await buildFile(world);
});

describe('low-s signatures', () => {
  it('toLowS maps a high s to n−s and leaves a low s alone; isLowS tells them apart', () => {
    const sig = file.slice(file.length - 64);
    const other = malleate(file).slice(file.length - 64);
    const [low, high] = isLowS(sig) ? [sig, other] : [other, sig];
    expect(isLowS(low)).toBe(true);
    expect(isLowS(high)).toBe(false);
    expect(toLowS(high)).toEqual(low);
    expect(toLowS(low)).toBe(low);
    expect(isLowS(new Uint8Array(63))).toBe(false);
  });

  it('every file the builder signs has a low s (40 files: a coin toss would fail ~40 times in 2^40)', async () => {
    for (let i = 0; i < 40; i++) {
      const f = await buildFile(world, { sequence: i + 1, random: seededRandom(i + 1) });
      expect(isLowS(f.subarray(f.length - 64)), `file ${i}`).toBe(true);
    }
  });

  it('office cards are signed low-s too', async () => {
    for (let i = 0; i < 12; i++) {
      const card = await createOfficeCard(world.center.keys, {
        officeCode: '20',
        name: { ru: 'ЦОН', kk: 'ХҚКО' },
        now: new Date(NOW.getTime() + i),
      });
      const sig = Uint8Array.from(atob(card.signature), (c) => c.charCodeAt(0));
      expect(isLowS(sig)).toBe(true);
    }
  });
});

describe('a malleated copy (s → n−s) of a genuine file', () => {
  it('still verifies under WebCrypto (why the check is needed)', async () => {
    const copy = malleate(file);
    const key = world.center.keys.signing.publicKey;
    const signed = copy.slice(0, copy.length - 64);
    expect(await crypto.subtle.verify(SIGNATURE_PARAMS, key, copy.slice(copy.length - 64), signed)).toBe(
      true,
    );
  });

  it('is refused as a non-canonical signature, and never reaches decryption', async () => {
    const preview = await previewImport(malleate(file), await districtContext(world));
    expect(code(preview)).toBe('signature-not-canonical');
    expect(preview.checks.at(-1)).toEqual({ id: 'signature', ok: false, code: 'signature-not-canonical' });
  });

  it('does not make the genuine file look like a reused id: its fingerprint excludes the signature', async () => {
    // What an older version stored after importing the copy first: the copy's fingerprint.
    const genuine = await previewImport(file, await districtContext(world));
    if (genuine.status !== 'ready') throw new Error(code(genuine));
    const entry = historyEntryOf(genuine);
    expect(entry.contentHash).toBe(await sha256Hex(file.slice(0, file.length - 64)));
    const copy = malleate(file);
    const copyFingerprint = await sha256Hex(copy.slice(0, copy.length - 64));
    expect(copyFingerprint).toBe(entry.contentHash);
    const again = await previewImport(
      file,
      await districtContext(world, {
        history: { files: new Map([[entry.fileId, copyFingerprint]]), lastSequence: new Map() },
      }),
    );
    expect(code(again)).toBe('already-imported');
  });

  it('a fresh signature by the sender over the same bytes is the same file, already imported', async () => {
    const genuine = await previewImport(file, await districtContext(world));
    if (genuine.status !== 'ready') throw new Error(code(genuine));
    const signed = file.slice(0, file.length - 64);
    let resigned = file;
    // ECDSA is randomised: sign until the signature differs and is low-s.
    while (resigned === file || !isLowS(resigned.subarray(resigned.length - 64))) {
      const sig = new Uint8Array(
        await crypto.subtle.sign(SIGNATURE_PARAMS, world.center.keys.signing.privateKey, signed),
      );
      resigned = concatBytes(signed, sig);
    }
    const history = { files: new Map([[genuine.fileId, genuine.contentHash]]), lastSequence: new Map() };
    expect(code(await previewImport(resigned, await districtContext(world, { history })))).toBe(
      'already-imported',
    );
  });

  it('a file recorded by an older version (SHA-256 of the whole file) is still recognised', async () => {
    const genuine = await previewImport(file, await districtContext(world));
    if (genuine.status !== 'ready') throw new Error(code(genuine));
    const history = {
      files: new Map([[genuine.fileId, await sha256Hex(file)]]),
      lastSequence: new Map(),
    };
    expect(code(await previewImport(file, await districtContext(world, { history })))).toBe(
      'already-imported',
    );
  });
});
