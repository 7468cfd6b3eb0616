/** The district office's side: compile a payment request of the ready maslikhat cases, then its list. */
import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { surnameWithInitials } from '@shared/case/intake';
import { formatMoney } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import type { SessionUser } from '../../auth/session';
import {
  useHasActiveKeys,
  usePaymentCandidates,
  useSentPaymentRequests,
  useStore,
  type CaseRow,
  type OfficeConfig,
} from '../../store';
import { sessionKeySets, sessionUnlocked } from '../../registry/identity';
import { CaseCheckbox } from './CaseCheckbox';
import { PaymentRequestList } from './PaymentRequestList';
import { UnlockKeys } from './UnlockKeys';

const applicantOf = (row: CaseRow | undefined) => (row ? surnameWithInitials(row.intake.applicant) : '');
export function DistrictPayments({ office, user }: { office: OfficeConfig; user: SessionUser }) {
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
      <PaymentRequestList views={sent ?? []} side="district" office={office} user={user} />
    </Stack>
  );
}
