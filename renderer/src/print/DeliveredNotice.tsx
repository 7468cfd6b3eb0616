/**
 * Every printed or saved document gets a visible confirmation naming the file, with a "print again"
 * action (issue 16, item 16): one place, called by deliverPdf, so no screen can forget it.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

export interface DeliveredInfo {
  outcome: 'printed' | 'saved';
  fileName: string;
  /** A download in the plain browser; a save dialog in Electron. */
  host: 'web' | 'electron';
  again: () => void;
}

const NOTICE_ID = 'document-delivered';

function DeliveredText({ info }: { info: DeliveredInfo }) {
  const { t } = useTranslation('common');
  const text =
    info.outcome === 'printed'
      ? t('delivered.printed', { name: info.fileName })
      : info.host === 'web'
        ? t('delivered.downloaded', { name: info.fileName })
        : t('delivered.saved', { name: info.fileName });
  return (
    <Stack gap={6} data-testid="delivered-notice">
      <Text size="sm" data-testid="delivered-text">
        {text}
      </Text>
      <Group>
        <Button size="compact-sm" variant="light" onClick={info.again} data-testid="delivered-again">
          {t('delivered.again')}
        </Button>
      </Group>
    </Stack>
  );
}

export function showDelivered(info: DeliveredInfo): void {
  notifications.hide(NOTICE_ID);
  notifications.show({
    id: NOTICE_ID,
    color: 'teal',
    autoClose: 20_000,
    withCloseButton: true,
    message: <DeliveredText info={info} />,
  });
}
