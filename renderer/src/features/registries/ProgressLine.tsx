/** The progress of long registry work (compile, encrypt, write; read, verify, apply) as a bar. */
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Progress as ProgressInfo } from '../../registry/progress';

export function ProgressLine({ progress }: { progress: ProgressInfo | null }) {
  const { t } = useTranslation('registries');
  if (!progress) return null;
  const value = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={2} data-testid="registry-progress">
      <Text size="sm">{t(`progress.${progress.phase}`)}</Text>
      <Progress value={progress.phase === 'done' ? 100 : value} animated={progress.phase !== 'done'} />
    </Stack>
  );
}
