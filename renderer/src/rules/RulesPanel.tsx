/**
 * Settings → «Правила» (administrators): terms and channels, documents and refusal grounds as
 * overrides over the regulation, and the working calendar's corrections. Every edit is validated
 * over the defaults and shows the rules version it would give; saving writes one audited setting.
 */
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/auth/access';
import { useAuth } from '../auth/AuthProvider';
import { useErrorMessage } from '../ui/errorMessage';
import { CorrectionsEditor } from './CorrectionsEditor';
import { OverridesEditor, versionLabel } from './OverridesEditor';
import { UnverifiedHolidays } from './UnverifiedHolidays';
import { useRules } from './useRules';

export function RulesPanel() {
  const { t } = useTranslation('rules');
  const { user } = useAuth();
  const rules = useRules();
  const describe = useErrorMessage();
  if (!user) return null;
  if (!can(user, 'settings:office')) return <Text>{t('notAllowed')}</Text>;
  if (rules.loading) return <Loader />;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={3}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('hint')}
        </Text>
        <Text data-testid="rules-version">
          {t('version', { version: versionLabel(rules.catalogue.rulesVersion, t('defaults')) })}
        </Text>
        {rules.problems.map((p) => (
          <Alert key={p.setting} color="red" data-testid="rules-problem">
            {t('problem', { setting: t(`settings.${p.setting}`), message: describe(p.cause) })}
          </Alert>
        ))}
      </Stack>
      <OverridesEditor key={rules.catalogue.rulesVersion} rules={rules} actorId={user.id} />
      <UnverifiedHolidays rules={rules} actorId={user.id} />
      <CorrectionsEditor rules={rules} actorId={user.id} />
    </Stack>
  );
}
