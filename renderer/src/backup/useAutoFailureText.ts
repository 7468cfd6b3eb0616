/** Why an automatic backup was not saved, in the user's language (for `backup:auto.failed`). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../ui/errorMessage';
import type { AutoRunResult } from './autoBackup';

export function useAutoFailureText(): (r: Extract<AutoRunResult, { status: 'failed' }>) => string {
  const { t } = useTranslation('backup');
  const describe = useErrorMessage();
  return useCallback(
    (r) => {
      // The host's own words (an OS error) go to the console; the person gets the translated reason.
      console.warn('Automatic backup failed:', r.message);
      return r.error === undefined ? t('auto.writeFailed') : describe(r.error);
    },
    [t, describe],
  );
}
