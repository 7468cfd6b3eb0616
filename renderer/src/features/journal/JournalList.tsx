/**
 * The journal: every case of this workstation in a virtualized table, newest first, with search
 * (case number, IIN, surname prefix), filters and the period list printed as a PDF.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  CloseButton,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { CHANNELS, SERVICE_IDS, type Channel, type ServiceId } from '@shared/catalogue/ids';
import { officesOfType } from '@shared/directory/offices';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import { CASE_STATUSES, type CaseStatus } from '@shared/lifecycle/statuses';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang, useNow } from '../../app/hooks';
import { useDb } from '../../db/DbContext';
import type { CaseRow } from '../../db/types';
import { JOURNAL_MAX, JOURNAL_PAGE, isOverdue, queryJournal, type JournalFilters } from '../../journal/query';
import { officeName, serviceName, useOfficeConfig } from './labels';
import { printJournal } from './printJournal';
import { DateInput } from '../../ui/DateInput';
import { useErrorMessage } from '../../ui/errorMessage';

const ROW_HEIGHT = 52;
// Fits 1366×800 beside the navbar (~1100 px): the grouped number needs ~165 px of monospace; the
// date and time of acceptance take two lines; minmax(0, …) lets text columns shrink instead of
// pushing the last column out of view.
const COLUMNS =
  '172px 92px minmax(0, 2fr) minmax(0, 1.4fr) minmax(0, 1.2fr) 100px minmax(0, 0.9fr) minmax(0, 1fr)';
const isoDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

export function openCasePage(caseId: string) {
  window.location.hash = `#/journal/${caseId}`;
}

export function JournalList() {
  const { t, i18n } = useTranslation('journal');
  const describe = useErrorMessage();
  const lang = useLang();
  const db = useDb();
  const office = useOfficeConfig();
  const today = toAlmatyDate(useNow());
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [serviceId, setServiceId] = useState<ServiceId | null>(null);
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [channel, setChannel] = useState<Channel | null>(null);
  const [district, setDistrict] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [printing, setPrinting] = useState(false);

  const filters: JournalFilters = useMemo(
    () => ({
      from: isoDate(from),
      to: isoDate(to),
      serviceId,
      status,
      channel,
      districtOfficeCode: district,
      overdue,
    }),
    [from, to, serviceId, status, channel, district, overdue],
  );
  // A page of rows at a time (issue 12): the query reads only the rows shown; scrolling to the end of
  // what is loaded asks for the next page, up to JOURNAL_MAX. A new search starts at one page again.
  const queryKey = JSON.stringify([debounced, filters, today]);
  const [paged, setPaged] = useState({ key: '', limit: JOURNAL_PAGE });
  const limit = paged.key === queryKey ? paged.limit : JOURNAL_PAGE;
  const result = useLiveQuery(
    () => queryJournal(db, { search: debounced, filters, today, limit }),
    [db, debounced, filters, today, limit],
  );
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
      const now = await queryJournal(db, { search, filters, today, limit: 2 });
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
        db,
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

  const any = t('filters.any');
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
      <Group gap="sm" align="flex-end" role="group" aria-label={t('filters.label')}>
        <DateInput label={t('filters.from')} value={from} onChange={setFrom} data-testid="journal-from" />
        <DateInput label={t('filters.to')} value={to} onChange={setTo} data-testid="journal-to" />
        <Select
          label={t('filters.service')}
          placeholder={any}
          clearable
          searchable
          w={260}
          value={serviceId}
          onChange={(v) => setServiceId(v as ServiceId | null)}
          data={SERVICE_IDS.map((id) => ({ value: id, label: serviceName(id, lang) }))}
          data-testid="journal-service"
        />
        <Select
          label={t('filters.status')}
          placeholder={any}
          clearable
          searchable
          w={220}
          value={status}
          onChange={(v) => setStatus(v as CaseStatus | null)}
          data={CASE_STATUSES.map((s) => ({ value: s, label: t(`lifecycle:statuses.${s}`) }))}
          data-testid="journal-status"
        />
        <Select
          label={t('filters.channel')}
          placeholder={any}
          clearable
          w={160}
          value={channel}
          onChange={(v) => setChannel(v as Channel | null)}
          data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          data-testid="journal-channel"
        />
        <Select
          label={t('filters.office')}
          placeholder={any}
          clearable
          w={200}
          value={district}
          onChange={setDistrict}
          data={officesOfType('district').map((o) => ({ value: o.code, label: o.shortName[lang] }))}
          data-testid="journal-office"
        />
        <Checkbox
          label={t('filters.overdue')}
          checked={overdue}
          onChange={(e) => setOverdue(e.currentTarget.checked)}
          data-testid="journal-overdue"
          mb={8}
        />
        <Button
          variant="subtle"
          onClick={() => {
            setFrom('');
            setTo('');
            setServiceId(null);
            setStatus(null);
            setChannel(null);
            setDistrict(null);
            setOverdue(false);
          }}
        >
          {t('filters.reset')}
        </Button>
      </Group>
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
      <Box role="table" aria-label={t('table.label')} aria-rowcount={listed + 1} data-testid="journal-table">
        <Box
          role="row"
          style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8, fontWeight: 600 }}
          px="xs"
          py={6}
          bg="var(--mantine-color-gray-1)"
        >
          {(
            ['number', 'accepted', 'service', 'applicant', 'status', 'due', 'channel', 'office'] as const
          ).map((c) => (
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
          {result && rows.length === 0 ? (
            <Text c="dimmed" p="md" data-testid="journal-empty">
              {t('table.empty')}
            </Text>
          ) : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row)
                return (
                  <div
                    key={`loading-${item.index}`}
                    role="row"
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      width: '100%',
                      height: ROW_HEIGHT,
                      transform: `translateY(${item.start}px)`,
                    }}
                  >
                    <Text role="cell" size="sm" c="dimmed" px="xs" py={6}>
                      {t('table.loading')}
                    </Text>
                  </div>
                );
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
    </Stack>
  );
}

function JournalRowView({
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
