import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AccountErrors } from '@shared/auth/accounts';
import type { Role } from '@shared/auth/roles';
import { RoleChecks } from './RoleChecks';
import { useStore } from '../../store';

const EMPTY = { login: '', fullName: '', password: '', passwordRepeat: '' };

export function CreateUserModal({
  actorId,
  opened,
  onClose,
}: {
  actorId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['settings', 'auth', 'common']);
  const store = useStore();
  const [form, setForm] = useState(EMPTY);
  const [roles, setRoles] = useState<Role[]>([]);
  const [errors, setErrors] = useState<AccountErrors & { form?: string }>({});
  const [busy, setBusy] = useState(false);

  const close = () => {
    setForm(EMPTY);
    setRoles([]);
    setErrors({});
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await store.createUser(actorId, { ...form, roles }, Date.now());
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      notifications.show({ color: 'teal', message: t('users.created', { login: result.user.login }) });
      close();
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof typeof EMPTY) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
    error: errors[key] ? t(`auth:${errors[key]}`) : undefined,
    'data-testid': `new-user-${key}`,
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
      <Stack component="form" onSubmit={submit}>
        <TextInput
          label={t('auth:fields.login')}
          description={t('auth:fields.loginHint')}
          {...field('login')}
        />
        <TextInput label={t('auth:fields.fullName')} {...field('fullName')} />
        <PasswordInput
          label={t('auth:fields.password')}
          description={t('auth:fields.passwordHint')}
          autoComplete="new-password"
          {...field('password')}
        />
        <PasswordInput
          label={t('auth:fields.passwordRepeat')}
          autoComplete="new-password"
          {...field('passwordRepeat')}
        />
        <RoleChecks
          value={roles}
          onChange={setRoles}
          error={errors.roles ? t(`auth:${errors.roles}`) : undefined}
        />
        {errors.form && <Alert color="red">{t(`auth:${errors.form}`)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="new-user-submit">
            {t('common:actions.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
