/**
 * Реестры / Тізілімдер (issue 5): office identity and partner cards, compiling and exporting
 * registries (a desk: its hand-off), importing files with every check shown before anything is
 * written, and the registries sent and received with their custody scans.
 */
import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { useOfficeConfig } from '../../store';
import { IdentityPanel } from './IdentityPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { RegistryList } from './RegistryList';
import { PaymentPanel } from './PaymentPanel';
import { officeTypeOfCode } from '../../workflow/context';

const TABS = ['send', 'receive', 'list', 'payments', 'identity'] as const;
type Tab = (typeof TABS)[number];

export function RegistriesPage({ sub }: { sub: string | null }) {
  const { t } = useTranslation('registries');
  const { t: tp } = useTranslation('payments');
  const { user } = useAuth();
  const office = useOfficeConfig();
  const tab: Tab = (TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'send';
  if (!office || !user) return null;
  // Payment requests (issue 6 item 9): a district office's and the Управление's main workstation.
  const type = officeTypeOfCode(office.officeCode);
  const payments = office.workstation === 'main' && (type === 'district' || type === 'department');
  const tabs = TABS.filter((id) => id !== 'payments' || payments);
  return (
    <Stack gap="md" p="md" data-testid="registries-page">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm">
          {office.workstation === 'desk' ? t('subtitleDesk') : t('subtitle')}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value) window.location.hash = `#/registries/${value}`;
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`registries-tab-${id}`}>
              {id === 'payments'
                ? tp('tab')
                : t(`tabs.${id}${id === 'send' && office.workstation === 'desk' ? 'Desk' : ''}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="send" pt="md">
          <ExportPanel office={office} user={user} />
        </Tabs.Panel>
        <Tabs.Panel value="receive" pt="md">
          {office.workstation === 'desk' ? (
            <Alert color="gray">{t('import.deskNone')}</Alert>
          ) : (
            <ImportPanel office={office} user={user} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="list" pt="md">
          <RegistryList office={office} user={user} />
        </Tabs.Panel>
        {payments ? (
          <Tabs.Panel value="payments" pt="md">
            <PaymentPanel office={office} user={user} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="identity" pt="md">
          <IdentityPanel office={office} user={user} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
