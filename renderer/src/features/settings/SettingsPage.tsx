import { Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../app/routing';
import { RulesPanel } from '../../rules/RulesPanel';
import { ComplaintRulesPanel } from '../complaints/ComplaintRulesPanel';
import { BackupPanel } from './BackupPanel';
import { FormatsPanel } from './FormatsPanel';
import { OfficePanel } from './OfficePanel';
import { SecurityPanel } from './SecurityPanel';
import { UsersPanel } from './UsersPanel';

const TABS = ['users', 'office', 'security', 'formats', 'backup', 'rules'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: unknown): v is Tab => typeof v === 'string' && (TABS as readonly string[]).includes(v);

/** Настройки; the tab is part of the address (#/settings/security) so a reload stays on it. */
export function SettingsPage({ tab }: { tab: string | null }) {
  const { t } = useTranslation(['settings', 'shell', 'backup', 'rules']);
  const [, navigate] = useRoute();
  const current: Tab = isTab(tab) ? tab : 'users';
  return (
    <>
      <Title order={2} mb="md">
        {t('shell:areas.settings')}
      </Title>
      <Tabs value={current} onChange={(v) => isTab(v) && navigate('settings', v)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((id) => (
            <Tabs.Tab key={id} value={id}>
              {id === 'backup' ? t('backup:tab') : id === 'rules' ? t('rules:tab') : t(`tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="office" pt="md">
          <OfficePanel />
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <SecurityPanel />
        </Tabs.Panel>
        <Tabs.Panel value="formats" pt="md">
          <FormatsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="backup" pt="md">
          <BackupPanel />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <RulesPanel />
          <ComplaintRulesPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
