import { describe, expect, it } from 'vitest';
import {
  AtRestRefusal,
  caseNumberIndex,
  decryptField,
  deriveAtRestKeys,
  encryptField,
  generateDataKey,
  iinIndex,
  iinPrefixIndex,
  iinPrefixIndexes,
  surnamePrefixIndexes,
  surnameSearchIndex,
  unwrapDataKey,
  wrapDataKey,
  type Envelope,
} from '@shared/at-rest';
import { fromBase64, toBase64 } from '@shared/crypto/bytes';

const ITER = 1000;
const ALICE = { kind: 'user', userId: 'u-alice' } as const;
const BOB = { kind: 'user', userId: 'u-bob' } as const;
const RECOVERY = { kind: 'recovery' } as const;
const IIN = '950615300000';

async function refusal(p: Promise<unknown>): Promise<string | null> {
  return p.then(
    () => null,
    (e: unknown) => (e instanceof AtRestRefusal ? e.code : `other: ${String(e)}`),
  );
}

async function rawOf(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

describe('data key wrapping', () => {
  it('a wrong password cannot unwrap, nor can another user with the same password', async () => {
    const key = await generateDataKey();
    const wrapped = await wrapDataKey(key, 'пароль Алисы', ALICE, { iterations: ITER });
    expect(await refusal(unwrapDataKey(wrapped, 'пароль Боба', ALICE))).toBe('wrong-secret');
    expect(await refusal(unwrapDataKey(wrapped, 'пароль Алисы', BOB))).toBe('wrong-secret');
    expect(await refusal(unwrapDataKey(wrapped, 'пароль Алисы', RECOVERY))).toBe('wrong-secret');
    expect(await refusal(unwrapDataKey({ ...wrapped, v: 2 }, 'пароль Алисы', ALICE))).toBe('invalid');
    expect(JSON.stringify(wrapped)).not.toContain(await rawOf(key));
  });

  it("the administrator's recovery passphrase unwraps the same key as the user's password", async () => {
    const key = await generateDataKey();
    const forAlice = await wrapDataKey(key, 'пароль Алисы', ALICE, { iterations: ITER });
    const forRecovery = await wrapDataKey(key, 'пароль восстановления', RECOVERY, { iterations: ITER });
    const viaAlice = await unwrapDataKey(forAlice, 'пароль Алисы', ALICE);
    const viaRecovery = await unwrapDataKey(forRecovery, 'пароль восстановления', RECOVERY);
    expect(await rawOf(viaAlice)).toBe(await rawOf(key));
    expect(await rawOf(viaRecovery)).toBe(await rawOf(key));
    // …and what one encrypted, the other reads.
    const a = await deriveAtRestKeys(viaAlice);
    const r = await deriveAtRestKeys(viaRecovery);
    const env = await encryptField(a.field, { surname: 'Қасымов' }, 'cases/1/applicant');
    expect(await decryptField(r.field, env, 'cases/1/applicant')).toEqual({ surname: 'Қасымов' });
    expect(await iinIndex(a, IIN)).toBe(await iinIndex(r, IIN));
  });

  it('re-wrapping after a password change keeps the key; the old password no longer opens the new blob', async () => {
    const key = await generateDataKey();
    const old = await wrapDataKey(key, 'старый пароль', ALICE, { iterations: ITER });
    const opened = await unwrapDataKey(old, 'старый пароль', ALICE);
    const renewed = await wrapDataKey(opened, 'новый пароль', ALICE, { iterations: ITER });
    expect(await rawOf(await unwrapDataKey(renewed, 'новый пароль', ALICE))).toBe(await rawOf(key));
    expect(await refusal(unwrapDataKey(renewed, 'старый пароль', ALICE))).toBe('wrong-secret');
  });
});

describe('field envelopes', () => {
  it('round-trips JSON values and never shows them in the clear', async () => {
    const { field } = await deriveAtRestKeys(await generateDataKey());
    const value = { iin: IIN, surname: 'Әбілқасымова', family: [{ name: 'Ұлан', age: 7 }], note: null };
    const env = await encryptField(field, value, 'cases/7/applicant');
    expect(Object.keys(env).sort()).toEqual(['ct', 'iv', 'v']);
    expect(JSON.stringify(env)).not.toContain(IIN);
    expect(await decryptField(field, env, 'cases/7/applicant')).toEqual(value);
    expect(await decryptField(field, await encryptField(field, 'строка', 'x'), 'x')).toBe('строка');
  });

  it('detects a changed ciphertext, IV, context or key', async () => {
    const keys = await deriveAtRestKeys(await generateDataKey());
    const other = await deriveAtRestKeys(await generateDataKey());
    const env = await encryptField(keys.field, { iin: IIN }, 'cases/7/applicant');
    const ct = fromBase64(env.ct);
    ct[0]! ^= 1;
    const flipped: Envelope = { ...env, ct: toBase64(ct) };
    expect(await refusal(decryptField(keys.field, flipped, 'cases/7/applicant'))).toBe('tampered');
    const iv = fromBase64(env.iv);
    iv[11]! ^= 1;
    expect(await refusal(decryptField(keys.field, { ...env, iv: toBase64(iv) }, 'cases/7/applicant'))).toBe(
      'tampered',
    );
    expect(await refusal(decryptField(keys.field, env, 'cases/8/applicant'))).toBe('tampered');
    expect(await refusal(decryptField(other.field, env, 'cases/7/applicant'))).toBe('tampered');
    expect(await refusal(decryptField(keys.field, { ...env, extra: 1 }, 'cases/7/applicant'))).toBe(
      'invalid',
    );
  });
});

describe('blind indexes', () => {
  it('the same IIN gives the same index under one key and a different one under another', async () => {
    const one = await deriveAtRestKeys(await generateDataKey());
    const two = await deriveAtRestKeys(await generateDataKey());
    expect(await iinIndex(one, IIN)).toBe(await iinIndex(one, IIN));
    expect(await iinIndex(one, IIN)).not.toBe(await iinIndex(two, IIN));
    expect(await iinIndex(one, IIN)).not.toBe(await iinIndex(one, '950615300001'));
    expect(await iinIndex(one, IIN)).not.toContain(IIN);
  });

  it('every kind has its own key: equal text under two kinds gives unrelated tags', async () => {
    const keys = await deriveAtRestKeys(await generateDataKey());
    const digits = '22010260000011';
    expect(await caseNumberIndex(keys, digits)).not.toBe(await iinPrefixIndex(keys, digits.slice(0, 11)));
    expect((await iinPrefixIndexes(keys, IIN))[10]).not.toBe(await caseNumberIndex(keys, IIN.slice(0, 11)));
  });

  it("a typed IIN beginning finds the stored IIN's prefix tag, as the journal's search does", async () => {
    const keys = await deriveAtRestKeys(await generateDataKey());
    const stored = await iinPrefixIndexes(keys, IIN);
    expect(stored).toHaveLength(11);
    expect(new Set(stored).size).toBe(11);
    for (const typed of ['9', '9506', '95061530000'])
      expect(stored).toContain(await iinPrefixIndex(keys, typed));
    expect(stored).not.toContain(await iinPrefixIndex(keys, '9507'));
    await expect(iinPrefixIndex(keys, IIN)).rejects.toThrow(RangeError);
    await expect(iinIndex(keys, '95061')).rejects.toThrow(RangeError);
  });

  it('surname prefixes are folded as the journal folds them', async () => {
    const keys = await deriveAtRestKeys(await generateDataKey());
    const stored = await surnamePrefixIndexes(keys, 'Қасымова');
    expect(stored).toHaveLength(6);
    expect(await surnamePrefixIndexes(keys, 'Касымова')).toEqual(stored);
    expect(stored).toContain(await surnameSearchIndex(keys, 'КАС'));
    expect(stored).toContain(await surnameSearchIndex(keys, 'қасым'));
    // Longer than the stored prefixes: the first six letters are looked up.
    expect(await surnameSearchIndex(keys, 'Касымова')).toBe(stored[5]);
    expect(stored).not.toContain(await surnameSearchIndex(keys, 'Кос'));
    expect(await surnameSearchIndex(keys, '  ')).toBeNull();
  });
});
