import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { formatDateTime } from '@shared/i18n/format';
import { addDays, isLocalDate, toAlmatyDate } from '@shared/time/almaty';
import { useLang } from '../../app/hooks';
import type { ExportAuditResult } from '../../audit/export';
import { normaliseCaseNumber, type AuditFilters } from '../../audit/query';
import { actionLabel, summarise, userLabel, type SummaryContext } from '../../audit/summary';
import { useAuth } from '../../auth/AuthProvider';
import { getPlatform } from '../../platform';
import { DateInput } from '../../ui/DateInput';
import { useAuditActions, useAuditPage, useStore, useUsers } from '../../store';
import { useErrorMessage } from '../../ui/errorMessage';

export const AUDIT_PAGE_SIZE = 50;

const clock = () => Date.now();

/**
 * The period shown when the viewer opens: the last 30 days, today included, open at the end so that
 * events recorded while the viewer stays open (past midnight too) still appear.
 */
export function defaultPeriod(now: number): { from: string; to: string } {
  return { from: addDays(toAlmatyDate(now), -29), to: '' };
}

type Message = { color: 'green' | 'gray' | 'red' | 'orange'; text: string };

/** Журнал действий: read-only, filtered, paged newest first, exportable to CSV after a warning. */
export function AuditPage() {
  const { t, i18n } = useTranslation(['audit', 'shell']);
  const store = useStore();
  const describe = useErrorMessage();
  const lang = useLang();
  const { user } = useAuth();
  const [initial] = useState(() => defaultPeriod(clock()));
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [userId, setUserId] = useState('');
  const [action, setAction] = useState('');
  const [caseText, setCaseText] = useState('');
  const [page, setPage] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const users = useUsers();
  const actions = useAuditActions();

  const caseId = caseText.trim() ? normaliseCaseNumber(caseText) : '';
  const badCase = caseId === null;
  const badPeriod = isLocalDate(from) && isLocalDate(to) && from > to;
  const filters: AuditFilters = useMemo(
    () => ({
      from: isLocalDate(from) ? from : null,
      to: isLocalDate(to) ? to : null,
      userId: userId || null,
      action: action || null,
      caseId: caseId || null,
    }),
    [from, to, userId, action, caseId],
  );
  const blocked = badCase || badPeriod;
  const result = useAuditPage(blocked ? null : filters, page * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE);

  const names = useMemo(() => new Map((users ?? []).map((u) => [u.id, u.fullName])), [users]);
  const ctx: SummaryContext = useMemo(
    () => ({ i18n, lang, userName: (id) => names.get(id) ?? null }),
    [i18n, lang, names],
  );

  // Any filter change goes back to the newest page.
  const change =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
      setMessage(null);
    };
  const reset = () => {
    const p = defaultPeriod(clock());
    setFrom(p.from);
    setTo(p.to);
    setUserId('');
    setAction('');
    setCaseText('');
    setPage(0);
    setMessage(null);
  };

  const runExport = async () => {
    if (!user) return;
    setExporting(true);
    try {
      const platform = getPlatform();
      const r: ExportAuditResult = await store.exportAudit({
        filters,
        actorId: user.id,
        now: clock(),
        ctx,
        save: (name, bytes, mime) => platform.saveFile(name, bytes, mime),
      });
      setMessage(exportMessage(r));
    } catch (err) {
      setMessage({ color: 'red', text: t('export.failed', { message: describe(err) }) });
    } finally {
      setExporting(false);
      setConfirming(false);
    }
  };

  const exportMessage = (r: ExportAuditResult): Message => {
    switch (r.outcome) {
      case 'saved':
        return { color: 'green', text: t('export.done', { count: r.rows }) };
      case 'cancelled':
        return { color: 'gray', text: t('export.cancelled') };
      case 'nothing':
        return { color: 'gray', text: t('export.nothing') };
      case 'too-many':
        return { color: 'orange', text: t('export.truncated', { cap: r.cap }) };
    }
  };

  const userOptions = [
    { value: '', label: t('filters.anyUser') },
    ...[...(users ?? [])]
      .sort((a, b) => a.fullName.localeCompare(b.fullName, lang))
      .map((u) => ({ value: u.id, label: `${u.fullName} (${u.login})` })),
  ];
  const actionOptions = [
    { value: '', label: t('filters.anyAction') },
    ...(actions ?? [])
      .map((a) => ({ value: a, label: actionLabel(a, ctx) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
  ];

  const rows = result?.rows ?? [];
  const total = result?.total ?? 0;
  const first = page * AUDIT_PAGE_SIZE + 1;
  const last = page * AUDIT_PAGE_SIZE + rows.length;
  const hasNext = result ? (result.totalExact ? last < total : rows.length === AUDIT_PAGE_SIZE) : false;

  return (
    <Stack gap="sm" data-testid="audit-page">
      <Title order={2}>{t('shell:areas.audit')}</Title>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Group gap="sm" align="flex-start" role="group" aria-label={t('title')}>
        <DateInput
          label={t('filters.from')}
          value={from}
          onChange={change(setFrom)}
          error={badPeriod ? t('filters.badPeriod') : undefined}
          data-testid="audit-from"
        />
        <DateInput label={t('filters.to')} value={to} onChange={change(setTo)} data-testid="audit-to" />
        <NativeSelect
          label={t('filters.user')}
          value={userId}
          onChange={(e) => change(setUserId)(e.currentTarget.value)}
          data={userOptions}
          w={280}
          data-testid="audit-user"
        />
        <NativeSelect
          label={t('filters.action')}
          value={action}
          onChange={(e) => change(setAction)(e.currentTarget.value)}
          data={actionOptions}
          w={280}
          data-testid="audit-action"
        />
        <TextInput
          label={t('filters.case')}
          value={caseText}
          onChange={(e) => change(setCaseText)(e.currentTarget.value)}
          error={badCase ? t('filters.badCase') : undefined}
          inputMode="numeric"
          w={220}
          data-testid="audit-case"
        />
      </Group>
      <Group justify="space-between">
        <Text size="sm" data-testid="audit-total" aria-live="polite">
          {result
            ? result.totalExact
              ? t('total', { count: total })
              : t('totalAtLeast', { count: total })
            : blocked
              ? ''
              : t('loading')}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={reset} data-testid="audit-reset">
            {t('filters.reset')}
          </Button>
          <Button
            onClick={() => setConfirming(true)}
            disabled={blocked || !result || total === 0}
            data-testid="audit-export"
          >
            {t('export.button')}
          </Button>
        </Group>
      </Group>
      {message && (
        <Alert
          color={message.color}
          withCloseButton
          onClose={() => setMessage(null)}
          data-testid="audit-message"
        >
          {message.text}
        </Alert>
      )}
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
      {result && rows.length === 0 && (
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
              onClick={() => setPage((p) => Math.max(0, p - 1))}
              data-testid="audit-prev"
            >
              {t('prev')}
            </Button>
            <Button
              variant="default"
              disabled={!hasNext}
              onClick={() => setPage((p) => p + 1)}
              data-testid="audit-next"
            >
              {t('next')}
            </Button>
          </Group>
        </Group>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('export.title')}
        data-testid="audit-export-modal"
      >
        <Stack>
          <Alert color="orange" data-testid="audit-export-warning">
            {t('export.warning')}
          </Alert>
          {result?.totalExact && <Text size="sm">{t('export.rows', { count: total })}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-testid="audit-export-cancel">
              {t('export.cancel')}
            </Button>
            <Button
              color="orange"
              loading={exporting}
              onClick={() => void runExport()}
              data-testid="audit-export-confirm"
            >
              {t('export.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
