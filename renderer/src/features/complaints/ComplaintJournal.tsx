/** The journal of appeals: search by number, IIN or surname, filters, and the period journal PDF. */
import { useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_KINDS,
  COMPLAINT_STATUSES,
  filterComplaints,
  formatComplaintNumber,
  isOpenComplaint,
  type ComplaintKind,
  type ComplaintStatus,
} from '@shared/complaints';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang, useNow } from '../../app/hooks';
import { printComplaintJournal } from '../../complaints/print';
import { useAuth } from '../../auth/AuthProvider';
import { useComplaints, useStore, type OfficeConfig } from '../../store';
import { complainantName } from './labels';
import { DateInput } from '../../ui/DateInput';
import type { LocalDate } from '@shared/time/almaty';

const isStatus = (v: string): v is ComplaintStatus => (COMPLAINT_STATUSES as readonly string[]).includes(v);
const isKind = (v: string): v is ComplaintKind => (COMPLAINT_KINDS as readonly string[]).includes(v);

export function ComplaintJournal({ office, canRegister }: { office: OfficeConfig; canRegister: boolean }) {
  const { t, i18n } = useTranslation('complaints');
  const lang = useLang();
  const now = useNow();
  const today = toAlmatyDate(now);
  const rows = useComplaints();
  const store = useStore();
  const { user } = useAuth();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ComplaintStatus | ''>('');
  const [kind, setKind] = useState<ComplaintKind | ''>('');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const shown = filterComplaints(rows ?? [], { query, status, kind });
  const printPeriod = async () => {
    const at = Date.now();
    await printComplaintJournal(i18n, lang, rows ?? [], { officeCode: office.officeCode, from, to, now: at });
    if (user) await store.recordComplaintPrint(user.id, 'journal', null, at);
  };

  return (
    <>
      <Group align="end">
        {canRegister && (
          <Button component="a" href="#/complaints/new" data-testid="complaint-new">
            {t('new')}
          </Button>
        )}
        <TextInput
          type="search"
          label={t('search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-testid="complaint-search"
          w={280}
        />
        <NativeSelect
          label={t('filterStatus')}
          value={status}
          data-testid="complaint-filter-status"
          data={[
            { value: '', label: t('all') },
            ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          ]}
          onChange={(e) => setStatus(isStatus(e.currentTarget.value) ? e.currentTarget.value : '')}
        />
        <NativeSelect
          label={t('filterKind')}
          value={kind}
          data-testid="complaint-filter-kind"
          data={[
            { value: '', label: t('all') },
            ...COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`kindsShort.${k}`) })),
          ]}
          onChange={(e) => setKind(isKind(e.currentTarget.value) ? e.currentTarget.value : '')}
        />
      </Group>
      {rows !== undefined && shown.length === 0 ? (
        <Text data-testid="complaints-empty">{t('empty')}</Text>
      ) : (
        <Table withTableBorder striped data-testid="complaints-table">
          <Table.Thead>
            <Table.Tr>
              {(['number', 'registered', 'complainant', 'kind', 'status', 'due'] as const).map((c) => (
                <Table.Th key={c}>{t(`columns.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={c.id} data-testid={`complaint-row-${c.id}`}>
                <Table.Td>
                  <Anchor href={`#/complaints/${c.id}`}>{formatComplaintNumber(c.id)}</Anchor>
                </Table.Td>
                <Table.Td>{formatDateTime(c.registeredAt, lang)}</Table.Td>
                <Table.Td>{complainantName(c)}</Table.Td>
                <Table.Td>{t(`kindsShort.${c.kind}`)}</Table.Td>
                <Table.Td>{t(`statuses.${c.status}`)}</Table.Td>
                <Table.Td c={isOpenComplaint(c) && c.dueDate < today ? 'red' : undefined}>
                  {formatDate(c.dueDate, lang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="end">
        <DateInput
          label={t('journalPdf.from')}
          value={from as LocalDate | ''}
          onChange={setFrom}
          data-testid="complaint-journal-from"
        />
        <DateInput
          label={t('journalPdf.to')}
          value={to as LocalDate | ''}
          onChange={setTo}
          data-testid="complaint-journal-to"
        />
        <Button
          variant="default"
          disabled={!from || !to || from > to}
          data-testid="complaint-journal-print"
          onClick={() => void printPeriod()}
        >
          {t('journalPdf.print')}
        </Button>
      </Group>
    </>
  );
}
