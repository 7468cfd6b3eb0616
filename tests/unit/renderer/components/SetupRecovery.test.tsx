// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, configure } from '@testing-library/react';
import { Dexie } from 'dexie';
import { closeTestDbs, testDb } from '../testDb';
import { App } from '@renderer/app/App';
import { AppProviders } from '@renderer/app/AppProviders';
import { createI18n } from '@renderer/i18n';
import { setPlatformForTesting } from '@renderer/platform';
import { webPlatform } from '@renderer/platform/web-platform';
import { AUTO_KEY_DB, indexedDbKeyStore } from '@renderer/backup/autoBackup';
import { decryptBackup, encryptAutoBackup } from '@shared/backup';
import { dumpDatabase } from '@renderer/backup/backup';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  setPlatformForTesting(undefined);
  await closeTestDbs();
  await Dexie.delete(AUTO_KEY_DB);
});

/** The browser platform plus the desktop's backup services: what the wizard sees in Electron. */
function desktopLike() {
  setPlatformForTesting({
    ...webPlatform(window),
    backup: {
      backupChooseFolder: vi.fn(async () => ({ status: 'cancelled' as const })),
      backupAutoStatus: vi.fn(async () => ({ folder: null, lastWrittenAt: null, keep: 14 })),
      backupWriteAuto: vi.fn(async () => ({ status: 'failed' as const, reason: 'no-folder' as const })),
      backupEpochRead: vi.fn(async () => null),
      backupEpochRaise: vi.fn(async () => undefined),
    },
  });
}

const type = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });

describe('setup on the desktop asks for the recovery passphrase', () => {
  it('refuses the login password as recovery passphrase, then makes the backup key pair', async () => {
    desktopLike();
    const db = testDb();
    render(
      <AppProviders db={db} i18n={createI18n('ru')}>
        <App />
      </AppProviders>,
    );
    fireEvent.click(await screen.findByTestId('setup-next'));
    fireEvent.click(await screen.findByTestId('office-20'));
    fireEvent.click(screen.getByTestId('setup-next'));
    fireEvent.click(await screen.findByTestId('setup-next'));
    type('admin-login', 'admin');
    type('admin-fullName', 'Администратор Офиса');
    type('admin-password', 'admin-pass-1');
    type('admin-passwordRepeat', 'admin-pass-1');
    type('admin-recovery', 'admin-pass-1');
    type('admin-recoveryRepeat', 'admin-pass-1');
    fireEvent.click(screen.getByTestId('setup-finish'));
    expect(
      await screen.findByText('Пароль восстановления должен отличаться от пароля входа администратора.'),
    ).toBeTruthy();
    expect(await db.settings.get('office')).toBeUndefined();

    type('admin-recovery', 'пароль восстановления');
    type('admin-recoveryRepeat', 'пароль восстановления');
    fireEvent.click(screen.getByTestId('setup-finish'));
    await screen.findByTestId('sign-in-form', {}, { timeout: 15_000 });
    const pair = await waitFor(async () => {
      const p = await indexedDbKeyStore().get();
      expect(p).not.toBeNull();
      return p!;
    });
    const file = await encryptAutoBackup(await dumpDatabase(db, Date.now()), pair);
    expect((await decryptBackup(file, 'пароль восстановления')).tables.users!.rows).toHaveLength(1);
  }, 30_000);
});
