/**
 * The journal: every case of this workstation in a virtualized table, newest first, with search
 * (case number, IIN, surname prefix), filters and the period list printed as a PDF.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, CloseButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang, useNow } from '../../app/hooks';
import { useJournal, useStore } from '../../store';
import { JOURNAL_MAX, JOURNAL_PAGE } from '../../journal/query';
import { useErrorMessage } from '../../ui/errorMessage';
import { JournalFilterBar } from './JournalFilterBar';
import { openCasePage, ROW_HEIGHT } from './JournalRow';
import { JournalTable } from './JournalTable';
import { useOfficeConfig } from './labels';
import { printJournal } from './printJournal';
import { isoDate, useJournalFilters } from './useJournalFilters';

export { openCasePage } from './JournalRow';

export function JournalList() {
  const { t, i18n } = useTranslation('journal');
  const describe = useErrorMessage();
  const lang = useLang();
  const store = useStore();
  const office = useOfficeConfig();
  const today = toAlmatyDate(useNow());
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const filterState = useJournalFilters();
  const { filters } = filterState;
  const { from, to } = filterState.values;
  const [printing, setPrinting] = useState(false);

  // A page of rows at a time (issue 12): the query reads only the rows shown; scrolling to the end of
  // what is loaded asks for the next page, up to JOURNAL_MAX. A new search starts at one page again.
  const queryKey = JSON.stringify([debounced, filters, today]);
  const [paged, setPaged] = useState({ key: '', limit: JOURNAL_PAGE });
  const limit = paged.key === queryKey ? paged.limit : JOURNAL_PAGE;
  const result = useJournal(debounced, filters, today, limit);
  const rows = useMemo(() => result?.rows ?? [], [result]);
  const total = result?.total;
  const known = total === undefined ? undefined : Math.min(total, JOURNAL_MAX);
  const more =
    known !== undefined ? known > rows.length : Boolean(result?.truncated) && rows.length < JOURNAL_MAX;
  const truncated = total !== undefined ? total > JOURNAL_MAX : Boolean(result?.truncated) && !more;
  // Rows not loaded yet stand as placeholders, so the scrollbar is already the list's length.
  const listed = known ?? rows.length + (more ? 1 : 0);

  const parentRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is built for React
  const virtualizer = useVirtualizer({
    count: listed,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const lastShown = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (!more || lastShown < rows.length - 1) return;
    const wanted = Math.min(JOURNAL_MAX, (Math.floor(lastShown / JOURNAL_PAGE) + 1) * JOURNAL_PAGE);
    if (wanted > limit) setPaged({ key: queryKey, limit: wanted });
  }, [more, lastShown, rows.length, limit, queryKey]);

  const focusRow = useCallback(
    (index: number) => {
      if (index < 0 || index >= rows.length) return;
      const find = () => parentRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
      virtualizer.scrollToIndex(index);
      // Rendered already (the usual case): focus now, so a fast next key goes to the row.
      const el = find();
      if (el) el.focus();
      else requestAnimationFrame(() => find()?.focus());
    },
    [rows.length, virtualizer],
  );

  const onSearchKey = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const now = await store.queryJournal({ search, filters, today, limit: 2 });
      if (now.term.kind === 'number' && now.rows[0]) openCasePage(now.rows[0].id);
      else if (now.rows.length === 1) openCasePage(now.rows[0]!.id);
      else if (now.rows.length > 1) focusRow(0);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusRow(0);
    }
  };

  const onRowKey = (e: KeyboardEvent<HTMLDivElement>, index: number, id: string) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      openCasePage(id);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusRow(index + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(index - 1);
    }
  };

  const print = async (mode: 'print' | 'save') => {
    const f = isoDate(from);
    const tt = isoDate(to);
    if (!f || !tt || !office) {
      notifications.show({ color: 'orange', message: t('print.needsPeriod') });
      return;
    }
    setPrinting(true);
    try {
      const count = await printJournal(
        store.queryJournal,
        i18n,
        {
          filters: { ...filters, from: f, to: tt },
          officeCode: office.officeCode,
          today,
          now: Date.now(),
          lang,
        },
        mode,
      );
      notifications.show({ color: 'green', message: t('print.done', { count }) });
    } catch (err) {
      notifications.show({ color: 'red', message: t('print.failed', { message: describe(err) }) });
    } finally {
      setPrinting(false);
    }
  };

  const badNumber = result?.term.kind === 'bad-number' ? result.term.error : null;

  return (
    <Stack gap="sm">
      <Title order={2}>{t('title')}</Title>
      <TextInput
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        description={t('search.hint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        onKeyDown={(e) => void onSearchKey(e)}
        error={badNumber ? t(`search.badNumber.${badNumber}`) : undefined}
        data-testid="journal-search"
        autoFocus
        rightSection={
          search ? <CloseButton aria-label={t('search.clear')} onClick={() => setSearch('')} /> : null
        }
      />
      <JournalFilterBar state={filterState} />
      <Group justify="space-between">
        <Text size="sm" data-testid="journal-count">
          {!result
            ? t('table.loading')
            : known === undefined && more
              ? t('foundAtLeast', { count: rows.length })
              : t('found', { count: known ?? rows.length })}
        </Text>
        <Group gap="xs">
          <Button
            variant="light"
            loading={printing}
            onClick={() => void print('print')}
            data-testid="journal-print"
          >
            {t('print.button')}
          </Button>
          <Button
            variant="default"
            loading={printing}
            onClick={() => void print('save')}
            data-testid="journal-save-pdf"
          >
            {t('print.save')}
          </Button>
        </Group>
      </Group>
      {truncated ? (
        <Alert color="yellow" data-testid="journal-truncated">
          {t('truncated', { count: JOURNAL_MAX })}
        </Alert>
      ) : null}
      <JournalTable
        parentRef={parentRef}
        virtualizer={virtualizer}
        rows={rows}
        listed={listed}
        loaded={Boolean(result)}
        today={today}
        onRowKey={onRowKey}
      />
    </Stack>
  );
}
