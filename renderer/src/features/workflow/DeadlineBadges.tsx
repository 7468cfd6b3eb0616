/** The case's clocks on "today": overall term(s) decide overdue, step limits only warn. */
import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '@shared/catalogue';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import type { CaseDeadlines } from '@shared/deadlines';
import type { CaseDeadlineStatus, DeadlineLevel } from '../../workflow/deadlineStatus';

export const LEVEL_COLOR: Record<DeadlineLevel, string> = {
  overdue: 'red',
  'due-today': 'orange',
  'at-risk': 'yellow',
  'on-time': 'teal',
  'no-date': 'gray',
};

export function LevelBadge({ level, testId }: { level: DeadlineLevel; testId?: string }) {
  const { t } = useTranslation('deadlines');
  return (
    <Badge color={LEVEL_COLOR[level]} variant="light" data-testid={testId} data-level={level}>
      {t(`levels.${level}`)}
    </Badge>
  );
}

interface Props {
  status: CaseDeadlineStatus;
  deadlines: CaseDeadlines;
  catalogue: Catalogue;
  serviceId: keyof Catalogue['services'];
  channel: 'center' | 'district';
  lang: Lang;
}

export function DeadlineBlock({ status, deadlines, catalogue, serviceId, channel, lang }: Props) {
  const { t } = useTranslation(['deadlines', 'lifecycle']);
  const steps = catalogue.services[serviceId].channels[channel]?.steps ?? [];
  const stepText = (id: string) => steps.find((s) => s.id === id)?.action[lang] ?? id;
  return (
    <Stack gap="xs" data-testid="wf-deadlines">
      <Group gap="md">
        {status.clocks.map((c) => (
          <Group key={c.kind} gap={6} data-testid={`wf-clock-${c.kind}`}>
            <Text size="sm">
              {t(`clocks.${c.kind}`)}: {c.due ? formatDate(c.due, lang) : t('noDate')}
            </Text>
            {c.running ? (
              <LevelBadge level={c.level} testId={`wf-clock-${c.kind}-level`} />
            ) : (
              <Badge color="gray" variant="outline">
                {t('stopped')}
              </Badge>
            )}
          </Group>
        ))}
      </Group>
      {status.open && status.level === 'overdue' && (
        <Alert color="red" data-testid="wf-overdue">
          {t('overdueCase')}
        </Alert>
      )}
      {status.sameVisit && (
        <Alert
          color={status.sameVisit.overrun ? 'red' : 'blue'}
          data-testid="wf-same-visit"
          data-overrun={status.sameVisit.overrun ? 'yes' : 'no'}
        >
          {t('sameVisit.summary', {
            start: formatDateTime(status.sameVisit.startAt, lang),
            endBy: formatDateTime(status.sameVisit.endBy, lang),
            count: Math.floor(status.sameVisit.elapsedMinutes),
          })}
          {status.sameVisit.endedAt !== undefined &&
            ` ${t('sameVisit.ended', { end: formatDateTime(status.sameVisit.endedAt, lang) })}`}
          {status.sameVisit.overrun && ` ${t('sameVisit.overrun')}`}
        </Alert>
      )}
      {status.steps.length > 0 && (
        <Stack gap={4}>
          {status.steps.map((s) => (
            <Group key={s.clock} gap={6} data-testid={`wf-step-clock-${s.clock}`}>
              <Text size="sm">
                {t(`lifecycle:clocks.${s.clock}`)}:{' '}
                {s.due
                  ? formatDate(s.due, lang)
                  : s.dueAt !== undefined
                    ? formatDateTime(s.dueAt, lang)
                    : t('noDate')}
              </Text>
              {s.level === 'overdue' ? (
                <Badge color="orange" variant="filled" data-testid={`wf-step-late-${s.clock}`}>
                  {t('stepLate')}
                </Badge>
              ) : (
                <LevelBadge level={s.level} />
              )}
            </Group>
          ))}
        </Stack>
      )}
      {deadlines.steps.some((s) => s.limit) && (
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('steps.step')}</Table.Th>
              <Table.Th>{t('steps.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deadlines.steps
              .filter((s) => s.limit && s.limit.unit !== 'minutes')
              .map((s) => (
                <Table.Tr key={s.stepId}>
                  <Table.Td>
                    {s.stepId}. {stepText(s.stepId)}
                  </Table.Td>
                  <Table.Td>
                    {s.due ? formatDate(s.due, lang) : t(`steps.basis.${s.basis}`)}
                    {s.beyondOverall && ` · ${t('steps.beyondOverall')}`}
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
