import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buf, toHex, utf8 } from '@shared/crypto/bytes';
import { hmacSha256Sync, sha256Sync } from '@shared/crypto/sha256';

const subtleSha256 = async (m: Uint8Array) =>
  toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', buf(m))));
async function subtleHmac(key: Uint8Array, m: Uint8Array) {
  const k = await crypto.subtle.importKey('raw', buf(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', k, buf(m))));
}

describe('synchronous SHA-256 and HMAC', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(toHex(sha256Sync(utf8('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(sha256Sync(new Uint8Array(0)))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(toHex(sha256Sync(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches RFC 4231 test case 2', () => {
    expect(toHex(hmacSha256Sync(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('agrees with crypto.subtle on every length across block boundaries', async () => {
    for (let n = 0; n <= 200; n++) {
      const m = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(toHex(sha256Sync(m)), `length ${n}`).toBe(await subtleSha256(m));
    }
  });

  it('agrees with crypto.subtle on random inputs and keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.uint8Array({ minLength: 1, maxLength: 130 }),
        async (m, key) => {
          expect(toHex(sha256Sync(m))).toBe(await subtleSha256(m));
          expect(toHex(hmacSha256Sync(key, m))).toBe(await subtleHmac(key, m));
        },
      ),
      { numRuns: 300, seed: 4231 },
    );
  });
});
