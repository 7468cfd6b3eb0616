/**
 * Complaints on the deadline dashboard (issue 15): open complaints overdue, due today or at risk (one
 * working day left) on the working calendar in force, next to the cases. Answered ones leave the list.
 */
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatComplaintNumber, isOpenComplaint } from '@shared/complaints';
import { formatDate } from '@shared/i18n/format';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang } from '../../app/hooks';
import { useComplaintAccess, useComplaints } from '../../store';
import { levelOf } from '../../workflow/deadlineStatus';
import { useOfficeConfig } from '../journal/labels';
import { useRules, useWorkflowNow } from '../workflow/hooks';
import { complainantName } from './labels';

const SHOWN = ['overdue', 'due-today', 'at-risk'] as const;
type Shown = (typeof SHOWN)[number];

export function ComplaintDeadlines() {
  const { t } = useTranslation('complaints');
  const lang = useLang();
  const office = useOfficeConfig();
  const access = useComplaintAccess(office);
  const rows = useComplaints();
  const rules = useRules();
  const today = toAlmatyDate(useWorkflowNow());
  if (!access.see || !rows) return null;
  const listed = rows
    .filter(isOpenComplaint)
    .map((row) => ({ row, level: levelOf(rules.calendar, today, row.dueDate) }))
    .filter((x): x is { row: typeof x.row; level: Shown } => (SHOWN as readonly string[]).includes(x.level))
    .sort((a, b) => a.row.dueDate.localeCompare(b.row.dueDate));
  return (
    <Stack gap="xs" data-testid="complaint-deadlines">
      <Title order={3}>{t('deadlines.title')}</Title>
      <Group>
        {SHOWN.map((level) => (
          <Badge
            key={level}
            color={level === 'overdue' ? 'red' : level === 'due-today' ? 'orange' : 'yellow'}
            data-testid={`complaint-count-${level}`}
          >
            {t(`deadlines.${level}`)}: {listed.filter((x) => x.level === level).length}
          </Badge>
        ))}
      </Group>
      {listed.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deadlines.none')}
        </Text>
      ) : (
        <Table withTableBorder>
          <Table.Tbody>
            {listed.map(({ row, level }) => (
              <Table.Tr key={row.id} data-testid={`complaint-deadline-${row.id}`} data-level={level}>
                <Table.Td>
                  <Anchor href={`#/complaints/${row.id}`}>{formatComplaintNumber(row.id)}</Anchor>
                </Table.Td>
                <Table.Td>{complainantName(row)}</Table.Td>
                <Table.Td>{t(`statuses.${row.status}`)}</Table.Td>
                <Table.Td>{formatDate(row.dueDate, lang)}</Table.Td>
                <Table.Td>{t(`deadlines.${level}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
