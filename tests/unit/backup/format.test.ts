import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAGIC,
  BackupRefusal,
  decryptBackup,
  decodeTyped,
  encodeTyped,
  encryptBackup,
  readBackupHeader,
  TypedJsonError,
  type BackupDump,
  type Json,
} from '@shared/backup';
import { fromUtf8, utf8 } from '@shared/crypto/bytes';

const PASS = 'correct horse battery staple';
const ITER = 1000;

function sampleDump(): BackupDump {
  return {
    schemaVersion: 2,
    createdAt: Date.UTC(2026, 2, 16, 5, 0),
    office: { officeCode: '22', deskCode: '01', workstation: 'desk' },
    restoreEpoch: 0,
    tables: {
      settings: { schema: 'key', rows: [{ key: 'caseNumberEpoch', value: 0 }] },
      cases: {
        schema: 'id, iin, surnameFold',
        rows: [{ id: '22010260000011', iin: '950615300000', surname: 'Қасымов', surnameFold: 'КАСЫМОВ' }],
      },
      blobs: {
        schema: '',
        keys: ['k1'],
        rows: [{ bytes: new Uint8Array([0, 1, 2, 255]), when: new Date(Date.UTC(2026, 0, 1)) }],
      },
    },
  };
}

/** The same file with its header JSON rewritten (length field updated, body kept). */
function withHeader(bytes: Uint8Array, mutate: (header: Record<string, unknown>) => void): Uint8Array {
  const { prefix, body } = readBackupHeader(bytes);
  const header = JSON.parse(fromUtf8(prefix.subarray(BACKUP_MAGIC.length + 4))) as Record<string, unknown>;
  mutate(header);
  const json = utf8(JSON.stringify(header));
  const out = new Uint8Array(BACKUP_MAGIC.length + 4 + json.length + body.length);
  out.set(BACKUP_MAGIC);
  new DataView(out.buffer).setUint32(BACKUP_MAGIC.length, json.length);
  out.set(json, BACKUP_MAGIC.length + 4);
  out.set(body, BACKUP_MAGIC.length + 4 + json.length);
  return out;
}

async function expectRefusal(p: Promise<unknown>, code: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupRefusal);
  expect((err as BackupRefusal).code).toBe(code);
}

describe('typed JSON', () => {
  it('round-trips bytes, buffers, dates, undefined, holes, non-finite numbers, -0, bigint and $t keys', () => {
    const ab = new Uint8Array([9, 8, 7]).buffer;
    const value = {
      u8: new Uint8Array([1, 2, 3]),
      ab,
      date: new Date(1_700_000_000_000),
      bad: new Date(NaN),
      undef: undefined,
      arr: [1, undefined, 'x'],
      nums: [NaN, Infinity, -Infinity, -0, 1.5],
      big: 12345678901234567890n,
      tricky: { $t: 'u8', b64: 'AAAA' },
      nested: { deep: [{ $t: 'obj' }] },
    };
    const json = JSON.parse(JSON.stringify(encodeTyped(value))) as Json;
    const back = decodeTyped(json) as typeof value;
    expect(back.u8).toBeInstanceOf(Uint8Array);
    expect([...back.u8]).toEqual([1, 2, 3]);
    expect(back.ab).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(back.ab)]).toEqual([9, 8, 7]);
    expect(back.date.getTime()).toBe(1_700_000_000_000);
    expect(Number.isNaN(back.bad.getTime())).toBe(true);
    expect('undef' in back).toBe(true);
    expect(back.undef).toBeUndefined();
    expect(back.arr).toEqual([1, undefined, 'x']);
    expect(back.nums[0]).toBeNaN();
    expect(back.nums.slice(1, 3)).toEqual([Infinity, -Infinity]);
    expect(Object.is(back.nums[3], -0)).toBe(true);
    expect(back.big).toBe(12345678901234567890n);
    expect(back.tricky).toEqual({ $t: 'u8', b64: 'AAAA' });
    expect(back.nested).toEqual({ deep: [{ $t: 'obj' }] });
  });

  it('writes object keys sorted, so equal rows give equal bytes', () => {
    expect(JSON.stringify(encodeTyped({ b: 1, a: { d: 1, c: 2 } }))).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it('refuses what a backup cannot carry, naming where', () => {
    expect(() => encodeTyped({ rows: [{ m: new Map() }] })).toThrow(/Map at \.rows\[0\]\.m/);
    class CryptoKey {}
    expect(() => encodeTyped({ key: new CryptoKey() })).toThrow(/CryptoKey cannot be backed up/);
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => encodeTyped(cyc)).toThrow(TypedJsonError);
    expect(() => decodeTyped({ $t: 'nope' })).toThrow(TypedJsonError);
  });

  it('keeps a __proto__ key as data', () => {
    const back = decodeTyped(JSON.parse('{"__proto__":{"x":1}}') as Json) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__']);
  });
});

describe('backup file', () => {
  it('round-trips the dump', async () => {
    const dump = sampleDump();
    const bytes = await encryptBackup(dump, PASS, { iterations: ITER });
    expect(await decryptBackup(bytes, PASS)).toEqual(dump);
  });

  it('starts with the magic and a header that names only the KDF and cipher', async () => {
    const bytes = await encryptBackup(sampleDump(), PASS, { iterations: 1234 });
    expect(fromUtf8(bytes.subarray(0, BACKUP_MAGIC.length))).toBe('ASSBACKUP\n');
    const { header } = readBackupHeader(bytes);
    expect(header.format).toBe(1);
    expect(header.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: 1234 });
    expect(header.cipher.name).toBe('AES-256-GCM');
    expect(Object.keys(header).sort()).toEqual(['bodyLength', 'cipher', 'format', 'kdf', 'keyCheck']);
  });

  it('reveals nothing without the passphrase: no IIN, surname, office or case number bytes', async () => {
    const bytes = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    const text = new TextDecoder('latin1').decode(bytes);
    for (const secret of [
      '950615300000',
      'Қасымов',
      'КАСЫМОВ',
      '22010260000011',
      'caseNumberEpoch',
      'surname',
    ]) {
      const needle = new TextDecoder('latin1').decode(utf8(secret));
      expect(text.includes(needle), secret).toBe(false);
    }
    // Base64 of the IIN would be another way to leak it.
    expect(text.includes(btoa('950615300000'))).toBe(false);
  });

  it('two backups of the same data differ (fresh salt and IV)', async () => {
    const a = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    const b = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('refuses a wrong passphrase as such', async () => {
    const bytes = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    await expectRefusal(decryptBackup(bytes, 'wrong'), 'wrong-passphrase');
  });

  it('refuses a flipped body byte, a flipped header byte and a swapped header as tampered or damaged', async () => {
    const bytes = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    const body = bytes.slice();
    body[body.length - 40]! ^= 1;
    await expectRefusal(decryptBackup(body, PASS), 'tampered');
    const tag = bytes.slice();
    tag[tag.length - 1]! ^= 0x80;
    await expectRefusal(decryptBackup(tag, PASS), 'tampered');
    // The IV lives in the header, authenticated as GCM additional data.
    const otherIv = withHeader(bytes, (h) => {
      const iv = Buffer.from((h.cipher as { iv: string }).iv, 'base64');
      iv[0]! ^= 1;
      (h.cipher as { iv: string }).iv = iv.toString('base64');
    });
    await expectRefusal(decryptBackup(otherIv, PASS), 'tampered');
    // Fewer iterations in the header derive another key: caught as a wrong passphrase, never decrypted.
    const fewer = withHeader(bytes, (h) => {
      (h.kdf as { iterations: number }).iterations = 1001;
    });
    await expectRefusal(decryptBackup(fewer, PASS), 'wrong-passphrase');
    const json = bytes.slice();
    json[BACKUP_MAGIC.length + 4]! = 0x78; // 'x' instead of '{'
    await expectRefusal(decryptBackup(json, PASS), 'damaged');
    const missing = withHeader(bytes, (h) => {
      delete h.keyCheck;
    });
    await expectRefusal(decryptBackup(missing, PASS), 'damaged');
  });

  it('refuses truncated files at every cut point class', async () => {
    const bytes = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    const headerEnd = readBackupHeader(bytes).prefix.length;
    for (const cut of [3, BACKUP_MAGIC.length + 2, headerEnd - 5, headerEnd, bytes.length - 1]) {
      await expectRefusal(decryptBackup(bytes.subarray(0, cut), PASS), 'truncated');
    }
  });

  it('refuses trailing garbage and foreign files', async () => {
    const bytes = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    await expectRefusal(decryptBackup(longer, PASS), 'damaged');
    await expectRefusal(decryptBackup(utf8('%PDF-1.7\n...'), PASS), 'not-a-backup');
    await expectRefusal(decryptBackup(new Uint8Array(0), PASS), 'not-a-backup');
  });

  it('refuses a file of a newer format', async () => {
    const bytes = await encryptBackup(sampleDump(), PASS, { iterations: ITER });
    const out = withHeader(bytes, (h) => {
      h.format = 3;
      h.somethingNew = true;
    });
    await expectRefusal(decryptBackup(out, PASS), 'newer-format');
  });

  it('refuses content that decrypts but is not a dump', async () => {
    const bad = { ...sampleDump(), tables: { t: { schema: 'id', rows: [], keys: [1] } } };
    const bytes = await encryptBackup(bad as BackupDump, PASS, { iterations: ITER });
    await expectRefusal(decryptBackup(bytes, PASS), 'invalid-content');
  });

  it('refuses too few iterations and an empty passphrase when writing', async () => {
    await expect(encryptBackup(sampleDump(), PASS, { iterations: 10 })).rejects.toThrow(RangeError);
    await expect(encryptBackup(sampleDump(), '', { iterations: ITER })).rejects.toThrow(RangeError);
  });
});
