import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/i18n/format';
import type { SessionUser } from '../auth/session';
import { useAuth } from '../auth/AuthProvider';
import type { OfficeConfig } from '../db/types';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { LanguageSwitch } from './LanguageSwitch';
import { OnlineIndicator } from './OnlineIndicator';
import { useLang, useNow } from './hooks';
import { officeShortName, workstationLabel } from './officeLabels';

export function Header({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation(['shell', 'auth', 'common']);
  const { lock, signOut } = useAuth();
  const lang = useLang();
  const now = useNow();
  const [changing, setChanging] = useState(false);
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Stack gap={0}>
        <Text fw={700} data-testid="office-name">
          {officeShortName(office, lang)}
        </Text>
        <Text size="xs" c="dimmed" data-testid="workstation">
          {workstationLabel(office, t)}
        </Text>
      </Stack>
      <Group gap="md" wrap="nowrap">
        <Text size="sm" data-testid="today" title={t('today')}>
          {formatDate(now, lang, 'long')}
        </Text>
        <OnlineIndicator />
        <LanguageSwitch persist actorId={user.id} />
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={600} data-testid="user-name">
            {user.fullName}
          </Text>
          <Text size="xs" c="dimmed" data-testid="user-roles">
            {user.roles.map((r) => t(`auth:roles.${r}`)).join(', ')}
          </Text>
        </Stack>
        <Button variant="subtle" size="xs" onClick={() => setChanging(true)} data-testid="change-password">
          {t('auth:password.change')}
        </Button>
        <Modal opened={changing} onClose={() => setChanging(false)} title={t('auth:password.changeTitle')}>
          <ChangePasswordForm
            userId={user.id}
            onDone={() => setChanging(false)}
            onCancel={() => setChanging(false)}
          />
        </Modal>
        <Button variant="default" size="xs" onClick={lock} data-testid="lock">
          {t('common:actions.lock')}
        </Button>
        <Button variant="light" size="xs" onClick={() => signOut()} data-testid="sign-out">
          {t('common:actions.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
