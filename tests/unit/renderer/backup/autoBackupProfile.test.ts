/**
 * Issue 13: someone who copies the workstation's profile (every IndexedDB row the app keeps, but not
 * the recovery passphrase) must not be able to read the automatic backups.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { enableAutoBackup, indexedDbKeyStore, runAutoBackupIfDue } from '@renderer/backup/autoBackup';
import { decryptBackup, openAutoBackupWithKey, readBackupHeader } from '@shared/backup';
import { buf, fromBase64 } from '@shared/crypto';
import type { AutoBackupStatus, AutoWriteResult } from '@shared/ipc/contract';

afterEach(closeTestDbs);

const PASS = 'пароль восстановления';
const MORNING = Date.UTC(2026, 2, 16, 5, 0);

function fakeApi() {
  const written: Uint8Array[] = [];
  const state: AutoBackupStatus = { folder: '/backups', lastWrittenAt: null, keep: 14 };
  return {
    written,
    backupAutoStatus: vi.fn(async () => ({ ...state })),
    backupWriteAuto: vi.fn(
      async (req: { bytes: Uint8Array; createdAt: number }): Promise<AutoWriteResult> => {
        written.push(req.bytes);
        return { status: 'written', name: 'auto.assbak', removed: 0 };
      },
    ),
  };
}

/** Every row of every table of the named databases, read as a stranger would (no app schema). */
async function profileRows(names: string[]): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (const name of names) {
    const raw = new Dexie(name);
    await raw.open();
    for (const table of raw.tables) rows.push(...(await table.toArray()));
    raw.close();
  }
  return rows;
}

function collect(value: unknown, keys: CryptoKey[], strings: string[], seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') strings.push(value);
    return;
  }
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof CryptoKey) return void keys.push(value);
  if (value instanceof Uint8Array) return;
  for (const v of Object.values(value)) collect(v, keys, strings, seen);
}

/** Tries every key and every 32-byte value found in the rows as the file's AES-GCM key. */
async function attackerOpens(file: Uint8Array, rows: unknown[]): Promise<boolean> {
  const keys: CryptoKey[] = [];
  const strings: string[] = [];
  collect(rows, keys, strings);
  for (const s of strings) {
    try {
      const bytes = fromBase64(s);
      if (bytes.length === 32)
        keys.push(await crypto.subtle.importKey('raw', buf(bytes), 'AES-GCM', false, ['decrypt']));
    } catch {
      // not base64
    }
  }
  const parsed = readBackupHeader(file);
  const { header, prefix, body } = parsed;
  const iv = fromBase64(header.cipher.iv);
  for (const key of keys) {
    if (key.algorithm.name === 'ECDH' && key.type === 'private') {
      try {
        await openAutoBackupWithKey(parsed, key);
        return true;
      } catch {
        // not this one
      }
    }
    if (key.algorithm.name !== 'AES-GCM' || !key.usages.includes('decrypt')) continue;
    try {
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: buf(iv), additionalData: buf(prefix) },
        key,
        buf(body),
      );
      return true;
    } catch {
      // not this one
    }
  }
  return false;
}

describe('automatic backup against a copied profile', () => {
  it('cannot be decrypted from the stored rows without the passphrase', async () => {
    const db = testDb();
    await setUpOffice(db);
    const storeName = `autokey-profile-${process.pid}`;
    const store = indexedDbKeyStore(storeName);
    await enableAutoBackup(db, store, PASS, 1000);
    const api = fakeApi();
    expect((await runAutoBackupIfDue(db, api, store, MORNING)).status).toBe('written');
    const rows = await profileRows([storeName, db.name]);
    expect(rows.length).toBeGreaterThan(0);
    expect(await attackerOpens(api.written[0]!, rows)).toBe(false);
    // The stored rows are all strings: nothing that could decrypt survives a copy of the profile.
    const keys: CryptoKey[] = [];
    collect(rows, keys, []);
    expect(keys).toEqual([]);
    // …and the passphrase alone opens the file.
    expect((await decryptBackup(api.written[0]!, PASS)).tables.users!.rows).toHaveLength(1);
    await Dexie.delete(storeName);
  });
});
