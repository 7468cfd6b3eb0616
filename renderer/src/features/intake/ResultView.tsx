/** After registration: the case number, dates, where the result is issued, and the print buttons. */
import { useState } from 'react';
import { useHotkey } from './hotkeys';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { getService } from '@shared/catalogue';
import { formatCaseNumber } from '@shared/case-number';
import { officeByCode } from '@shared/directory/offices';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { toAlmatyParts } from '@shared/time/almaty';
import { type CaseRow, useRules, useStore } from '../../store';
import { useAuth } from '../../auth/AuthProvider';
import {
  hoursOnDate,
  issueOffice,
  printableDocuments,
  type CaseDocumentKind,
} from '../../print/caseDocuments';
import { deliverPdf } from '../../print/printKit';
import { sameVisitPrinter } from '../../print/sameVisit';
import { useErrorMessage } from '../../ui/errorMessage';

const hhmm = (instant: number) => {
  const p = toAlmatyParts(instant);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

export function ResultView({
  row,
  initialPrintLang,
  onNew,
}: {
  row: CaseRow;
  initialPrintLang: Lang;
  onNew: () => void;
}) {
  const { t, i18n } = useTranslation('intake');
  const describe = useErrorMessage();
  const lang = (i18n.resolvedLanguage === 'kk' ? 'kk' : 'ru') as Lang;
  const [printLang, setPrintLang] = useState<Lang>(initialPrintLang);
  const [busy, setBusy] = useState<string | null>(null);
  const store = useStore();
  const { user } = useAuth();
  // The case was registered a moment ago, under the rules in force.
  const { catalogue, calendar } = useRules();
  const service = getService(catalogue, row.serviceId);
  const intake = row.intake;
  const dl = row.deadlines;
  const issue = issueOffice(intake);
  const district = officeByCode(intake.districtOfficeCode);
  const issueDate = dl.centerClock?.issueDate ?? dl.issueDate;
  const hours = issueDate ? hoursOnDate(issue, issueDate) : null;
  const kinds = printableDocuments(row, catalogue);
  const sameVisit = dl.sameVisit;
  const extra = sameVisitPrinter(row.serviceId);

  const print = async (kind: CaseDocumentKind | 'same-visit') => {
    setBusy(kind);
    try {
      if (kind === 'same-visit') {
        const doc = await extra!(row, printLang);
        await deliverPdf(doc.bytes, { title: doc.title, fileName: doc.fileName });
      } else {
        // A second print of the same document is a duplicate, marked and recorded in the case history.
        const t = i18n.getFixedT(printLang, 'intake');
        await store.printCaseDocument({
          kind,
          row,
          lang: printLang,
          t,
          userId: user?.id ?? null,
          catalogue,
          calendar,
        });
      }
    } catch (e) {
      notifications.show({ color: 'red', message: t('print.failed', { message: describe(e) }) });
    } finally {
      setBusy(null);
    }
  };

  const rows: [string, string, string][] = [
    ['accepted-at', t('result.acceptedAt'), formatDateTime(intake.acceptedAt, lang)],
    ['inspector', t('result.inspector'), intake.acceptedBy.fullName],
    ['service', t('result.service'), service.name[lang]],
    [
      'applicant',
      t('result.applicant'),
      [intake.applicant.surname, intake.applicant.name, intake.applicant.patronymic]
        .filter(Boolean)
        .join(' '),
    ],
  ];
  if (dl.due) rows.push(['due', t('result.due'), formatDate(dl.due, lang, 'long')]);
  if (issueDate && hours)
    rows.push([
      'issue',
      t('result.issue'),
      t('result.issueValue', {
        date: formatDate(issueDate, lang, 'long'),
        hours: `${hours.open}–${hours.close}`,
        place: `${issue.name[lang]}, ${issue.address[lang]}`,
      }),
    ]);
  if (sameVisit)
    rows.push([
      'same-visit',
      t('result.sameVisit'),
      t('result.sameVisitValue', { start: hhmm(sameVisit.startAt), end: hhmm(sameVisit.endBy) }),
    ]);
  if (district) rows.push(['district-office', t('result.districtOffice'), district.name[lang]]);
  if (intake.incomingNumber)
    rows.push(['incoming-number', t('result.incomingNumber'), intake.incomingNumber]);

  return (
    <Stack data-testid="intake-result">
      <Alert color="green" title={t('result.title')}>
        <Title order={2} data-testid="result-case-number" data-digits={row.id}>
          {formatCaseNumber(row.id)}
        </Title>
      </Alert>
      <Paper withBorder p="md">
        <Table>
          <Table.Tbody>
            {rows.map(([id, label, value]) => (
              <Table.Tr key={id}>
                <Table.Th w="35%">{label}</Table.Th>
                <Table.Td data-testid={`result-${id}`}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group align="center">
        <Text size="sm">{t('printLang')}</Text>
        <SegmentedControl
          value={printLang}
          onChange={(v) => setPrintLang(v as Lang)}
          data={[
            { value: 'ru', label: t('common:languages.ru') },
            { value: 'kk', label: t('common:languages.kk') },
          ]}
          data-testid="result-print-lang"
        />
      </Group>
      <Group>
        {kinds.map((kind, i) => (
          <Button
            key={kind}
            onClick={() => void print(kind)}
            loading={busy === kind}
            variant={i === 0 ? 'filled' : 'light'}
            autoFocus={i === 0}
            data-testid={`print-${kind}`}
          >
            {t(`print.buttons.${kind}`)}
            {i === 0 ? ' (Alt+P)' : ''}
          </Button>
        ))}
        {sameVisit && extra && (
          <Button
            onClick={() => void print('same-visit')}
            loading={busy === 'same-visit'}
            data-testid="print-same-visit"
          >
            {t('print.buttons.sameVisit')}
          </Button>
        )}
        <Button variant="default" onClick={onNew} data-testid="intake-new">
          {t('actions.newApplication')} (Alt+N)
        </Button>
      </Group>
      {sameVisit && !extra && (
        <Text size="sm" c="dimmed" data-testid="same-visit-note">
          {t('result.sameVisitNote')}
        </Text>
      )}
      <KeyboardPrint onPrint={() => kinds[0] && void print(kinds[0])} />
    </Stack>
  );
}

/** Alt+P prints the main document (receipt at a ЦОН, talon at a district office). */
function KeyboardPrint({ onPrint }: { onPrint: () => void }) {
  useHotkey('KeyP', onPrint);
  return null;
}
