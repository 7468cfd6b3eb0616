/**
 * Реестры / Тізілімдер (issue 5): office identity and partner cards, compiling and exporting
 * registries (a desk: its hand-off), importing files with every check shown before anything is
 * written, and the registries sent and received with their custody scans.
 */
import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { useDb } from '../../db/DbContext';
import { getSetting } from '../../db/settings';
import { IdentityPanel } from './IdentityPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { RegistryList } from './RegistryList';

const TABS = ['send', 'receive', 'list', 'identity'] as const;
type Tab = (typeof TABS)[number];

export function RegistriesPage({ sub }: { sub: string | null }) {
  const { t } = useTranslation('registries');
  const db = useDb();
  const { user } = useAuth();
  const office = useLiveQuery(() => getSetting(db, 'office'), [db]);
  const tab: Tab = (TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'send';
  if (!office || !user) return null;
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
          {TABS.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`registries-tab-${id}`}>
              {t(`tabs.${id}${id === 'send' && office.workstation === 'desk' ? 'Desk' : ''}`)}
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
        <Tabs.Panel value="identity" pt="md">
          <IdentityPanel office={office} user={user} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
