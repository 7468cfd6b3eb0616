import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../shared/auth/access';

/** An honest placeholder for areas later issues build; no sample data. */
export function NotAvailable({ area }: { area: Area }) {
  const { t } = useTranslation('shell');
  return (
    <Alert
      color="gray"
      title={t('notAvailable.title', { area: t(`areas.${area}`) })}
      data-testid="not-available"
    >
      {t('notAvailable.body')}
    </Alert>
  );
}
