/**
 * A text given in both interface languages, typed as a pair: Russian and Kazakh side by side (refusal
 * grounds, calendar reasons). Renders the two fields only, so the caller's layout places them.
 */
import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Lang } from '@shared/i18n/lang';

export type Bilingual = Record<Lang, string>;

export const EMPTY_BILINGUAL: Bilingual = { ru: '', kk: '' };

/** Both languages typed (not just spaces). */
export const isBilingualFilled = (v: Bilingual) => v.ru.trim() !== '' && v.kk.trim() !== '';

interface Props {
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  labels: Record<Lang, ReactNode>;
  /** Each field gets `${testIdPrefix}-ru` / `-kk`. */
  testIdPrefix?: string;
}

export function BilingualTextInput({ value, onChange, labels, testIdPrefix }: Props) {
  const field = (lang: Lang) => (
    <TextInput
      label={labels[lang]}
      data-testid={testIdPrefix ? `${testIdPrefix}-${lang}` : undefined}
      value={value[lang]}
      onChange={(e) => onChange({ ...value, [lang]: e.currentTarget.value })}
    />
  );
  return (
    <>
      {field('ru')}
      {field('kk')}
    </>
  );
}
