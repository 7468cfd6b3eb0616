import type { TFunction } from 'i18next';
import type { SignInResult } from '../../auth/session';

/** The user-facing text for a refused sign-in: one text whatever the login (see auth/session). */
export function signInMessage(result: Exclude<SignInResult, { ok: true }>, t: TFunction): string {
  return result.reason === 'disabled' ? t('auth:signIn.disabled') : t('auth:signIn.refused');
}
