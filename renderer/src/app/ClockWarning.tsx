import { Alert } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/i18n/format';
import { auditLog, clockBehind } from '../db/audit';
import { useDb } from '../db/DbContext';
import { useLang, useNow } from './hooks';

/** docs/decisions.md: a machine clock earlier than the newest recorded event is shown before any work. */
export function ClockWarning() {
  const { t } = useTranslation('shell');
  const db = useDb();
  const lang = useLang();
  const tick = useNow();
  // Read the clock inside the query: it re-runs whenever an event is appended, so "now" is never
  // older than the event that triggered it; `tick` re-checks a clock set back while we run.
  const check = useLiveQuery(
    async () => ({ latest: await auditLog.latestAt(db), now: Date.now() }),
    [db, tick],
  );
  if (!check) return null;
  const { latest, now } = check;
  if (latest === null || !clockBehind(latest, now)) return null;
  return (
    <Alert color="orange" title={t('clockWarning.title')} data-testid="clock-warning" role="alert">
      {t('clockWarning.body', { now: formatDateTime(now, lang), latest: formatDateTime(latest, lang) })}
    </Alert>
  );
}
