import { Alert } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { auditLog, clockBehind } from '../db/audit';
import { useDb } from '../db/DbContext';
import { useLang, useNow } from './hooks';

/** decisions.md: a machine clock earlier than the newest recorded event is shown before any work. */
export function ClockWarning() {
  const { t } = useTranslation('shell');
  const db = useDb();
  const lang = useLang();
  const now = useNow();
  const latest = useLiveQuery(() => auditLog.latestAt(db), [db]);
  if (latest == null || !clockBehind(latest, now)) return null;
  return (
    <Alert color="orange" title={t('clockWarning.title')} data-testid="clock-warning" role="alert">
      {t('clockWarning.body', { now: formatDateTime(now, lang), latest: formatDateTime(latest, lang) })}
    </Alert>
  );
}
