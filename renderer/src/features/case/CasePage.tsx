/**
 * The case page (`#/journal/<digits>`, issue 4 item 7): applicant, representative, family, answers,
 * documents received, due dates (both clocks for a ЦОН case), status and history; reprints; and the
 * actions the lifecycle allows this user now.
 */
import { Alert, Anchor, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber, parseCaseNumber } from '@shared/case-number';
import { getService } from '@shared/catalogue';
import { formatDateTime } from '@shared/i18n/format';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang, useNow } from '../../app/hooks';
import { useCase, type CaseRow } from '../../store';
import { isOverdue } from '../../journal/query';
import { journalCatalogue, officeName, serviceName } from '../journal/labels';
import { CaseActions } from './CaseActions';
import { CaseHistory } from './CaseHistory';
import { CaseReprint } from './CaseReprint';
import { CaseDeadlines } from './CaseDeadlines';
import { Field, Section } from './CaseFields';
import { AnswersView, DocumentsView } from './CaseIntake';
import { ApplicantView, FamilyView, RepresentativeView } from './CasePeople';
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
            <CaseDeadlines row={row} lang={lang} late={late} />
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
