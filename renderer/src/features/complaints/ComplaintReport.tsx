/**
 * Complaint counts in the reports (issue 15): received in the months chosen, answered on time or late,
 * overdue without an answer, by kind and outcome. Shown where the office keeps a journal of appeals.
 */
import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_KINDS, COMPLAINT_OUTCOMES, complaintCounts } from '@shared/complaints';
import { formatNumber } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import { useComplaintAccess, useComplaints } from '../../store';
import { useOfficeConfig } from '../journal/labels';

const TOTALS = ['received', 'answeredOnTime', 'answeredLate', 'overdue', 'open', 'withdrawn'] as const;

/** `from` and `to` are months (YYYY-MM); `today` decides what is overdue. */
export function ComplaintReport({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation('complaints');
  const lang = useLang();
  const access = useComplaintAccess(useOfficeConfig());
  const rows = useComplaints();
  if (!access.see || !rows) return null;
  // Day 31 bounds every month: dates compare as strings.
  const n = complaintCounts(rows, { from: `${from}-01`, to: `${to}-31` }, today);
  const line = (label: string, value: number, id: string) => (
    <Table.Tr key={id}>
      <Table.Td>{label}</Table.Td>
      <Table.Td data-testid={`complaint-report-${id}`}>{formatNumber(value, lang)}</Table.Td>
    </Table.Tr>
  );
  return (
    <>
      <Title order={4}>{t('reports.title')}</Title>
      <Table withTableBorder w="auto" data-testid="complaint-report">
        <Table.Tbody>
          {TOTALS.map((k) => line(t(`reports.${k}`), n[k], k))}
          {COMPLAINT_KINDS.map((k) => line(t(`kinds.${k}`), n.byKind[k], `kind-${k}`))}
          {COMPLAINT_OUTCOMES.map((k) => line(t(`outcomes.${k}`), n.byOutcome[k], `outcome-${k}`))}
        </Table.Tbody>
      </Table>
    </>
  );
}
