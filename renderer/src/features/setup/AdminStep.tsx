import { PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountErrors } from '@shared/auth/accounts';
import { PASSPHRASE_MIN } from '../../backup/host';
import type { RecoveryDraft, RecoveryError } from './recovery';

export interface AdminDraft {
  login: string;
  fullName: string;
  password: string;
  passwordRepeat: string;
}

export interface RecoveryProps {
  value: RecoveryDraft;
  onChange: (v: RecoveryDraft) => void;
  error: RecoveryError | null;
}

export function AdminStep({
  value,
  onChange,
  errors,
  recovery,
}: {
  value: AdminDraft;
  onChange: (v: AdminDraft) => void;
  errors: AccountErrors;
  /** Only where the automatic backup exists (Electron). */
  recovery?: RecoveryProps | undefined;
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
      {recovery && (
        <>
          <PasswordInput
            label={t('admin.recovery')}
            description={t('admin.recoveryHint', { min: PASSPHRASE_MIN })}
            autoComplete="new-password"
            value={recovery.value.passphrase}
            onChange={(e) => recovery.onChange({ ...recovery.value, passphrase: e.currentTarget.value })}
            error={recovery.error ? t(recovery.error, { min: PASSPHRASE_MIN }) : undefined}
            data-testid="admin-recovery"
          />
          <PasswordInput
            label={t('admin.recoveryRepeat')}
            autoComplete="new-password"
            value={recovery.value.repeat}
            onChange={(e) => recovery.onChange({ ...recovery.value, repeat: e.currentTarget.value })}
            data-testid="admin-recoveryRepeat"
          />
        </>
      )}
    </Stack>
  );
}
