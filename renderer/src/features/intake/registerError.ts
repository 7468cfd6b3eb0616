/** A registration refused by `cases/register.ts`, told in the user's language. */
import type { TFunction } from 'i18next';
import type { RegisterError } from '../../cases/register';
import { fieldLabelKey } from './limits';

export function describeRegisterError(e: RegisterError, t: TFunction): string {
  switch (e.code) {
    case 'lifecycle':
      return t(`register.errors.lifecycle.${e.error.code}`, { defaultValue: t('register.errors.generic') });
    case 'invalid-intake': {
      // Field names in the user's language, never the schema's paths.
      const names = [...new Set(e.paths.map((p) => fieldLabelKey(p)))].map((k) =>
        k ? t(k) : t('register.errors.otherData'),
      );
      return t('register.errors.invalid-intake', { paths: names.join(', ') });
    }
    case 'incomplete':
      return t('register.errors.incomplete', { count: e.missing.length });
    default:
      return t(`register.errors.${e.code}`);
  }
}
