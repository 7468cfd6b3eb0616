/**
 * Контроль сроков (issue 6, item 6): the office's open cases on "today" — overdue, due today, at
 * risk (one working day left) — in total, by service and by step; each count opens its cases.
 * `#/deadlines/<case number>` opens the case's workflow panel (until the case page mounts it).
 */
import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceId } from '@shared/catalogue';
import { formatDate } from '@shared/i18n/format';
import type { CaseStatus } from '@shared/lifecycle';
import { useLang } from '../../app/hooks';
import { BUCKETS, casesIn, type Bucket, type Counts } from '../../workflow/dashboard';
import { LevelBadge } from '../workflow/DeadlineBadges';
import { useOffice, useRules, useWorkflowNow } from '../workflow/hooks';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import { ComplaintDeadlines } from '../complaints/ComplaintDeadlines';
import { useDeadlineDashboard } from '../../store';

export function DeadlinesPage({ sub }: { sub: string | null }) {
  const { t } = useTranslation('deadlines');
  if (sub && /^\d+$/.test(sub)) {
    return (
      <Stack>
        <Anchor href="#/deadlines" data-testid="deadlines-back">
          {t('back')}
        </Anchor>
        <WorkflowPanel caseId={sub} />
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      <Dashboard />
      <ComplaintDeadlines />
    </Stack>
  );
}

interface Selection {
  bucket: Bucket;
  serviceId?: ServiceId;
  status?: CaseStatus;
}

function Dashboard() {
  const { t } = useTranslation(['deadlines', 'lifecycle']);
  const lang = useLang();
  const now = useWorkflowNow();
  const office = useOffice();
  const rules = useRules();
  const [selected, setSelected] = useState<Selection | null>(null);
  const dashboard = useDeadlineDashboard(office, now, rules);

  if (dashboard === undefined || office === undefined) return <Loader size="sm" />;
  if (dashboard === null) return <Alert color="gray">{t('noOffice')}</Alert>;

  const count = (counts: Counts | undefined, bucket: Bucket, sel: Omit<Selection, 'bucket'>, id: string) => {
    const n = counts?.[bucket] ?? 0;
    if (n === 0)
      return (
        <Text size="sm" c="dimmed" data-testid={id}>
          0
        </Text>
      );
    return (
      <UnstyledButton onClick={() => setSelected({ bucket, ...sel })} data-testid={id}>
        <Badge color={bucket === 'overdue' ? 'red' : bucket === 'step-late' ? 'orange' : 'yellow'} size="lg">
          {n}
        </Badge>
      </UnstyledButton>
    );
  };

  const services = Object.keys(dashboard.byService) as ServiceId[];
  const statuses = Object.keys(dashboard.byStatus) as CaseStatus[];
  const list = selected ? casesIn(dashboard, selected.bucket, selected) : [];

  return (
    <Stack data-testid="deadlines-dashboard">
      <Group justify="space-between">
        <Title order={3}>{t('title')}</Title>
        <Text size="sm" c="dimmed" data-testid="deadlines-today">
          {t('today', { date: formatDate(dashboard.today, lang) })} ·{' '}
          {t('openCases', { count: dashboard.cases.length })}
        </Text>
      </Group>
      <Group gap="xl">
        {BUCKETS.map((b) => (
          <Stack key={b} gap={2} align="center">
            <Text size="sm">{t(`buckets.${b}`)}</Text>
            {count(dashboard.totals, b, {}, `total-${b}`)}
          </Stack>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('stepLateNote')}
      </Text>

      <Title order={5}>{t('byService')}</Title>
      {services.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="deadlines-all-clear">
          {t('allClear')}
        </Text>
      ) : (
        <CountTable
          rows={services.map((s) => ({
            key: s,
            label: rules.catalogue.services[s].name[lang],
            counts: dashboard.byService[s],
            sel: { serviceId: s },
            id: `service-${s}`,
          }))}
          count={count}
        />
      )}
      {statuses.length > 0 && (
        <>
          <Title order={5}>{t('byStep')}</Title>
          <CountTable
            rows={statuses.map((s) => ({
              key: s,
              label: t(`lifecycle:statuses.${s}`),
              counts: dashboard.byStatus[s],
              sel: { status: s },
              id: `status-${s}`,
            }))}
            count={count}
          />
        </>
      )}

      {selected && (
        <Stack gap="xs" data-testid="deadlines-list">
          <Group justify="space-between">
            <Title order={5}>
              {t(`buckets.${selected.bucket}`)}
              {selected.serviceId && ` · ${rules.catalogue.services[selected.serviceId].name[lang]}`}
              {selected.status && ` · ${t(`lifecycle:statuses.${selected.status}`)}`}
            </Title>
            <Button size="xs" variant="subtle" onClick={() => setSelected(null)}>
              {t('closeList')}
            </Button>
          </Group>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.case')}</Table.Th>
                <Table.Th>{t('columns.service')}</Table.Th>
                <Table.Th>{t('columns.status')}</Table.Th>
                <Table.Th>{t('columns.clocks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr key={c.row.id} data-testid={`deadline-case-${c.row.id}`}>
                  <Table.Td>
                    <Anchor href={`#/deadlines/${c.row.id}`} data-testid={`deadline-link-${c.row.id}`}>
                      {c.row.id}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {c.row.intake.applicant.surname} {c.row.intake.applicant.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{rules.catalogue.services[c.row.serviceId].name[lang]}</Table.Td>
                  <Table.Td>{t(`lifecycle:statuses.${c.row.status}`)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {c.status.clocks.map((k) => (
                        <Group key={k.kind} gap={4}>
                          <Text size="xs">
                            {t(`clocks.${k.kind}`)}: {k.due ? formatDate(k.due, lang) : t('noDate')}
                          </Text>
                          {k.running && <LevelBadge level={k.level} />}
                        </Group>
                      ))}
                      {c.status.steps
                        .filter((s) => s.level === 'overdue')
                        .map((s) => (
                          <Text key={s.clock} size="xs" c="orange">
                            {t('stepLateOf', { clock: t(`lifecycle:clocks.${s.clock}`) })}
                          </Text>
                        ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

interface CountRow {
  key: string;
  label: string;
  counts: Counts | undefined;
  sel: Omit<Selection, 'bucket'>;
  id: string;
}

function CountTable({
  rows,
  count,
}: {
  rows: CountRow[];
  count: (c: Counts | undefined, b: Bucket, sel: Omit<Selection, 'bucket'>, id: string) => React.ReactNode;
}) {
  const { t } = useTranslation('deadlines');
  return (
    <Table withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          {BUCKETS.map((b) => (
            <Table.Th key={b}>{t(`buckets.${b}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.label}</Table.Td>
            {BUCKETS.map((b) => (
              <Table.Td key={b}>{count(r.counts, b, r.sel, `${r.id}-${b}`)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
