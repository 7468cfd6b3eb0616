/** The journal's table: column heads and the virtualized rows (placeholders beyond the loaded page). */
import type { KeyboardEvent, RefObject } from 'react';
import { Box, Text } from '@mantine/core';
import type { Virtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../store';
import { COLUMNS, JournalRowView, PlaceholderRow } from './JournalRow';

const HEADS = ['number', 'accepted', 'service', 'applicant', 'status', 'due', 'channel', 'office'] as const;

interface Props {
  parentRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rows: CaseRow[];
  /** Rows the list stands for, loaded or not. */
  listed: number;
  /** The query has answered (an empty list says so). */
  loaded: boolean;
  today: string;
  onRowKey: (e: KeyboardEvent<HTMLDivElement>, index: number, id: string) => void;
}

export function JournalTable({ parentRef, virtualizer, rows, listed, loaded, today, onRowKey }: Props) {
  const { t } = useTranslation('journal');
  return (
    <Box role="table" aria-label={t('table.label')} aria-rowcount={listed + 1} data-testid="journal-table">
      <Box
        role="row"
        style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8, fontWeight: 600 }}
        px="xs"
        py={6}
        bg="var(--mantine-color-gray-1)"
      >
        {HEADS.map((c) => (
          <Text key={c} role="columnheader" size="sm" fw={600}>
            {t(`columns.${c}`)}
          </Text>
        ))}
      </Box>
      <div
        ref={parentRef}
        role="rowgroup"
        style={{ height: 'calc(100vh - 420px)', minHeight: 260, overflow: 'auto', position: 'relative' }}
        data-testid="journal-rows"
      >
        {loaded && rows.length === 0 ? (
          <Text c="dimmed" p="md" data-testid="journal-empty">
            {t('table.empty')}
          </Text>
        ) : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return <PlaceholderRow key={`loading-${item.index}`} start={item.start} />;
            return (
              <JournalRowView
                key={row.id}
                row={row}
                index={item.index}
                start={item.start}
                today={today}
                onKeyDown={(e) => onRowKey(e, item.index, row.id)}
              />
            );
          })}
        </div>
      </div>
    </Box>
  );
}
