import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PasswordErrors } from '../../auth/passwords';
import { useStore, type UserRow } from '../../store';

/** The administrator's reset of a forgotten password: a temporary one, to be replaced at sign-in. */
export function ResetPasswordModal({
  actorId,
  user,
  onClose,
}: {
  actorId: string;
  user: UserRow;
  onClose: () => void;
}) {
  const { t } = useTranslation(['settings', 'auth', 'common']);
  const store = useStore();
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [mustChange, setMustChange] = useState(true);
  const [errors, setErrors] = useState<PasswordErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await store.resetPassword(
        actorId,
        user.id,
        { password, passwordRepeat, mustChange },
        Date.now(),
      );
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      notifications.show({ color: 'teal', message: t('users.resetDone', { login: user.login }) });
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.fullName })}>
      <Stack component="form" onSubmit={submit} data-testid="reset-password-form">
        <Text size="sm">{t('users.resetHint')}</Text>
        <PasswordInput
          label={t('auth:fields.password')}
          description={t('auth:fields.passwordHint')}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password ? t(`auth:${errors.password}`) : undefined}
          data-testid="reset-password"
          autoFocus
        />
        <PasswordInput
          label={t('auth:fields.passwordRepeat')}
          autoComplete="new-password"
          value={passwordRepeat}
          onChange={(e) => setPasswordRepeat(e.currentTarget.value)}
          error={errors.passwordRepeat ? t(`auth:${errors.passwordRepeat}`) : undefined}
          data-testid="reset-passwordRepeat"
        />
        <Checkbox
          label={t('users.resetMustChange')}
          checked={mustChange}
          onChange={(e) => setMustChange(e.currentTarget.checked)}
          data-testid="reset-must-change"
        />
        {errors.form && <Alert color="red">{t(`auth:${errors.form}`)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="reset-submit">
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
