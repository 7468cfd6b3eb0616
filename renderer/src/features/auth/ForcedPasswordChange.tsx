import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import type { SessionUser } from '../../auth/session';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After a reset (or on the administrator's request) nothing else opens until a new password is set. */
export function ForcedPasswordChange({ user }: { user: SessionUser }) {
  const { t } = useTranslation(['auth', 'common']);
  const { signOut } = useAuth();
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="lg" radius="md" w={460} data-testid="forced-password-change">
        <Stack>
          <Title order={2}>{t('password.requiredTitle')}</Title>
          <Text size="sm">{t('password.requiredHint', { name: user.fullName })}</Text>
          {/* The row's live query drops the flag once saved, which leaves this screen. */}
          <ChangePasswordForm userId={user.id} onDone={() => undefined} />
          <Button variant="subtle" onClick={() => signOut()} data-testid="forced-sign-out">
            {t('common:actions.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
