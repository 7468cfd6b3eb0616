/** The audit rows, newest first, with the page range and previous/next. */
import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { formatDateTime } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import type { AuditPage } from '../../audit/query';
import { actionLabel, summarise, userLabel, type SummaryContext } from '../../audit/summary';

export function AuditTable({
  rows,
  loaded,
  ctx,
  range: { first, last },
  page,
  hasNext,
  onPage,
}: {
  rows: AuditPage['rows'];
  /** The page has been read (an empty result then says so). */
  loaded: boolean;
  ctx: SummaryContext;
  range: { first: number; last: number };
  page: number;
  hasNext: boolean;
  onPage: (update: (page: number) => number) => void;
}) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  return (
    <>
      <Table striped withTableBorder data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.at')}</Table.Th>
            <Table.Th>{t('columns.user')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.case')}</Table.Th>
            <Table.Th>{t('columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => (
            <Table.Tr key={e.id} data-testid="audit-row" data-action={e.action}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, lang)}</Table.Td>
              <Table.Td data-testid="audit-row-user">{userLabel(e.userId, ctx)}</Table.Td>
              <Table.Td data-testid="audit-row-action">{actionLabel(e.action, ctx)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {e.caseId ? (
                  <Anchor href={`#/journal/${e.caseId}`} data-testid="audit-row-case">
                    {/^\d{14}$/.test(e.caseId) ? formatCaseNumber(e.caseId) : e.caseId}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td data-testid="audit-row-details">{summarise(e, ctx)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {loaded && rows.length === 0 && (
        <Text c="dimmed" data-testid="audit-empty">
          {t('empty')}
        </Text>
      )}
      {rows.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="audit-range">
            {t('range', { first, last })}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              disabled={page === 0}
              onClick={() => onPage((p) => Math.max(0, p - 1))}
              data-testid="audit-prev"
            >
              {t('prev')}
            </Button>
            <Button
              variant="default"
              disabled={!hasNext}
              onClick={() => onPage((p) => p + 1)}
              data-testid="audit-next"
            >
              {t('next')}
            </Button>
          </Group>
        </Group>
      )}
    </>
  );
}
