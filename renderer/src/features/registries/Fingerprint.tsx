/** A card's fingerprint, as digits to read out by phone and as hex. */
import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cardFingerprint, type OfficeCard } from '@shared/registry/identity';

export function Fingerprint({ card, testId }: { card: OfficeCard; testId: string }) {
  const { t } = useTranslation('registries');
  return (
    <Stack gap={2}>
      <Text size="sm">{t('identity.fingerprint')}</Text>
      <Code fz="lg" data-testid={`${testId}-digits`}>
        {cardFingerprint(card, 'digits')}
      </Code>
      <Code data-testid={testId}>{cardFingerprint(card, 'hex')}</Code>
    </Stack>
  );
}
