import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '@shared/crypto/canonical-json';
import { fromBase64, toBase64 } from '@shared/crypto/bytes';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    );
  });
  it('normalises strings and keys to NFC', () => {
    const decomposed = 'А\u0306'; // А + combining breve: NFC is Ӑ
    expect(canonicalJson({ [decomposed]: decomposed })).toBe(canonicalJson({ Ӑ: 'Ӑ' }));
  });
  it('normalises numbers', () => {
    expect(canonicalJson([-0, 1.0, 1e21, 0.1])).toBe('[0,1,1e+21,0.1]');
  });
  it('omits undefined properties but refuses what JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    for (const bad of [NaN, Infinity, [undefined], new Date(0), 1n, () => 1, { k: new Map() }]) {
      expect(() => canonicalJson(bad)).toThrow(CanonicalJsonError);
    }
  });
  it('refuses keys that collide after NFC', () => {
    expect(() => canonicalJson({ Ӑ: 1, 'А\u0306': 2 })).toThrow(CanonicalJsonError);
  });
  it('refuses cycles', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(CanonicalJsonError);
  });
});

describe('base64', () => {
  it('round-trips and refuses non-canonical spellings', () => {
    const bytes = new Uint8Array([0, 255, 1, 2, 3]);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(() => fromBase64('AP8BAgM')).toThrow(); // unpadded
    expect(() => fromBase64('AP8BAgN=')).toThrow(); // non-zero spare bits
  });
});
