import { useMemo, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officeByCode } from '@shared/directory/offices';
import { formatDate } from '@shared/i18n/format';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang } from '../../app/hooks';
import { getPlatform } from '../../platform';
import {
  periodTitle,
  REPORT_CSV_MIME,
  reportCsv,
  reportNames,
  type ReportFileKind,
} from '../../reports/export';
import { checkRange, MAX_MONTHS } from '../../reports/query';
import { ComplaintReport } from '../complaints/ComplaintReport';
import { ReportChart } from './ReportChart';
import { CountsTable, SummaryTable } from './ReportTables';
import { MonthInput } from '../../ui/MonthInput';
import { useOfficeConfig, useReport } from '../../store';
import { useErrorMessage } from '../../ui/errorMessage';

const clock = () => Date.now();

/** Hides the shell and the controls when printing, so the page prints as the report alone. */
const PRINT_CSS = `@media print {
  .mantine-AppShell-navbar, .mantine-AppShell-header, .mantine-Notifications-root, [data-print-hide] {
    display: none !important;
  }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  [data-report] table { font-size: 10pt; }
  [data-report] tr { break-inside: avoid; }
}`;

type Message = { color: 'green' | 'gray' | 'red'; text: string };

/** Отчёты: a month or a range of months → table, chart, print and CSV. */
export function ReportsPage() {
  const { t, i18n } = useTranslation(['reports-ui', 'reports', 'shell']);
  const describe = useErrorMessage();
  const lang = useLang();
  const [today] = useState(() => toAlmatyDate(clock()));
  const [from, setFrom] = useState(today.slice(0, 7));
  const [to, setTo] = useState(today.slice(0, 7));
  const [message, setMessage] = useState<Message | null>(null);
  const office = useOfficeConfig();

  const problem = checkRange(from, to);
  const report = useReport({ from, to, asOf: today }, !problem);
  const labels = useMemo(() => reportNames(i18n, lang).labels, [i18n, lang]);

  const save = async (kind: ReportFileKind) => {
    if (!report) return;
    try {
      const file = reportCsv(report, kind, i18n, lang);
      const outcome = await getPlatform().saveFile(file.name, file.bytes, REPORT_CSV_MIME);
      setMessage(
        outcome === 'saved'
          ? { color: 'green', text: t('saved', { name: file.name }) }
          : { color: 'gray', text: t('cancelled') },
      );
    } catch (err) {
      setMessage({ color: 'red', text: t('failed', { message: describe(err) }) });
    }
  };

  const officeInfo = office ? officeByCode(office.officeCode) : undefined;
  const empty = report && report.total.accepted === 0 && report.total.counterRefusals === 0;

  return (
    <Stack gap="sm" data-report data-testid="reports-page">
      <style>{PRINT_CSS}</style>
      <Title order={2} data-print-hide>
        {t('shell:areas.reports')}
      </Title>
      <Text size="sm" c="dimmed" data-print-hide>
        {t('intro')}
      </Text>
      <Group gap="sm" align="flex-start" data-print-hide>
        <MonthInput
          label={t('from')}
          value={from}
          onChange={(v) => {
            setFrom(v);
            setMessage(null);
          }}
          error={problem === 'bad-month' && !/^\d{4}-\d{2}$/.test(from) ? t('errors.bad-month') : undefined}
          data-testid="report-from"
        />
        <MonthInput
          label={t('to')}
          value={to}
          onChange={(v) => {
            setTo(v);
            setMessage(null);
          }}
          data-testid="report-to"
        />
        <Group gap="xs" mt={24}>
          <Button
            variant="default"
            disabled={!report}
            onClick={() => window.print()}
            data-testid="report-print"
          >
            {t('print')}
          </Button>
          <Button disabled={!report} onClick={() => void save('summary')} data-testid="report-csv-summary">
            {t('csvSummary')}
          </Button>
          <Button
            variant="light"
            disabled={!report}
            onClick={() => void save('counts')}
            data-testid="report-csv-counts"
          >
            {t('csvCounts')}
          </Button>
        </Group>
      </Group>
      {problem && (
        <Alert color="red" data-testid="report-error" data-print-hide>
          {t(`errors.${problem}`, { max: MAX_MONTHS })}
        </Alert>
      )}
      {message && (
        <Alert
          color={message.color}
          withCloseButton
          onClose={() => setMessage(null)}
          data-testid="report-message"
          data-print-hide
        >
          {message.text}
        </Alert>
      )}
      {!problem && !report && <Text c="dimmed">{t('loading')}</Text>}
      {report && (
        <>
          <Stack gap={2}>
            <Title order={3} data-testid="report-title">
              {labels.title}
            </Title>
            <Text data-testid="report-period">{t('period', { period: periodTitle(from, to, lang) })}</Text>
            {officeInfo && (
              <Text size="sm">
                {t('office', { office: `${officeInfo.code} · ${officeInfo.name[lang]}` })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('asOf', { date: formatDate(today, lang) })}
            </Text>
          </Stack>
          {empty && (
            <Alert color="gray" data-testid="report-empty">
              {t('empty')}
            </Alert>
          )}
          <Title order={4}>{t('summaryTitle')}</Title>
          <SummaryTable report={report} labels={labels} lang={lang} />
          <Title order={4}>{t('chartTitle')}</Title>
          {report.total.accepted > 0 ? (
            <ReportChart report={report} lang={lang} />
          ) : (
            <Text c="dimmed">{t('chartEmpty')}</Text>
          )}
          <Title order={4}>{labels.countsTitle}</Title>
          <CountsTable report={report} labels={labels} lang={lang} />
          <ComplaintReport from={from} to={to} today={today} />
        </>
      )}
    </Stack>
  );
}
