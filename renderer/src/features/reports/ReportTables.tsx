/** The report's tables: the summary by month and service (with totals) and the counts by status. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import type { MonthlyReport, ReportLabels, Tally } from '@shared/reports';
import { monthTitle, reportNames, reportServiceName, shareText } from '../../reports/export';

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
export function SummaryTable({
  report,
  labels,
  lang,
}: {
  report: MonthlyReport;
  labels: ReportLabels;
  lang: Lang;
}) {
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
export function CountsTable({
  report,
  labels,
  lang,
}: {
  report: MonthlyReport;
  labels: ReportLabels;
  lang: Lang;
}) {
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
