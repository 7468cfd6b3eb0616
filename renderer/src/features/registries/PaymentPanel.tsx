/**
 * Заявки на выплату / Төлемге өтінімдер (issue 6, item 9; digest 3.2 §13 steps 5-6). At a district
 * office the responsible specialist compiles a payment request of the assigned maslikhat cases with
 * their amounts, saves the encrypted file for the Управление and prints the list. At the Управление
 * the specialist sees the imported requests (the file is imported on the «Импорт» tab, the same
 * preview → apply pipeline as any registry) and marks each one sent to the Treasury.
 */
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officeByCode } from '@shared/directory/offices';
import type { SessionUser } from '../../auth/session';
import { useReceivedPaymentRequests, type OfficeConfig } from '../../store';
import { DistrictPayments } from './DistrictPayments';
import { PaymentRequestList } from './PaymentRequestList';

export function PaymentPanel({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('payments');
  const type = officeByCode(office.officeCode)?.type;
  if (office.workstation === 'main' && type === 'district')
    return <DistrictPayments office={office} user={user} />;
  if (office.workstation === 'main' && type === 'department')
    return <DepartmentPayments office={office} user={user} />;
  return <Alert color="gray">{t('notHere')}</Alert>;
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
      <PaymentRequestList views={received ?? []} side="department" office={office} user={user} />
    </Stack>
  );
}
