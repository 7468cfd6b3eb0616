import { describe, expect, it } from 'vitest';
import {
  AtRestRefusal,
  decryptField,
  deriveAtRestKeys,
  deriveSyncKeys,
  encryptField,
  generateRawDataKey,
  iinIndex,
  iinPrefixIndex,
  iinSearchTagSync,
  iinTagsSync,
  openSync,
  sealSync,
  surnameSearchIndex,
  surnameSearchTagSync,
  surnameTagsSync,
  unwrapRawDataKey,
  wrapRawDataKey,
} from '@shared/at-rest';

async function both() {
  const raw = generateRawDataKey();
  const cryptoKey = await crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'AES-GCM' }, true, [
    'encrypt',
    'decrypt',
  ]);
  return { raw, sync: deriveSyncKeys(raw), async: await deriveAtRestKeys(cryptoKey) };
}

describe('synchronous at-rest primitives', () => {
  it('seal and open agree with the WebCrypto envelope both ways', async () => {
    const k = await both();
    const value = { surname: 'Қасымов', iin: '900101300123' };
    const sealed = sealSync(k.sync, value, 'cases/1');
    expect(await decryptField(k.async.field, sealed, 'cases/1')).toEqual(value);
    const other = await encryptField(k.async.field, value, 'cases/1');
    expect(openSync(k.sync, other, 'cases/1')).toEqual(value);
  });

  it('refuses an envelope in another context, under another key or altered', async () => {
    const k = await both();
    const sealed = sealSync(k.sync, 'x', 'cases/1');
    expect(() => openSync(k.sync, sealed, 'cases/2')).toThrow(AtRestRefusal);
    expect(() => openSync(deriveSyncKeys(generateRawDataKey()), sealed, 'cases/1')).toThrow(AtRestRefusal);
    const ct = sealed.ct.startsWith('A') ? 'B' + sealed.ct.slice(1) : 'A' + sealed.ct.slice(1);
    expect(() => openSync(k.sync, { ...sealed, ct }, 'cases/1')).toThrow(/tampered|invalid/);
    expect(() => openSync(k.sync, { v: 2 }, 'cases/1')).toThrow(/invalid/);
  });

  it('tags equal the WebCrypto blind indexes', async () => {
    const k = await both();
    const iin = '900101300123';
    const tags = iinTagsSync(k.sync, iin);
    expect(tags).toHaveLength(12);
    expect(tags[11]).toBe(await iinIndex(k.async, iin));
    expect(tags[3]).toBe(await iinPrefixIndex(k.async, '9001'));
    expect(iinSearchTagSync(k.sync, '9001')).toBe(tags[3]);
    expect(iinSearchTagSync(k.sync, iin)).toBe(tags[11]);
    expect(surnameTagsSync(k.sync, 'Касымова')).toHaveLength(6);
    expect(surnameSearchTagSync(k.sync, 'касымо')).toBe(await surnameSearchIndex(k.async, 'Касымо'));
    expect(iinTagsSync(k.sync, '')).toEqual([]);
  });

  it('a raw key wrapped under a password opens only with it', async () => {
    const raw = generateRawDataKey();
    const target = { kind: 'user', userId: 'u1' } as const;
    const w = await wrapRawDataKey(raw, 'pass-1', target, { iterations: 1000 });
    expect(await unwrapRawDataKey(w, 'pass-1', target)).toEqual(raw);
    await expect(unwrapRawDataKey(w, 'pass-2', target)).rejects.toThrow(AtRestRefusal);
    await expect(unwrapRawDataKey(w, 'pass-1', { kind: 'user', userId: 'u2' })).rejects.toThrow(
      AtRestRefusal,
    );
  });
});
