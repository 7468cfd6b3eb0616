import { PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountErrors } from '@shared/auth/accounts';

export interface AdminDraft {
  login: string;
  fullName: string;
  password: string;
  passwordRepeat: string;
}

export function AdminStep({
  value,
  onChange,
  errors,
}: {
  value: AdminDraft;
  onChange: (v: AdminDraft) => void;
  errors: AccountErrors;
}) {
  const { t } = useTranslation(['setup', 'auth']);
  const field = (key: keyof AdminDraft) => ({
    value: value[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [key]: e.currentTarget.value }),
    error: errors[key] ? t(`auth:${errors[key]}`) : undefined,
    'data-testid': `admin-${key}`,
  });
  return (
    <Stack>
      <Title order={3}>{t('admin.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('admin.hint')}
      </Text>
      <TextInput
        label={t('auth:fields.login')}
        description={t('auth:fields.loginHint')}
        autoComplete="username"
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
    </Stack>
  );
}
