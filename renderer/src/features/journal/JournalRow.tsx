/** One case in the journal's virtualized table, and the placeholder of a row not loaded yet. */
import type { KeyboardEvent } from 'react';
import { Badge, Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import type { CaseRow } from '../../store';
import { isOverdue } from '../../journal/query';
import { officeName, serviceName } from './labels';

export const ROW_HEIGHT = 52;
// Fits 1366×800 beside the navbar (~1100 px): the grouped number needs ~165 px of monospace; the
// date and time of acceptance take two lines; minmax(0, …) lets text columns shrink instead of
// pushing the last column out of view.
export const COLUMNS =
  '172px 92px minmax(0, 2fr) minmax(0, 1.4fr) minmax(0, 1.2fr) 100px minmax(0, 0.9fr) minmax(0, 1fr)';

export function openCasePage(caseId: string) {
  window.location.hash = `#/journal/${caseId}`;
}

/** Stands for a row beyond the loaded page, so the scrollbar is already the list's length. */
export function PlaceholderRow({ start }: { start: number }) {
  const { t } = useTranslation('journal');
  return (
    <div
      role="row"
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        height: ROW_HEIGHT,
        transform: `translateY(${start}px)`,
      }}
    >
      <Text role="cell" size="sm" c="dimmed" px="xs" py={6}>
        {t('table.loading')}
      </Text>
    </div>
  );
}

export function JournalRowView({
  row,
  index,
  start,
  today,
  onKeyDown,
}: {
  row: CaseRow;
  index: number;
  start: number;
  today: string;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}) {
  const { t } = useTranslation('journal');
  const lang = useLang();
  const number = formatCaseNumber(row.id);
  const late = isOverdue(row, today);
  const a = row.intake.applicant;
  return (
    <div
      role="row"
      tabIndex={0}
      aria-rowindex={index + 2}
      aria-label={t('table.open', { number })}
      data-index={index}
      data-testid={`journal-row-${row.id}`}
      onClick={() => openCasePage(row.id)}
      onKeyDown={onKeyDown}
      className="journal-row"
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${start}px)`,
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gap: 8,
        alignItems: 'center',
        padding: '0 var(--mantine-spacing-xs)',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        cursor: 'pointer',
        background: late ? 'var(--mantine-color-red-0)' : undefined,
      }}
    >
      <Text role="cell" size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {number}
      </Text>
      <Text role="cell" size="sm" lh={1.25}>
        {formatDate(row.acceptedAt, lang)}{' '}
        <Text span size="xs" c="dimmed" display="block">
          {formatDateTime(row.acceptedAt, lang).slice(11)}
        </Text>
      </Text>
      <Text role="cell" size="sm" lineClamp={2}>
        {serviceName(row.serviceId, lang)}
      </Text>
      <Text role="cell" size="sm" lineClamp={2}>
        {[a.surname, a.name, a.patronymic].filter(Boolean).join(' ')}
      </Text>
      <Text role="cell" size="sm" lineClamp={2}>
        {t(`lifecycle:statuses.${row.status}`)}
      </Text>
      <Box role="cell">
        <Text size="sm">{row.dueDate ? formatDate(row.dueDate, lang) : t('table.noDue')}</Text>
        {late ? (
          <Badge color="red" size="xs" data-testid="overdue-badge">
            {t('table.overdue')}
          </Badge>
        ) : null}
      </Box>
      <Text role="cell" size="sm" lineClamp={2}>
        {t(`channels.${row.channel}`)}
      </Text>
      <Text role="cell" size="sm" lineClamp={2}>
        {officeName(row.districtOfficeCode, lang)}
      </Text>
    </div>
  );
}
