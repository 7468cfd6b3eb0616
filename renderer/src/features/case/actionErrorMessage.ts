/**
 * The message for a refused case-page action (withdraw, cancel, correct), shared by the actions and
 * the correction dialog; a lifecycle refusal goes through the app's error mapper.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionResult } from '../../journal/actions';
import { useErrorMessage } from '../../ui/errorMessage';

export type RefusedAction = Extract<CaseActionResult, { ok: false }>;

export function useActionErrorMessage(): (result: RefusedAction) => string {
  const { t } = useTranslation('journal');
  const describe = useErrorMessage();
  return useCallback(
    (result: RefusedAction) => {
      const e = result.error;
      if (e.code === 'not-found') return t('journal:case.actions.notFound');
      if (e.code === 'invalid-intake')
        return t('journal:case.actions.invalid', {
          fields: e.fields
            .map((f) => t(`journal:case.fieldNames.${f.split('.')[0]}`, { defaultValue: f }))
            .join(', '),
        });
      return describe(e);
    },
    [t, describe],
  );
}
