import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import type { SessionUser } from '../../auth/session';
import { signInMessage } from './signInMessage';

/** Only the same user's password unlocks; anyone else signs the session out first. */
export function LockScreen({ user, reason }: { user: SessionUser; reason: 'manual' | 'inactivity' }) {
  const { t } = useTranslation(['auth', 'common']);
  const auth = useAuth();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await auth.unlock(password);
      if (!result.ok) {
        setError(signInMessage(result, t));
        setPassword('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper
        withBorder
        p="lg"
        radius="md"
        w={420}
        component="form"
        onSubmit={submit}
        data-testid="lock-screen"
      >
        <Stack>
          <Title order={2}>{t('lock.title')}</Title>
          {reason === 'inactivity' && <Text size="sm">{t('lock.inactivity')}</Text>}
          <Text size="sm" c="dimmed">
            {t('lock.hint', { name: user.fullName })}
          </Text>
          <PasswordInput
            label={t('fields.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            data-testid="unlock-password"
            autoFocus
            required
          />
          {error && (
            <Alert color="red" role="alert" data-testid="sign-in-error">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} data-testid="unlock-submit">
            {t('lock.unlock')}
          </Button>
          <Button variant="subtle" onClick={() => auth.signOut()} data-testid="switch-user">
            {t('lock.switchUser')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
