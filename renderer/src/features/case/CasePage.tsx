/**
 * The case page (`#/journal/<digits>`, issue 4 item 7): applicant, representative, family, answers,
 * documents received, due dates (both clocks for a ЦОН case), status and history; reprints; and the
 * actions the lifecycle allows this user now.
 */
import type { ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fullName, type Applicant, type Intake } from '@shared/case/intake';
import { formatCaseNumber, parseCaseNumber } from '@shared/case-number';
import { getService } from '@shared/catalogue';
import { SUBTYPE_KEY } from '@shared/catalogue/checklist';
import { districtName } from '@shared/directory/districts';
import { formatDate, formatDateTime, monthName } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang, useNow } from '../../app/hooks';
import { useCase, type CaseRow } from '../../store';
import { isOverdue } from '../../journal/query';
import { receivedDocuments } from '../../print/caseDocuments';
import { journalCatalogue, officeName, serviceName } from '../journal/labels';
import { CaseActions } from './CaseActions';
import { CaseHistory } from './CaseHistory';
import { CaseReprint } from './CaseReprint';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import { CaseComplaints } from '../complaints/CaseComplaints';

export function CasePage({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation('journal');
  const parsed = parseCaseNumber(caseNumber);
  const digits = parsed.ok ? parsed.value.digits : null;
  const row = useCase(digits);

  const back = (
    <Anchor href="#/journal" data-testid="case-back">
      ← {t('case.back')}
    </Anchor>
  );
  if (!digits)
    return (
      <Stack>
        {back}
        <Alert color="red" data-testid="case-not-found">
          {t('case.badNumber', { value: caseNumber })}
        </Alert>
      </Stack>
    );
  if (row === undefined) return <Loader aria-label={t('case.loading')} />;
  if (row === null)
    return (
      <Stack>
        {back}
        <Alert color="orange" data-testid="case-not-found">
          {t('case.notFound', { number: formatCaseNumber(digits) })}
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="md" data-testid="case-page">
      {back}
      <CaseView row={row} />
    </Stack>
  );
}

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function CaseView({ row }: { row: CaseRow }) {
  const { t } = useTranslation('journal');
  const lang = useLang();
  const today = toAlmatyDate(useNow());
  const intake = row.intake;
  const late = isOverdue(row, today);
  const service = getService(journalCatalogue(), row.serviceId);
  const subType = intake.subType ? service.subTypes.find((s) => s.id === intake.subType) : undefined;

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="case-title">
            {t('case.title', { number: formatCaseNumber(row.id) })}
          </Title>
          <Text>{serviceName(row.serviceId, lang)}</Text>
          {subType ? <Text size="sm">{`${t('case.subType')}: ${subType.name[lang]}`}</Text> : null}
        </div>
        <Stack gap={4} align="flex-end">
          <Badge size="lg" color={late ? 'red' : 'blue'} data-testid="case-status">
            {t(`lifecycle:statuses.${row.status}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('case.statusSince', { at: formatDateTime(row.state.statusSince, lang) })}
          </Text>
          {row.state.closingReason ? (
            <Text size="sm" data-testid="case-closing-reason">
              {`${t('case.closingReason')}: ${row.state.closingReason}`}
            </Text>
          ) : null}
        </Stack>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('case.sections.applicant')} testId="case-applicant">
          <ApplicantView applicant={intake.applicant} lang={lang} />
        </Section>
        <Stack>
          <Section title={t('case.sections.deadlines')} testId="case-deadlines">
            <DeadlinesView row={row} lang={lang} late={late} />
          </Section>
          <Section title={t('case.status')}>
            <SimpleGrid cols={2} spacing="xs">
              <Field label={t('case.acceptedAt')}>{formatDateTime(intake.acceptedAt, lang)}</Field>
              <Field label={t('case.acceptedBy')}>{intake.acceptedBy.fullName}</Field>
              <Field label={t('case.channel')}>{t(`channels.${intake.channel}`)}</Field>
              <Field label={t('case.acceptingOffice')}>{officeName(intake.acceptingOfficeCode, lang)}</Field>
              <Field label={t('case.districtOffice')}>{officeName(intake.districtOfficeCode, lang)}</Field>
              {intake.incomingNumber ? (
                <Field label={t('case.incomingNumber')}>{intake.incomingNumber}</Field>
              ) : null}
            </SimpleGrid>
          </Section>
        </Stack>
      </SimpleGrid>

      <WorkflowPanel caseId={row.id} />
      <CaseComplaints caseId={row.id} />

      <Section title={t('case.sections.actions')}>
        <Stack>
          <CaseActions row={row} />
          <Title order={5}>{t('case.sections.print')}</Title>
          <CaseReprint row={row} />
        </Stack>
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('case.sections.representative')} testId="case-representative">
          <RepresentativeView intake={intake} />
        </Section>
        <Section title={t('case.sections.answers')} testId="case-answers">
          <AnswersView intake={intake} lang={lang} />
        </Section>
      </SimpleGrid>

      <Section title={t('case.sections.family')} testId="case-family">
        <FamilyView intake={intake} lang={lang} />
      </Section>

      <Section title={t('case.sections.documents')} testId="case-documents">
        <DocumentsView intake={intake} lang={lang} />
      </Section>

      <Section title={t('case.sections.history')} testId="case-history">
        <CaseHistory caseId={row.id} />
      </Section>
    </>
  );
}

function ApplicantView({ applicant: a, lang }: { applicant: Applicant; lang: Lang }) {
  const { t } = useTranslation('journal');
  const id = a.identity;
  const issued = [id.issuedBy, id.issuedOn ? formatDate(id.issuedOn, lang) : ''].filter(Boolean).join(' ');
  return (
    <SimpleGrid cols={2} spacing="xs">
      <Field label={t('case.person.fullName')} testId="case-applicant-name">
        {fullName(a)}
      </Field>
      <Field label={t('case.person.iin')} testId="case-applicant-iin">
        {a.iin || t('case.person.noIin')}
      </Field>
      <Field label={t('case.person.birthDate')}>{a.birthDate ? formatDate(a.birthDate, lang) : '—'}</Field>
      <Field label={t('case.person.status')}>{t(`case.applicantStatuses.${a.status}`)}</Field>
      <Field label={t('case.person.identity')}>
        {t('case.person.identityValue', {
          type: t(`case.docTypes.${id.docType}`, { defaultValue: id.docType }),
          number: id.number,
        })}
        {issued
          ? `, ${t('case.person.issued', { by: id.issuedBy, on: id.issuedOn ? formatDate(id.issuedOn, lang) : '' }).trim()}`
          : ''}
      </Field>
      <Field label={t('case.person.phones')}>{a.phones.join(', ') || '—'}</Field>
      <Field label={t('case.person.registeredAddress')}>
        {`${districtName(a.registeredAddress.district)[lang]}, ${a.registeredAddress.street}`}
      </Field>
      <Field label={t('case.person.actualAddress')}>
        {a.actualAddress
          ? `${districtName(a.actualAddress.district)[lang]}, ${a.actualAddress.street}`
          : t('case.person.sameAddress')}
      </Field>
    </SimpleGrid>
  );
}

function RepresentativeView({ intake }: { intake: Intake }) {
  const { t } = useTranslation('journal');
  const r = intake.representative;
  if (!r) return <Text size="sm">{t('case.noRepresentative')}</Text>;
  return (
    <SimpleGrid cols={2} spacing="xs">
      <Field label={t('case.person.fullName')}>{fullName(r)}</Field>
      <Field label={t('case.person.iin')}>{r.iin || t('case.person.noIin')}</Field>
      <Field label={t('case.person.phone')}>{r.phone || '—'}</Field>
      <Field label={t('case.person.basis')}>{t(`case.bases.${r.basis}`)}</Field>
      {r.basisDocument ? <Field label={t('case.person.basisDocument')}>{r.basisDocument}</Field> : null}
    </SimpleGrid>
  );
}

function FamilyView({ intake, lang }: { intake: Intake; lang: Lang }) {
  const { t } = useTranslation('journal');
  if (intake.family.length === 0) return <Text size="sm">{t('case.noFamily')}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('case.person.fullName')}</Table.Th>
          <Table.Th>{t('case.person.iin')}</Table.Th>
          <Table.Th>{t('case.person.birthDate')}</Table.Th>
          <Table.Th>{t('case.person.relation')}</Table.Th>
          <Table.Th>{t('case.person.occupation')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {intake.family.map((m, i) => (
          <Table.Tr key={i}>
            <Table.Td>{fullName(m)}</Table.Td>
            <Table.Td>{m.iin || '—'}</Table.Td>
            <Table.Td>{m.birthDate ? formatDate(m.birthDate, lang) : '—'}</Table.Td>
            <Table.Td>{t(`case.relations.${m.relation}`)}</Table.Td>
            <Table.Td>
              {t(`case.occupations.${m.occupation}`)}
              {m.exemption ? ` (${m.exemption})` : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AnswersView({ intake, lang }: { intake: Intake; lang: Lang }) {
  const { t } = useTranslation('journal');
  const service = getService(journalCatalogue(), intake.serviceId);
  const answers = service.situations.filter((q) => q.key !== SUBTYPE_KEY);
  if (answers.length === 0) return <Text size="sm">{t('case.noAnswers')}</Text>;
  return (
    <Stack gap="xs">
      {answers.map((q) => {
        const value = intake.answers[q.key];
        const label =
          value === undefined ? '—' : (q.values.find((v) => v.value === value)?.label[lang] ?? value);
        return (
          <Field key={q.key} label={q.label[lang]}>
            {label}
          </Field>
        );
      })}
    </Stack>
  );
}

function DocumentsView({ intake, lang }: { intake: Intake; lang: Lang }) {
  const { t } = useTranslation('journal');
  const items = receivedDocuments(intake, journalCatalogue());
  if (items.length === 0) return <Text size="sm">{t('case.documents.none')}</Text>;
  const marks = new Map(intake.documents.map((d) => [d.itemId, d]));
  return (
    <Stack gap={4}>
      {items.map((item, i) => {
        const m = marks.get(item.id);
        const flags = [
          m?.originalShown ? t('case.documents.original') : '',
          m?.copyReceived ? t('case.documents.copy') : '',
          m?.notarisedCopy ? t('case.documents.notarisedCopy') : '',
        ]
          .filter(Boolean)
          .join(', ');
        return (
          <Text key={item.id} size="sm" data-testid={`case-document-${item.id}`}>
            {`${i + 1}. ${item.name[lang]}`}
            {flags ? (
              <Text span c="dimmed" size="xs">
                {` — ${flags}`}
              </Text>
            ) : null}
          </Text>
        );
      })}
    </Stack>
  );
}

function DeadlinesView({ row, lang, late }: { row: CaseRow; lang: Lang; late: boolean }) {
  const { t } = useTranslation('journal');
  const d = row.deadlines;
  const date = (v: string) => formatDate(v, lang);
  return (
    <Stack gap={4}>
      {d.sameVisit ? (
        <Text size="sm">
          {t('case.deadlines.sameVisit', { at: formatDateTime(d.sameVisit.endBy, lang) })}
        </Text>
      ) : null}
      {d.centerClock ? (
        <Text size="sm" data-testid="case-center-clock">
          {t('case.deadlines.centerClock', {
            due: date(d.centerClock.due),
            issue: date(d.centerClock.issueDate),
          })}
        </Text>
      ) : null}
      {d.districtClock ? (
        <Text size="sm" data-testid="case-district-clock">
          {d.districtClock.registeredOn && d.districtClock.due
            ? t('case.deadlines.districtClock', {
                registered: date(d.districtClock.registeredOn),
                due: date(d.districtClock.due),
              })
            : t('case.deadlines.districtPending')}
        </Text>
      ) : null}
      {!d.centerClock && d.due ? (
        <Field label={t('case.deadlines.due')} testId="case-due">
          {date(d.due)}
        </Field>
      ) : null}
      {!d.centerClock && d.issueDate ? (
        <Field label={t('case.deadlines.issueDate')}>{date(d.issueDate)}</Field>
      ) : null}
      {d.housingPeriod ? (
        <Text size="sm">
          {t('case.deadlines.housingPeriod', {
            from: yearMonth(d.housingPeriod.startMonth, lang),
            to: yearMonth(d.housingPeriod.endMonth, lang),
          })}
        </Text>
      ) : null}
      {late ? (
        <Badge color="red" data-testid="case-overdue">
          {t('case.deadlines.overdue')}
        </Badge>
      ) : null}
    </Stack>
  );
}

function yearMonth(ym: string, lang: Lang): string {
  return `${monthName(Number(ym.slice(5, 7)), lang)} ${ym.slice(0, 4)}`;
}
