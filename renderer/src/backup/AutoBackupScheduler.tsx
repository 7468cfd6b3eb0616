/**
 * Runs the automatic daily backup while the app is open (Electron only; renders nothing). Mount it once
 * inside the signed-in shell: `<AutoBackupScheduler />`.
 */
import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useDb } from '../db/DbContext';
import { getPlatform } from '../platform';
import { autoBackupApi, indexedDbKeyStore, scheduleAutoBackup } from './autoBackup';
import { useAutoFailureText } from './useAutoFailureText';

export function AutoBackupScheduler() {
  const db = useDb();
  const { t } = useTranslation('backup');
  const autoFailure = useAutoFailureText();
  useEffect(() => {
    const api = autoBackupApi(getPlatform().backup);
    if (!api) return;
    let told = false;
    return scheduleAutoBackup(db, api, indexedDbKeyStore(), (r) => {
      if (r.status === 'failed')
        notifications.show({ color: 'red', message: t('auto.failed', { reason: autoFailure(r) }) });
      // A folder without a key pair: an installation from before issue 13, whose stored AES key
      // was deleted. Said once per window, not every hour.
      if (r.status === 'no-key' && !told) {
        told = true;
        notifications.show({ color: 'yellow', message: t('auto.needsPassphrase') });
      }
    });
  }, [db, t, autoFailure]);
  return null;
}
