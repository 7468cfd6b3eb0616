/** The directory's «where to complain» section (digest 3.1 §§21-25), with the 1414 call-centre line. */
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function WhereToComplain() {
  const { t } = useTranslation('complaints');
  return (
    <section aria-labelledby="directory-complaints" data-testid="directory-complaints">
      <Stack gap={4}>
        <Title order={3} id="directory-complaints">
          {t('directory.title')}
        </Title>
        <List size="sm">
          <List.Item>{t('directory.result')}</List.Item>
          <List.Item>{t('directory.service')}</List.Item>
        </List>
        <Text size="sm">{t('directory.written')}</Text>
        <Text size="sm" fw={600}>
          {t('directory.callCenter')}
        </Text>
        <Text size="sm">{t('directory.court')}</Text>
      </Stack>
    </section>
  );
}
