/** Payment requests as a table: print, save the file again (district), mark sent to the Treasury (Управление). */
import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { officeByCode } from '@shared/directory/offices';
import { formatDate, formatMoney } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import type { SessionUser } from '../../auth/session';
import { useStore, type OfficeConfig } from '../../store';
import type { PaymentRequestView } from '../../registry/paymentRequest';
import { saveRegistryFile } from './ExportPanel';

export function PaymentRequestList({
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
