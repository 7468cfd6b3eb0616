/**
 * Заявки на выплату / Төлемге өтінімдер (issue 6, item 9; digest 3.2 §13 steps 5-6). At a district
 * office the responsible specialist compiles a payment request of the assigned maslikhat cases with
 * their amounts, saves the encrypted file for the Управление and prints the list. At the Управление
 * the specialist sees the imported requests (the file is imported on the «Импорт» tab, the same
 * preview → apply pipeline as any registry) and marks each one sent to the Treasury.
 */
import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { surnameWithInitials } from '@shared/case/intake';
import { officeByCode } from '@shared/directory/offices';
import { formatDate, formatMoney } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import type { SessionUser } from '../../auth/session';
import {
  useHasActiveKeys,
  usePaymentCandidates,
  useReceivedPaymentRequests,
  useSentPaymentRequests,
  useStore,
  type CaseRow,
  type OfficeConfig,
} from '../../store';
import { sessionKeySets, sessionUnlocked } from '../../registry/identity';
import type { PaymentRequestView } from '../../registry/paymentRequest';
import { saveRegistryFile } from './ExportPanel';
import { CaseCheckbox } from './CaseCheckbox';
import { UnlockKeys } from './UnlockKeys';

export function PaymentPanel({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('payments');
  const type = officeByCode(office.officeCode)?.type;
  if (office.workstation === 'main' && type === 'district')
    return <DistrictPayments office={office} user={user} />;
  if (office.workstation === 'main' && type === 'department')
    return <DepartmentPayments office={office} user={user} />;
  return <Alert color="gray">{t('notHere')}</Alert>;
}

const applicantOf = (row: CaseRow | undefined) => (row ? surnameWithInitials(row.intake.applicant) : '');

function DistrictPayments({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('payments');
  const store = useStore();
  const lang = useLang();
  const [unlocked, setUnlocked] = useState(sessionUnlocked(user.id));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const hasKeys = useHasActiveKeys();
  const candidates = usePaymentCandidates(office);
  const sent = useSentPaymentRequests();

  if (!user.roles.includes('responsible-specialist')) return <Alert color="gray">{t('district.role')}</Alert>;
  if (hasKeys === false) return <Alert color="yellow">{t('noKeys')}</Alert>;
  if (!unlocked) return <UnlockKeys owner={user.id} onUnlocked={() => setUnlocked(true)} />;

  const ready = candidates?.ready ?? [];
  const chosen = ready.filter((c) => !excluded.has(c.id));
  const chosenTotal = chosen.reduce((tiyn, c) => tiyn + Math.round((c.state.amount ?? 0) * 100), 0) / 100;

  const run = async () => {
    if (busy) return;
    const keys = sessionKeySets(user.id)[0];
    if (!keys) {
      setUnlocked(false);
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await store.compilePaymentRequest({
      office,
      user,
      caseIds: chosen.map((c) => c.id),
      keys,
      now: new Date(),
    });
    setBusy(false);
    if (!result.ok) {
      setError(t(`errors.${result.error}`, { caseId: result.caseId ? formatCaseNumber(result.caseId) : '' }));
      return;
    }
    setExcluded(new Set());
    setDone(
      t('district.done', {
        number: result.registry.registryNumber,
        count: result.registry.caseIds.length,
        amount: formatMoney(result.total, lang),
      }),
    );
  };

  return (
    <Stack gap="md" data-testid="payment-panel" data-side="district">
      <div>
        <Title order={4}>{t('district.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('district.intro')}
        </Text>
      </div>
      {candidates && ready.length === 0 ? (
        <Alert color="gray" data-testid="payment-empty">
          {t('district.empty')}
        </Alert>
      ) : null}
      {ready.length > 0 ? (
        <Table striped withTableBorder data-testid="payment-candidates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('columns.case')}</Table.Th>
              <Table.Th>{t('columns.recipient')}</Table.Th>
              <Table.Th ta="right">{t('columns.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ready.map((c) => (
              <Table.Tr key={c.id} data-testid={`payment-case-${c.id}`}>
                <Table.Td>
                  <CaseCheckbox id={c.id} excluded={excluded} onExcluded={setExcluded} />
                </Table.Td>
                <Table.Td>{formatCaseNumber(c.id)}</Table.Td>
                <Table.Td>{applicantOf(c)}</Table.Td>
                <Table.Td ta="right">{formatMoney(c.state.amount ?? 0, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {ready.length > 0 ? (
        <Group>
          <Button
            onClick={() => void run()}
            loading={busy}
            disabled={chosen.length === 0}
            data-testid="payment-compile"
          >
            {t('district.compile', { count: chosen.length })}
          </Button>
          <Text fw={600} data-testid="payment-chosen-total">
            {t('district.total', { amount: formatMoney(chosenTotal, lang) })}
          </Text>
        </Group>
      ) : null}
      {(candidates?.leftOut.length ?? 0) > 0 ? (
        <Stack gap={4} data-testid="payment-left-out">
          <Text fw={600}>{t('district.leftOutTitle')}</Text>
          {candidates!.leftOut.map((l) => (
            <Text
              key={l.row.id}
              size="sm"
              data-testid={`payment-left-out-${l.row.id}`}
              data-reason={l.reason}
            >
              {formatCaseNumber(l.row.id)} · {applicantOf(l.row)} — {t(`reason.${l.reason}`)}
            </Text>
          ))}
        </Stack>
      ) : null}
      {error ? (
        <Alert color="red" role="alert" data-testid="payment-error">
          {error}
        </Alert>
      ) : null}
      {done ? (
        <Alert color="green" data-testid="payment-done">
          {done}
        </Alert>
      ) : null}
      <RequestList views={sent ?? []} side="district" office={office} user={user} />
    </Stack>
  );
}

function DepartmentPayments({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('payments');
  const received = useReceivedPaymentRequests();
  if (!user.roles.includes('department-specialist'))
    return <Alert color="gray">{t('department.role')}</Alert>;
  return (
    <Stack gap="md" data-testid="payment-panel" data-side="department">
      <div>
        <Title order={4}>{t('department.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('department.intro')}
        </Text>
      </div>
      {received && received.length === 0 ? <Alert color="gray">{t('department.empty')}</Alert> : null}
      <RequestList views={received ?? []} side="department" office={office} user={user} />
    </Stack>
  );
}

function RequestList({
  views,
  side,
  office,
  user,
}: {
  views: PaymentRequestView[];
  side: 'district' | 'department';
  office: OfficeConfig;
  user: SessionUser;
}) {
  const { t } = useTranslation('payments');
  const store = useStore();
  const lang = useLang();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  if (views.length === 0) return null;

  const print = async (view: PaymentRequestView) => {
    setMessage(null);
    try {
      await store.printPaymentList(view, lang, t('listTitle', { number: view.registry.registryNumber }));
    } catch {
      setMessage({ color: 'red', text: t('errors.print') });
    }
  };

  const treasury = async (view: PaymentRequestView) => {
    if (busy) return;
    setBusy(view.registry.id);
    setMessage(null);
    const result = await store.markSentToTreasury({
      office,
      user,
      registryId: view.registry.id,
      now: new Date(),
    });
    setBusy(null);
    setMessage(
      result.ok
        ? {
            color: 'green',
            text: t('department.treasuryDone', {
              number: view.registry.registryNumber,
              count: result.sent.length,
            }),
          }
        : {
            color: 'red',
            text: t(`errors.${result.error}`, {
              caseId: result.caseId ? formatCaseNumber(result.caseId) : '',
            }),
          },
    );
  };

  const statusOf = (view: PaymentRequestView) =>
    side === 'district' ? 'sent' : view.pending.length > 0 ? 'pending' : 'treasury';

  return (
    <Stack gap="sm">
      {side === 'district' ? <Title order={5}>{t('district.sentTitle')}</Title> : null}
      {message ? (
        <Alert color={message.color} data-testid="payment-message">
          {message.text}
        </Alert>
      ) : null}
      <Table striped withTableBorder data-testid="payment-requests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.number')}</Table.Th>
            {side === 'department' ? <Table.Th>{t('columns.from')}</Table.Th> : null}
            <Table.Th>{t('columns.date')}</Table.Th>
            <Table.Th ta="right">{t('columns.count')}</Table.Th>
            <Table.Th ta="right">{t('columns.total')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {views.map((view) => {
            const status = statusOf(view);
            const from = officeByCode(view.registry.senderOfficeCode);
            return (
              <Table.Tr
                key={view.registry.id}
                data-testid={`payment-request-${view.registry.registryNumber}`}
                data-status={status}
              >
                <Table.Td>{view.registry.registryNumber}</Table.Td>
                {side === 'department' ? (
                  <Table.Td>{from ? from.name[lang] : view.registry.senderOfficeCode}</Table.Td>
                ) : null}
                <Table.Td>{formatDate(view.registry.createdAt, lang)}</Table.Td>
                <Table.Td ta="right">{view.cases.length}</Table.Td>
                <Table.Td ta="right" data-testid="payment-request-total">
                  {formatMoney(view.total, lang)}
                </Table.Td>
                <Table.Td data-testid="payment-request-status">{t(`status.${status}`)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void print(view)}
                      data-testid="payment-print"
                    >
                      {t('print')}
                    </Button>
                    {side === 'district' ? (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => void saveRegistryFile(view.registry, lang)}
                        data-testid="payment-save-file"
                      >
                        {t('saveFile')}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        onClick={() => void treasury(view)}
                        loading={busy === view.registry.id}
                        disabled={view.pending.length === 0}
                        data-testid="payment-treasury"
                      >
                        {t('department.treasury')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
