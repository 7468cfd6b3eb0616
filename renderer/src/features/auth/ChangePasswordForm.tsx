import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PasswordErrors } from '../../auth/passwords';
// The entry chunk: the account commands only, not the whole store (store/README.md).
import { useAccountStore } from '../../store/account';

const EMPTY = { current: '', password: '', passwordRepeat: '' };

/** The user's own password change: in a modal from the header, or on the forced-change screen. */
export function ChangePasswordForm({
  userId,
  onDone,
  onCancel,
}: {
  userId: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['auth', 'common']);
  const store = useAccountStore();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<PasswordErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await store.changeOwnPassword(userId, form, Date.now());
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      setForm(EMPTY);
      setErrors({});
      notifications.show({ color: 'teal', message: t('password.changed') });
      onDone();
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof typeof EMPTY, error: string | undefined) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
    error: error ? t(error) : undefined,
    'data-testid': `password-${key}`,
  });

  return (
    <Stack component="form" onSubmit={submit} data-testid="change-password-form">
      <PasswordInput
        label={t('fields.currentPassword')}
        autoComplete="current-password"
        autoFocus
        {...field('current', errors.current)}
      />
      <PasswordInput
        label={t('fields.newPassword')}
        description={t('fields.passwordHint')}
        autoComplete="new-password"
        {...field('password', errors.password)}
      />
      <PasswordInput
        label={t('fields.newPasswordRepeat')}
        autoComplete="new-password"
        {...field('passwordRepeat', errors.passwordRepeat)}
      />
      {errors.form && (
        <Alert color="red" role="alert">
          {t(errors.form)}
        </Alert>
      )}
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        )}
        <Button type="submit" loading={busy} data-testid="password-submit">
          {t('password.save')}
        </Button>
      </Group>
    </Stack>
  );
}
