/** One complaint: its §26 fields, the linked case, printing (ru/kk), and the review to an answer. */
import { useState, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { formatComplaintNumber, parseComplaintNumber } from '@shared/complaints';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import { LANGS, type Lang } from '@shared/i18n/lang';
import { useLang } from '../../app/hooks';
import { useAuth } from '../../auth/AuthProvider';
import type { ComplaintDocument } from '../../complaints/actions';
import { printComplaintDocument } from '../../complaints/print';
import type { ComplaintRow } from '../../complaints/types';
import { useComplaint, useStore, type OfficeConfig } from '../../store';
import { complainantName } from './labels';
import { ReviewForms } from './ReviewForms';

export function ComplaintView({
  id,
  office,
  canReview,
}: {
  id: string;
  office: OfficeConfig;
  canReview: boolean;
}) {
  const { t } = useTranslation('complaints');
  const parsed = parseComplaintNumber(id);
  const row = useComplaint(parsed.ok ? parsed.value.digits : null);
  const back = (
    <Anchor href="#/complaints" data-testid="complaint-back">
      ← {t('back')}
    </Anchor>
  );
  if (row === undefined) return <Loader aria-label={t('loading')} />;
  if (row === null)
    return (
      <Stack>
        {back}
        <Alert color="orange" data-testid="complaint-not-found">
          {t('errors.not-found')}
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="md" data-testid="complaint-view" data-status={row.status}>
      {back}
      <Details row={row} />
      <PrintButtons row={row} />
      {canReview && <ReviewForms row={row} office={office} />}
    </Stack>
  );
}

function Details({ row }: { row: ComplaintRow }) {
  const { t } = useTranslation('complaints');
  const lang = useLang();
  const c = row.complainant;
  const lines: [string, ReactNode, string?][] = [
    [t('view.number'), formatComplaintNumber(row.id), 'number'],
    [t('view.registered'), formatDateTime(row.registeredAt, lang)],
    [t('view.channel'), t(`channels.${row.channel}`)],
    [t('view.kind'), t(`kinds.${row.kind}`)],
    [t('view.complainant'), complainantName(row)],
    [t('view.iin'), c.iin || t('view.noIin')],
    [t('view.address'), c.address || '—'],
    [t('view.phone'), c.phone || '—'],
    [
      t('view.case'),
      row.caseId ? (
        <Anchor href={`#/journal/${row.caseId}`} data-testid="complaint-case-link">
          {formatCaseNumber(row.caseId)}
        </Anchor>
      ) : (
        '—'
      ),
    ],
    ...(row.kind === 'service' ? [[t('view.employee'), row.employee || '—'] as [string, string]] : []),
    [t('view.summary'), row.summary],
    [t('view.sheets'), String(row.attachmentSheets)],
    [t('view.acceptedBy'), row.acceptedBy.fullName],
    [
      t('view.due'),
      `${formatDate(row.dueDate, lang)} (${t('view.term', { value: row.term.value, unit: t(`units.${row.term.unit}`) })})`,
      'due',
    ],
    [t('view.status'), <Badge key="s">{t(`statuses.${row.status}`)}</Badge>, 'status'],
  ];
  if (row.responsible) lines.push([t('view.responsible'), row.responsible.name]);
  if (row.review) {
    lines.push([t('view.findings'), row.review.findings]);
    lines.push([t('view.outcome'), t(`outcomes.${row.review.outcome}`), 'outcome']);
    if (row.review.reasons) lines.push([t('view.reasons'), row.review.reasons]);
  }
  if (row.answer)
    lines.push([
      t('view.answer'),
      t('view.answerValue', {
        number: row.answer.outgoingNumber,
        date: formatDate(row.answer.postedOn, lang),
      }),
      'answer',
    ]);
  if (row.withdrawal) lines.push([t('view.status'), t('view.withdrawal', { reason: row.withdrawal.reason })]);
  return (
    <Card withBorder>
      <Table>
        <Table.Tbody>
          {lines.map(([label, value, testId], i) => (
            <Table.Tr key={i}>
              <Table.Th w={260}>{label}</Table.Th>
              <Table.Td data-testid={testId ? `complaint-${testId}` : undefined}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function PrintButtons({ row }: { row: ComplaintRow }) {
  const { t, i18n } = useTranslation(['complaints', 'common']);
  const ui = useLang();
  const store = useStore();
  const { user } = useAuth();
  const [lang, setLang] = useState<Lang>(ui);
  const [error, setError] = useState(false);
  const print = async (doc: Exclude<ComplaintDocument, 'journal'>) => {
    setError(false);
    try {
      await printComplaintDocument(i18n, lang, row, doc);
      if (user) await store.recordComplaintPrint(user.id, doc, row.id, Date.now());
    } catch (e) {
      console.error(e);
      setError(true);
    }
  };
  return (
    <Group align="end">
      <Stack gap={2}>
        <Text size="sm">{t('view.printLang')}</Text>
        <SegmentedControl
          value={lang}
          onChange={(v) => setLang(v === 'kk' ? 'kk' : 'ru')}
          data={LANGS.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
          data-testid="complaint-print-lang"
        />
      </Stack>
      <Button variant="default" onClick={() => void print('talon')} data-testid="complaint-print-talon">
        {t('view.printTalon')}
      </Button>
      <Button variant="default" onClick={() => void print('stamp')} data-testid="complaint-print-stamp">
        {t('view.printStamp')}
      </Button>
      {row.answer && (
        <Button variant="default" onClick={() => void print('answer')} data-testid="complaint-print-answer">
          {t('view.printAnswer')}
        </Button>
      )}
      {error && <Alert color="red">{t('view.printFailed')}</Alert>}
    </Group>
  );
}
