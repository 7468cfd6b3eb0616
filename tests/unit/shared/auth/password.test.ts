import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  fromBase64,
  hashPassword,
  toBase64,
  verifyPassword,
  SALT_BYTES,
} from '@shared/auth/password';

const fixedSalt = (bytes: Uint8Array) => bytes.fill(7);

describe('password hashing (PBKDF2-SHA256)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse', { iterations: 1000 });
    expect(stored.algorithm).toBe('PBKDF2-SHA256');
    expect(stored.iterations).toBe(1000);
    expect(fromBase64(stored.salt)).toHaveLength(SALT_BYTES);
    expect(fromBase64(stored.hash)).toHaveLength(32);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsE', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash: the same password gives different hashes', async () => {
    const a = await hashPassword('пароль-123', { iterations: 1000 });
    const b = await hashPassword('пароль-123', { iterations: 1000 });
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('matches a known PBKDF2-HMAC-SHA256 vector (RFC 7914 §11)', async () => {
    const salt = toBase64(new TextEncoder().encode('salt'));
    const h = await hashPassword('passwd', { iterations: 1, salt });
    const hex = [...fromBase64(h.hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex.slice(0, 32)).toBe('55ac046e56e3089fec1691c22544b605');
  });

  it('uses the injected random source for the salt', async () => {
    const h = await hashPassword('secret-pass', { iterations: 1000, random: fixedSalt });
    expect(h.salt).toBe(toBase64(new Uint8Array(16).fill(7)));
  });

  it('keeps the iteration count with the hash, so a changed default still verifies old hashes', async () => {
    const old = await hashPassword('секрет-пароль', { iterations: 2000 });
    expect(await verifyPassword('секрет-пароль', old)).toBe(true);
    expect(await verifyPassword('секрет-пароль', { ...old, iterations: 2001 })).toBe(false);
  });

  it('refuses a nonsensical iteration count', async () => {
    await expect(hashPassword('x', { iterations: 0 })).rejects.toThrow(RangeError);
    await expect(hashPassword('x', { iterations: 1.5 })).rejects.toThrow(RangeError);
  });

  it('compares byte arrays completely', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
  });

  it('round-trips base64 of every length', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    }
    expect(() => fromBase64('a*b=')).toThrow(RangeError);
  });
});
