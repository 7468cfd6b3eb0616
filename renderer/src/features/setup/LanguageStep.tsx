import { Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang } from '@shared/i18n/lang';
import { applyLanguage } from '../../i18n/language';
import { useLang } from '../../app/hooks';

/** Switching here re-renders the whole wizard in the chosen language at once. */
export function LanguageStep() {
  const { t, i18n } = useTranslation(['setup', 'common']);
  const lang = useLang();
  return (
    <Stack>
      <Title order={3}>{t('language.title')}</Title>
      <Radio.Group value={lang} onChange={(v) => isLang(v) && void applyLanguage(i18n, v)}>
        <Stack gap="xs">
          {LANGS.map((l) => (
            <Radio key={l} value={l} label={t(`common:languages.${l}`)} data-testid={`lang-${l}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('language.hint')}
      </Text>
    </Stack>
  );
}
