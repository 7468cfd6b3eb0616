import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import type { OfficeConfig } from '../../store';
import { ClockWarning } from '../../app/ClockWarning';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useLang } from '../../app/hooks';
import { officeShortName, workstationLabel } from '../../app/officeLabels';
import { signInMessage } from './signInMessage';

export function SignInPage({ office }: { office: OfficeConfig }) {
  const { t } = useTranslation(['auth', 'common', 'shell']);
  const lang = useLang();
  const auth = useAuth();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await auth.signIn(login, password);
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
      <Stack w={420}>
        <ClockWarning />
        <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} data-testid="sign-in-form">
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2}>{t('signIn.title')}</Title>
                <Text size="sm" c="dimmed" data-testid="office-name">
                  {t('common:appName')} · {officeShortName(office, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {workstationLabel(office, t)}
                </Text>
              </div>
              <LanguageSwitch persist />
            </Group>
            {auth.endedBecause === 'disabled' && <Alert color="red">{t('signIn.signedOutDisabled')}</Alert>}
            <TextInput
              label={t('fields.login')}
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              autoComplete="username"
              data-testid="sign-in-login"
              autoFocus
              required
            />
            <PasswordInput
              label={t('fields.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              data-testid="sign-in-password"
              required
            />
            {error && (
              <Alert color="red" role="alert" data-testid="sign-in-error">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} data-testid="sign-in-submit">
              {t('signIn.submit')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
