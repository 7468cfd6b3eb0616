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
    return scheduleAutoBackup(db, api, indexedDbKeyStore(), (r) => {
      if (r.status === 'failed')
        notifications.show({ color: 'red', message: t('auto.failed', { reason: autoFailure(r) }) });
    });
  }, [db, t, autoFailure]);
  return null;
}
