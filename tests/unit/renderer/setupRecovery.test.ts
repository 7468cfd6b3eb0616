import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestDbs, SETUP, testDb } from './testDb';
import { completeSetup } from '@renderer/store/setup';
import { recoveryError } from '@renderer/features/setup/recovery';
import { memoryKeyStore } from '@renderer/backup/autoBackup';
import { decryptBackup, encryptAutoBackup } from '@shared/backup';
import { dumpDatabase } from '@renderer/backup/backup';

afterEach(closeTestDbs);

const RECOVERY = 'пароль восстановления';

describe('setup makes the backup key pair where the automatic backup exists', () => {
  it('stores the pair under the recovery passphrase, which alone opens the backups', async () => {
    const db = testDb();
    const store = memoryKeyStore();
    const result = await completeSetup(db, { ...SETUP, recoveryPassphrase: RECOVERY }, 1_000_000, {
      backupKeys: store,
    });
    expect(result.ok).toBe(true);
    const pair = await store.get();
    expect(pair?.kdf.iterations).toBe(SETUP.iterations);
    const file = await encryptAutoBackup(await dumpDatabase(db, 2_000_000), pair!);
    expect((await decryptBackup(file, RECOVERY)).tables.users!.rows).toHaveLength(1);
  });

  it('makes no pair without a store (web build) or when setup fails', async () => {
    const db = testDb();
    expect((await completeSetup(db, { ...SETUP, recoveryPassphrase: RECOVERY }, 1_000_000)).ok).toBe(true);
    const store = memoryKeyStore();
    const again = await completeSetup(db, { ...SETUP, recoveryPassphrase: RECOVERY }, 1_000_000, {
      backupKeys: store,
    });
    expect(again.ok).toBe(false);
    expect(await store.get()).toBeNull();
  });

  it('asks for at least 8 characters, twice alike, not the login password', () => {
    expect(recoveryError({ passphrase: 'short', repeat: 'short' }, 'x')).toBe('errors.recoveryShort');
    expect(recoveryError({ passphrase: RECOVERY, repeat: `${RECOVERY}!` }, 'x')).toBe(
      'errors.recoveryMismatch',
    );
    expect(recoveryError({ passphrase: 'admin-pass', repeat: 'admin-pass' }, 'admin-pass')).toBe(
      'errors.recoverySameAsPassword',
    );
    expect(recoveryError({ passphrase: RECOVERY, repeat: RECOVERY }, 'admin-pass')).toBeNull();
  });
});
