import { useState } from 'react';
import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SECURITY_BOUNDS, type SecurityField, type SecuritySettings } from '@shared/auth/security';
import { formatNumber } from '@shared/i18n/format';
import { useAuth } from '../../auth/AuthProvider';
import { useLang } from '../../app/hooks';
import { useSecurity, useStore } from '../../store';

const FIELDS: SecurityField[] = [
  'maxFailedAttempts',
  'lockoutMinutes',
  'inactivityMinutes',
  'keyTransitDays',
];
type Draft = Record<SecurityField, number | string>;

export function SecurityPanel() {
  const { user } = useAuth();
  const stored = useSecurity();
  if (!stored || !user) return null;
  return <SecurityForm stored={stored} actorId={user.id} />;
}

function SecurityForm({ stored, actorId }: { stored: SecuritySettings; actorId: string }) {
  const { t } = useTranslation(['settings', 'auth']);
  const store = useStore();
  const lang = useLang();
  const [draft, setDraft] = useState<Draft>(stored);
  const [invalid, setInvalid] = useState<SecurityField[]>([]);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const values = Object.fromEntries(FIELDS.map((f) => [f, Number(draft[f])])) as Record<
      SecurityField,
      number
    >;
    const result = await store.saveSecurity(actorId, values, Date.now());
    setInvalid(result.ok ? [] : (result.invalid ?? []));
    setError(!result.ok && result.notAllowed ? t('auth:errors.notAllowed') : null);
    if (result.ok) notifications.show({ color: 'teal', message: t('security.saved') });
  };

  return (
    <Stack maw={520}>
      <Title order={3}>{t('security.title')}</Title>
      {FIELDS.map((f) => (
        <NumberInput
          key={f}
          label={t(`security.${f}`)}
          value={draft[f]}
          onChange={(v) => setDraft({ ...draft, [f]: v })}
          min={SECURITY_BOUNDS[f].min}
          max={SECURITY_BOUNDS[f].max}
          allowDecimal={false}
          clampBehavior="none"
          data-testid={`security-${f}`}
          error={invalid.includes(f) ? t('security.range', SECURITY_BOUNDS[f]) : undefined}
        />
      ))}
      <div>
        <Text size="sm">
          {t('security.iterations')}: {formatNumber(stored.pbkdf2Iterations, lang)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('security.iterationsHint')}
        </Text>
      </div>
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button onClick={() => void save()} data-testid="security-save">
          {t('common:actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
