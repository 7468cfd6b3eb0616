import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../../shared/i18n/format';
import type { Lang } from '../../../../shared/i18n/lang';
import type { SignInResult } from '../../auth/session';

/** The user-facing text for a refused sign-in. */
export function signInMessage(result: Exclude<SignInResult, { ok: true }>, t: TFunction, lang: Lang): string {
  switch (result.reason) {
    case 'invalid':
      return result.attemptsLeft === null
        ? t('auth:signIn.invalid')
        : t('auth:signIn.attemptsLeft', { count: result.attemptsLeft });
    case 'locked':
      return t('auth:signIn.locked', { until: formatDateTime(result.until, lang) });
    case 'disabled':
      return t('auth:signIn.disabled');
  }
}
