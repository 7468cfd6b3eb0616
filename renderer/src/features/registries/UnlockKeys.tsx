/**
 * Asks for the passphrase that opens the office's keys, once per session: the unwrapped keys stay
 * in memory only (identity.ts) and are forgotten on reload or sign-out.
 */
import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

export function UnlockKeys({ owner, onUnlocked }: { owner: string; onUnlocked: () => void }) {
  const { t } = useTranslation('registries');
  const store = useStore();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await store.unlockKeys(passphrase, owner);
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onUnlocked();
    } else {
      setError(result.code === 'no-keys' ? t('unlock.noKeys') : t(`registry:keys.${result.code}`));
    }
  };

  return (
    <Stack gap="xs" maw={480} data-testid="unlock-keys">
      <Text size="sm">{t('unlock.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Group align="end">
          <PasswordInput
            label={t('unlock.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            data-testid="unlock-passphrase"
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={busy} data-testid="unlock-submit">
            {t('unlock.submit')}
          </Button>
        </Group>
      </form>
      {error ? (
        <Alert color="red" role="alert" data-testid="unlock-error">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
