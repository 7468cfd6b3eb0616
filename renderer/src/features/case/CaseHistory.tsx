/** The audit entries of one case, newest first: who did what, when, why, and what changed. */
import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateTime } from '@shared/i18n/format';
import { isCaseStatus } from '@shared/lifecycle/statuses';
import { useLang } from '../../app/hooks';
import { useCaseHistory, useUserNames, type AuditEvent } from '../../store';
import { DOCUMENT_PRINTED } from '../../cases/printLog';

/** «Печать расписки» / «Повторная печать расписки (дубликат)» (issue 16, item 8). */
function printedTitle(e: AuditEvent, t: TFunction): string {
  const kind = String(e.details?.['kind'] ?? '');
  const doc = t(`intake:print.files.${kind}`, { defaultValue: t('intake:history.document') });
  return e.details?.['duplicate']
    ? t('intake:history.reprinted', { doc })
    : t('intake:history.printed', { doc });
}

/** The step's name: lifecycle events by name; registration is the lifecycle's «accept». */
export function historyTitle(e: AuditEvent, t: TFunction): string {
  const action = String(e.action);
  if (action === 'case.registered') return t('lifecycle:events.accept');
  if (action === 'case.duplicate-accepted') return t('journal:case.history.duplicateAccepted');
  if (action === DOCUMENT_PRINTED) return printedTitle(e, t);
  const event = action.startsWith('case.') ? action.slice(5) : action;
  return t(`lifecycle:events.${event}`, { defaultValue: action });
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

export function CaseHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation('journal');
  const lang = useLang();
  const events = useCaseHistory(caseId);
  const users = useUserNames();
  if (!events) return null;
  if (events.length === 0) return <Text size="sm">{t('case.history.empty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="case-history-list">
      {events.map((e) => {
        const d = e.details ?? {};
        const from = d.from;
        const to = d.to;
        const reason = str(d.reason);
        const changed = Array.isArray(d.changed)
          ? (d.changed as unknown[]).filter((x) => typeof x === 'string')
          : [];
        const fieldNames = changed
          .filter((c) => c.startsWith('intake.applicant.'))
          .map((c) => t(`case.fieldNames.${c.slice('intake.applicant.'.length)}`, { defaultValue: c }));
        return (
          <Timeline.Item key={e.id} title={historyTitle(e, t)} data-testid="case-history-item">
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {`${formatDateTime(e.at, lang)} · ${(e.userId && users?.get(e.userId)) || t('case.history.unknownUser')}`}
              </Text>
              {isCaseStatus(from) && isCaseStatus(to) && from !== to ? (
                <Text size="sm">
                  {t('case.history.statusChange', {
                    from: t(`lifecycle:statuses.${from}`),
                    to: t(`lifecycle:statuses.${to}`),
                  })}
                </Text>
              ) : null}
              {reason ? (
                <Text size="sm" data-testid="case-history-reason">
                  {t('case.history.reason', { reason })}
                </Text>
              ) : null}
              {fieldNames.length ? (
                <Text size="sm">{t('case.history.changed', { fields: fieldNames.join(', ') })}</Text>
              ) : null}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
