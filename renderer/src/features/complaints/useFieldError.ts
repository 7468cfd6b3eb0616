/** The message of a form field's error code, in the user's language (IIN codes from iin.json). */
import { createElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintFieldError } from '@shared/complaints';

export function useFieldError(): (field: string, code: ComplaintFieldError | undefined) => ReactNode {
  const { t } = useTranslation(['complaints', 'iin']);
  return (field, code) => {
    if (!code) return undefined;
    const text = code.startsWith('iin-') ? t(`iin:errors.${code.slice(4)}`) : t(`complaints:errors.${code}`);
    return createElement('span', { 'data-testid': `c-error-${field}` }, text);
  };
}
