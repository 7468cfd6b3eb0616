import { useMemo, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officeByCode } from '@shared/directory/offices';
import { formatDate, formatNumber } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import type { MonthlyReport, ReportLabels, Tally } from '@shared/reports';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang } from '../../app/hooks';
import { getPlatform } from '../../platform';
import {
  monthTitle,
  periodTitle,
  REPORT_CSV_MIME,
  reportCsv,
  reportNames,
  reportServiceName,
  shareText,
  type ReportFileKind,
} from '../../reports/export';
import { checkRange, MAX_MONTHS } from '../../reports/query';
import { ComplaintReport } from '../complaints/ComplaintReport';
import { ReportChart } from './ReportChart';
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

function TallyCells({ tally, lang }: { tally: Tally; lang: Lang }) {
  const n = (v: number) => formatNumber(v, lang);
  return (
    <>
      <Table.Td data-col="accepted">{n(tally.accepted)}</Table.Td>
      <Table.Td data-col="district">{n(tally.byChannel.district)}</Table.Td>
      <Table.Td data-col="center">{n(tally.byChannel.center)}</Table.Td>
      <Table.Td data-col="onTime">{n(tally.onTime)}</Table.Td>
      <Table.Td data-col="late">{n(tally.late)}</Table.Td>
      <Table.Td data-col="overdueOpen">{n(tally.overdueOpen)}</Table.Td>
      <Table.Td data-col="pending">{n(tally.pending)}</Table.Td>
      <Table.Td data-col="noTerm">{n(tally.noTerm)}</Table.Td>
      <Table.Td data-col="noResult">{n(tally.noResult)}</Table.Td>
      <Table.Td data-col="share" data-testid="share" style={{ whiteSpace: 'nowrap' }}>
        {shareText(tally.share, lang)}
      </Table.Td>
      <Table.Td data-col="counterRefusals">{n(tally.counterRefusals)}</Table.Td>
    </>
  );
}

function SummaryTable({ report, labels, lang }: { report: MonthlyReport; labels: ReportLabels; lang: Lang }) {
  const { t } = useTranslation('reports-ui');
  const several = report.months.length > 1;
  return (
    // Fixed layout with set widths fits 1366×800 (issue 16, item 10); below that the native scrollbar
    // shows instead of Mantine's overlay one that hides until hovered.
    <Table.ScrollContainer minWidth={900} type="native" data-testid="report-summary-scroll">
      <Table
        withTableBorder
        withColumnBorders
        striped
        fz="sm"
        horizontalSpacing={6}
        layout="fixed"
        style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}
        data-testid="report-summary"
      >
        <colgroup>
          <col style={{ width: 104 }} />
          <col />
          {Array.from({ length: 11 }, (_, i) => (
            <col key={i} style={{ width: 72 }} />
          ))}
        </colgroup>
        <Table.Thead fz="xs">
          <Table.Tr>
            <Table.Th>{labels.month}</Table.Th>
            <Table.Th>{labels.service}</Table.Th>
            <Table.Th>{labels.accepted}</Table.Th>
            <Table.Th>{labels.acceptedDistrict}</Table.Th>
            <Table.Th>{labels.acceptedCenter}</Table.Th>
            <Table.Th>{labels.onTime}</Table.Th>
            <Table.Th>{labels.late}</Table.Th>
            <Table.Th>{labels.overdueOpen}</Table.Th>
            <Table.Th>{labels.pending}</Table.Th>
            <Table.Th>{labels.noTerm}</Table.Th>
            <Table.Th>{labels.noResult}</Table.Th>
            <Table.Th>{labels.share}</Table.Th>
            <Table.Th>{labels.counterRefusals}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.months.map((month) => {
            const rows = report.rows.filter((r) => r.month === month);
            return [
              ...rows.map((r) => (
                <Table.Tr key={`${month}-${r.serviceId}`} data-testid={`report-row-${month}-${r.serviceId}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthTitle(month, lang)}</Table.Td>
                  <Table.Td>{reportServiceName(r.serviceId, lang)}</Table.Td>
                  <TallyCells tally={r} lang={lang} />
                </Table.Tr>
              )),
              several ? (
                <Table.Tr key={`${month}-total`} fw={600} data-testid={`report-month-total-${month}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthTitle(month, lang)}</Table.Td>
                  <Table.Td>{t('monthTotal')}</Table.Td>
                  <TallyCells tally={report.byMonth[month]!} lang={lang} />
                </Table.Tr>
              ) : null,
            ];
          })}
          <Table.Tr fw={700} data-testid="report-total">
            <Table.Td>{labels.total}</Table.Td>
            <Table.Td />
            <TallyCells tally={report.total} lang={lang} />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CountsTable({ report, labels, lang }: { report: MonthlyReport; labels: ReportLabels; lang: Lang }) {
  const { t, i18n } = useTranslation('reports-ui');
  if (report.counts.length === 0) return <Text c="dimmed">{t('noCounts')}</Text>;
  const names = reportNames(i18n, lang);
  return (
    <Table withTableBorder striped data-testid="report-counts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labels.month}</Table.Th>
          <Table.Th>{labels.service}</Table.Th>
          <Table.Th>{labels.channel}</Table.Th>
          <Table.Th>{labels.status}</Table.Th>
          <Table.Th>{labels.count}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.counts.map((c) => (
          <Table.Tr key={`${c.month}-${c.serviceId}-${c.channel}-${c.status}`} data-testid="report-count-row">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthTitle(c.month, lang)}</Table.Td>
            <Table.Td>{names.service(c.serviceId)}</Table.Td>
            <Table.Td>{labels.channels[c.channel]}</Table.Td>
            <Table.Td>{names.status(c.status)}</Table.Td>
            <Table.Td>{formatNumber(c.count, lang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
