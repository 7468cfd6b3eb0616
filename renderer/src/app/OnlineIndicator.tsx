import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnline } from './hooks';

/** Information only: nothing in the app waits for the network. */
export function OnlineIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <Tooltip label={t('network.offlineHint')}>
      <Badge
        data-testid="network-status"
        data-online={online}
        color={online ? 'teal' : 'gray'}
        variant="light"
      >
        {online ? t('network.online') : t('network.offline')}
      </Badge>
    </Tooltip>
  );
}
