/**
 * One place that turns any error the app can meet into a sentence for a person, in their language
 * (issue 11): lifecycle refusals, storage conditions, registry, key and backup refusals, rules that do not fit,
 * schema issues. Anything else gets a generic text; its detail goes to the console, never to the
 * screen (no `String(e)`, no internal key).
 */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { BackupRefusal } from '@shared/backup';
import { CalendarCorrectionError } from '@shared/calendar';
import { OverrideError } from '@shared/catalogue';
import { KeyRefusal } from '@shared/crypto/key-wrap';
import { formatDate } from '@shared/i18n/format';
import { DEFAULT_LANG, isLang, type Lang } from '@shared/i18n/lang';
import { TRANSITION_ERROR_CODES, type TransitionError } from '@shared/lifecycle';
import { RegistryRefusal } from '@shared/registry';
import { storageErrorMessageKey } from '../backup/storageErrors';

const TRANSITION_CODES: ReadonlySet<string> = new Set(TRANSITION_ERROR_CODES);

/** A lifecycle refusal travels as a plain object (shared/lifecycle/errors.ts), not an Error. */
export function isTransitionError(err: unknown): err is TransitionError {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as Partial<TransitionError>;
  return typeof e.code === 'string' && TRANSITION_CODES.has(e.code) && e.messageKey === `errors.${e.code}`;
}

function fieldOf(issue: z.ZodError['issues'][number] | undefined): string {
  return issue ? issue.path.map(String).join('.') : '';
}

/** The message for `err` in `lang`; an error nobody anticipated is logged and gets the generic text. */
export function errorMessage(err: unknown, t: TFunction, lang: Lang): string {
  if (isTransitionError(err)) return t(`lifecycle:${err.messageKey}`);
  const storage = storageErrorMessageKey(err);
  if (storage) return t(storage);
  if (err instanceof RegistryRefusal) return t(`registry:refusal.${err.code}`);
  if (err instanceof KeyRefusal) return t(`registry:keys.${err.code}`);
  if (err instanceof BackupRefusal) return t(`backup:refusal.${err.code}`);
  if (err instanceof z.ZodError) {
    console.warn('Validation failed:', err.issues);
    const field = fieldOf(err.issues[0]);
    return field ? t('common:errors.invalidField', { field }) : t('common:errors.invalidData');
  }
  if (err instanceof OverrideError) {
    console.warn(err.message);
    return t('common:errors.rulesOverride');
  }
  if (err instanceof CalendarCorrectionError) {
    console.warn(err.message);
    const date = /^\d{4}-\d{2}-\d{2}$/.test(err.correction.date)
      ? formatDate(err.correction.date, lang)
      : err.correction.date;
    return t('common:errors.calendarCorrection', { date });
  }
  console.error(err);
  return t('common:errors.unexpected');
}

/** `errorMessage` bound to the current language, for components. */
export function useErrorMessage(): (err: unknown) => string {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
  return useCallback((err: unknown) => errorMessage(err, t, lang), [t, lang]);
}
