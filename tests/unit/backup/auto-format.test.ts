import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAGIC,
  BackupRefusal,
  createBackupKeyPair,
  decryptBackup,
  encryptAutoBackup,
  encryptBackup,
  readBackupHeader,
  type BackupDump,
} from '@shared/backup';
import { fromUtf8, utf8 } from '@shared/crypto/bytes';
import ru from '../../../locales/ru/backup.json';
import kk from '../../../locales/kk/backup.json';

const RECOVERY = 'пароль восстановления 2026';
const ITER = 1000;

function sampleDump(): BackupDump {
  return {
    schemaVersion: 3,
    createdAt: Date.UTC(2026, 2, 16, 5, 0),
    office: { officeCode: '22', deskCode: '00', workstation: 'main' },
    restoreEpoch: 1,
    tables: {
      cases: { schema: 'id, iin', rows: [{ id: '22000260000011', iin: '950615300000', surname: 'Қасымов' }] },
    },
  };
}

async function refusal(p: Promise<unknown>): Promise<string | null> {
  return p.then(
    () => null,
    (e: unknown) => (e instanceof BackupRefusal ? e.code : `not a refusal: ${String(e)}`),
  );
}

/** The same file with its header JSON rewritten (length field updated, body kept). */
function withHeader(bytes: Uint8Array, mutate: (h: Record<string, unknown>) => void): Uint8Array {
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

describe('automatic backup file (format 2, to the office backup key)', () => {
  it('stores only strings: the public key and the private key wrapped, never the passphrase', async () => {
    const pair = await createBackupKeyPair(RECOVERY, { iterations: ITER });
    expect(JSON.parse(JSON.stringify(pair))).toEqual(pair);
    expect(JSON.stringify(pair)).not.toContain(RECOVERY);
    expect(pair.kdf.iterations).toBe(ITER);
    expect(pair.keyId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('round-trips with the recovery passphrase; each file has its own ephemeral key', async () => {
    const pair = await createBackupKeyPair(RECOVERY, { iterations: ITER });
    const a = await encryptAutoBackup(sampleDump(), pair);
    const b = await encryptAutoBackup(sampleDump(), pair);
    const ha = readBackupHeader(a).header;
    const hb = readBackupHeader(b).header;
    expect(ha.format).toBe(2);
    if (ha.format !== 2 || hb.format !== 2) throw new Error('format');
    expect(ha.ephemeralKey).not.toBe(hb.ephemeralKey);
    expect(ha.recipient.keyId).toBe(pair.keyId);
    expect(await decryptBackup(a, RECOVERY)).toEqual(sampleDump());
    expect(await decryptBackup(b, RECOVERY.normalize('NFD'))).toEqual(sampleDump());
  });

  it('carries no personal data in the clear', async () => {
    const pair = await createBackupKeyPair(RECOVERY, { iterations: ITER });
    const text = new TextDecoder('latin1').decode(await encryptAutoBackup(sampleDump(), pair));
    expect(text).not.toContain('950615300000');
    expect(text).not.toContain('22000260000011');
  });

  it('refuses a wrong passphrase with its own message in ru and kk', async () => {
    const pair = await createBackupKeyPair(RECOVERY, { iterations: ITER });
    const file = await encryptAutoBackup(sampleDump(), pair);
    expect(await refusal(decryptBackup(file, 'пароль ручной копии'))).toBe('wrong-recovery-passphrase');
    for (const locale of [ru, kk]) {
      const text = locale.refusal['wrong-recovery-passphrase'];
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toBe(locale.refusal['wrong-passphrase']);
    }
    // A manual backup's passphrase does not open an automatic one and vice versa.
    const manual = await encryptBackup(sampleDump(), 'пароль ручной копии', { iterations: ITER });
    expect(await refusal(decryptBackup(manual, RECOVERY))).toBe('wrong-passphrase');
  });

  it('refuses a changed body, ephemeral key, salt or key id as tampered', async () => {
    const pair = await createBackupKeyPair(RECOVERY, { iterations: ITER });
    const other = await createBackupKeyPair(RECOVERY, { iterations: ITER });
    const file = await encryptAutoBackup(sampleDump(), pair);
    const flipped = file.slice();
    flipped[flipped.length - 40]! ^= 1;
    expect(await refusal(decryptBackup(flipped, RECOVERY))).toBe('tampered');
    const otherFile = readBackupHeader(await encryptAutoBackup(sampleDump(), pair)).header;
    if (otherFile.format !== 2) throw new Error('format');
    const swapped = withHeader(file, (h) => void (h.ephemeralKey = otherFile.ephemeralKey));
    expect(await refusal(decryptBackup(swapped, RECOVERY))).toBe('tampered');
    const salted = withHeader(file, (h) => void (h.hkdfSalt = otherFile.hkdfSalt));
    expect(await refusal(decryptBackup(salted, RECOVERY))).toBe('tampered');
    // Another pair's wrapped key under the same passphrase unwraps, but the body was not made for it.
    const rewrapped = withHeader(file, (h) => {
      h.recipient = { keyId: other.keyId, iv: other.iv, wrappedKey: other.wrappedKey };
      h.kdf = other.kdf;
    });
    expect(await refusal(decryptBackup(rewrapped, RECOVERY))).toBe('tampered');
    expect(await refusal(decryptBackup(file.subarray(0, file.length - 1), RECOVERY))).toBe('truncated');
  });

  it('refuses unknown header fields as damaged', async () => {
    const pair = await createBackupKeyPair(RECOVERY, { iterations: ITER });
    const file = await encryptAutoBackup(sampleDump(), pair);
    const extra = withHeader(file, (h) => void (h.office = '22'));
    expect(await refusal(decryptBackup(extra, RECOVERY))).toBe('damaged');
  });
});
