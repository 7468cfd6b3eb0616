import { useMemo, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, isLocalDate, toAlmatyDate } from '@shared/time/almaty';
import { useLang } from '../../app/hooks';
import type { ExportAuditResult } from '../../audit/export';
import { normaliseCaseNumber, type AuditFilters } from '../../audit/query';
import type { SummaryContext } from '../../audit/summary';
import { useAuth } from '../../auth/AuthProvider';
import { getPlatform } from '../../platform';
import { useAuditActions, useAuditPage, useStore, useUsers } from '../../store';
import { useErrorMessage } from '../../ui/errorMessage';
import { AuditExportModal } from './AuditExportModal';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';

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
      <AuditFilterBar
        values={{ from, to, userId, action, caseText }}
        set={{
          from: change(setFrom),
          to: change(setTo),
          userId: change(setUserId),
          action: change(setAction),
          caseText: change(setCaseText),
        }}
        badPeriod={badPeriod}
        badCase={badCase}
        users={users}
        actions={actions}
        ctx={ctx}
      />
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
      <AuditTable
        rows={rows}
        loaded={Boolean(result)}
        ctx={ctx}
        range={{ first, last }}
        page={page}
        hasNext={hasNext}
        onPage={setPage}
      />
      <AuditExportModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        rows={result?.totalExact ? total : null}
        exporting={exporting}
        onConfirm={() => void runExport()}
      />
    </Stack>
  );
}
