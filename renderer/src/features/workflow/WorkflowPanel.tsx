/**
 * The district workflow of one case (issue 6, items 1, 2, 5): status and next steps, the clocks,
 * one form per step the signed-in user may take now, and the steps they may not take with the
 * lifecycle's reason; at a ЦОН, the decided case's result notice for reprinting while the result is
 * there or after its issue (item 3). Meant to be mounted in the case page: `<WorkflowPanel caseId={id} />`.
 */
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lifecycleStepLimits } from '@shared/deadlines';
import { formatDate, formatMoney } from '@shared/i18n/format';
import type { DocumentKind, EventType } from '@shared/lifecycle';
import { useAuth } from '../../auth/AuthProvider';
import { useLang } from '../../app/hooks';
import type { ApplyWarning } from '../../workflow/applyEvent';
import { workflowContext } from '../../workflow/context';
import { stepsOf } from '../../workflow/steps';
import { caseDeadlineStatus } from '../../workflow/deadlineStatus';
import { centerReprintOf } from '../../workflow/printResult';
import { officeTypeOf } from '../../journal/actions';
import { DeadlineBlock } from './DeadlineBadges';
import { EventForm, type EventSubmission } from './EventForm';
import { useCaseWithHistory, useOffice, useRules, useWorkflowNow } from './hooks';
import { formatCaseNumber, parseCaseNumber } from '@shared/case-number';
import { useStore, useUser } from '../../store';
import { useErrorMessage } from '../../ui/errorMessage';

/** The grouped number people read; anything that does not parse is shown as typed. */
const humanNumber = (id: string) => (parseCaseNumber(id).ok ? formatCaseNumber(id) : id);

/** The instant a step is recorded at: read when the button is pressed, not at render. */
const clock = () => Date.now();

interface Done {
  event: EventType;
  documents: DocumentKind[];
  warnings: ApplyWarning[];
}

export function WorkflowPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['workflow', 'lifecycle', 'deadlines']);
  const store = useStore();
  const describe = useErrorMessage();
  const lang = useLang();
  const now = useWorkflowNow();
  const { user } = useAuth();
  const office = useOffice();
  const rules = useRules();
  const data = useCaseWithHistory(caseId);
  const assignee = useUser(data?.row?.state.assigneeUserId);
  const [busy, setBusy] = useState<EventType | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [printNote, setPrintNote] = useState<string | null>(null);
  const [reprintNote, setReprintNote] = useState<string | null>(null);

  const row = data?.row ?? null;
  const ctx = useMemo(() => {
    if (!user || !office || !row) return null;
    const base = workflowContext(user, office, now);
    return base ? { ...base, stepLimits: lifecycleStepLimits(rules.catalogue, row.channel) } : null;
  }, [user, office, row, now, rules.catalogue]);

  if (data === undefined || office === undefined) return <Loader size="sm" />;
  if (!row) {
    return (
      <Alert color="gray" data-testid="wf-not-found">
        {t('notFound', { id: humanNumber(caseId) })}
      </Alert>
    );
  }
  const service = rules.catalogue.services[row.serviceId];
  const status = caseDeadlineStatus(rules.catalogue, rules.calendar, row, data.records, now);
  const { allowed, blocked } = ctx ? stepsOf(row.state, ctx) : { allowed: [], blocked: [] };

  const run = async (type: EventType, s: EventSubmission) => {
    if (!user || !office) return;
    const fresh = workflowContext(user, office, clock());
    if (!fresh) return;
    setBusy(type);
    setError(null);
    setPrintNote(null);
    try {
      const r = await store.applyStep(caseId, s.event, fresh, {
        // No catalogue: the case keeps the rules version it was accepted under (applyCaseEvent).
        calendar: rules.calendar,
        ...(s.extra ? { auditExtra: s.extra } : {}),
      });
      if (!r.ok) {
        setError(
          r.error.code === 'not-found' ? t('notFound', { id: humanNumber(caseId) }) : describe(r.error),
        );
        setDone(null);
      } else {
        setDone({ event: type, documents: r.documents, warnings: r.warnings });
      }
    } finally {
      setBusy(null);
    }
  };

  const print = async (kind: DocumentKind, note: (text: string) => void = setPrintNote) => {
    try {
      const outcome = await store.printResultDocument(kind, row, lang, clock(), rules.catalogue);
      note(t(`print.${outcome}`));
    } catch (e) {
      note(t('print.failed', { message: describe(e) }));
    }
  };
  // The ЦОН inspector issuing the result reprints its notice when needed (issue 6, item 3).
  const reprint = office && officeTypeOf(office) === 'center' ? centerReprintOf(row) : null;

  const state = row.state;
  return (
    <Stack data-testid="workflow-panel" data-case-id={row.id}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={4}>{service.name[lang]}</Title>
          <Text size="sm" c="dimmed">
            {t('caseNumber', { id: formatCaseNumber(row.id) })} · {t(`channel.${row.channel}`)}
          </Text>
        </Stack>
        <Badge size="lg" data-testid="wf-status" data-status={state.status}>
          {t(`lifecycle:statuses.${state.status}`)}
        </Badge>
      </Group>

      <Group gap="lg">
        {row.intake.incomingNumber && (
          <Text size="sm">{t('incomingNumber', { number: row.intake.incomingNumber })}</Text>
        )}
        {state.assigneeUserId && (
          <Text size="sm" data-testid="wf-assignee-name">
            {t('assignee', { name: assignee?.fullName ?? state.assigneeUserId })}
          </Text>
        )}
        {state.decision && (
          <Text size="sm" data-testid="wf-decision">
            {t(`decision.${state.decision}`)}
            {state.amount !== undefined && ` · ${formatMoney(state.amount, lang)}`}
            {state.periodMonths !== undefined && ` · ${t('months', { count: state.periodMonths })}`}
          </Text>
        )}
        {state.milestones.deliveredAt !== undefined && state.delivery && (
          <Text size="sm">
            {t(`lifecycle:deliveries.${state.delivery}`)} · {formatDate(state.milestones.deliveredAt, lang)}
          </Text>
        )}
      </Group>
      {state.refusalGrounds && state.refusalGrounds.length > 0 && (
        <Text size="sm" data-testid="wf-grounds-chosen">
          {t('groundsChosen')}:{' '}
          {state.refusalGrounds
            .map((g) => {
              const ground = service.grounds.refusal.find((x) => x.source === g);
              return ground ? `${ground.number ? `${ground.number}. ` : ''}${ground.text[lang]}` : g;
            })
            .join('; ')}
        </Text>
      )}
      {state.missingDocuments && state.missingDocuments.length > 0 && (
        <Text size="sm" data-testid="wf-missing-chosen">
          {t('missingChosen', { count: state.returnCount })}: {state.missingDocuments.join('; ')}
        </Text>
      )}

      <DeadlineBlock
        status={status}
        deadlines={row.deadlines}
        catalogue={rules.catalogue}
        serviceId={row.serviceId}
        channel={row.channel}
        lang={lang}
      />

      {reprint && (
        <Card withBorder data-testid="wf-reprint">
          <Stack gap="xs">
            <Text fw={600}>{t('reprint.title')}</Text>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => void print(reprint, setReprintNote)}
                data-testid={`wf-reprint-${reprint}`}
              >
                {t('reprint.button', { document: t(`documents.${reprint}`) })}
              </Button>
            </Group>
            {reprintNote && (
              <Text size="sm" data-testid="wf-reprint-note">
                {reprintNote}
              </Text>
            )}
          </Stack>
        </Card>
      )}

      {error && (
        <Alert color="red" role="alert" data-testid="wf-error" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {done && (
        <Alert color="teal" data-testid="wf-done" withCloseButton onClose={() => setDone(null)}>
          <Stack gap="xs">
            <Text size="sm">{t('done', { event: t(`lifecycle:events.${done.event}`) })}</Text>
            {done.warnings.map((w) => (
              <Text key={w} size="sm" c="orange">
                {t(`warnings.${w}`)}
              </Text>
            ))}
            {done.documents.length > 0 && (
              <Group gap="xs">
                {done.documents.map((d) => (
                  <Button
                    key={d}
                    size="xs"
                    variant="light"
                    onClick={() => void print(d)}
                    data-testid={`wf-print-${d}`}
                  >
                    {t('print.now', { document: t(`documents.${d}`) })}
                  </Button>
                ))}
              </Group>
            )}
            {printNote && (
              <Text size="sm" data-testid="wf-print-note">
                {printNote}
              </Text>
            )}
          </Stack>
        </Alert>
      )}

      {!ctx && (
        <Alert color="gray" data-testid="wf-no-context">
          {t('noContext')}
        </Alert>
      )}
      {ctx && allowed.length === 0 && blocked.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="wf-nothing">
          {t('nothingToDo')}
        </Text>
      )}
      {allowed.map((type) => (
        <Card key={type} withBorder data-testid={`wf-event-${type}`}>
          <Stack gap="xs">
            <Text fw={600}>{t(`lifecycle:events.${type}`)}</Text>
            <EventForm
              type={type}
              row={row}
              catalogue={rules.catalogue}
              lang={lang}
              busy={busy === type}
              onSubmit={(s) => void run(type, s)}
            />
          </Stack>
        </Card>
      ))}
      {blocked.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('blockedTitle')}
          </Text>
          {blocked.map((b) => (
            <Group key={b.type} gap="xs" data-testid={`wf-blocked-${b.type}`}>
              <Button size="xs" variant="default" disabled>
                {t(`lifecycle:events.${b.type}`)}
              </Button>
              <Text size="sm" c="dimmed" data-testid={`wf-blocked-reason-${b.type}`}>
                {t(`lifecycle:${b.messageKey}`)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
