/** Small form pieces of the intake screen: text, date and select fields bound to a form path. */
import { NativeSelect, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/DateInput';
import type { LocalDate } from '@shared/time/almaty';
import { LIVE_ERROR_KEYS } from './limits';
import type { FieldError } from './model';

export const testId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/**
 * The first message for a path, translated; undefined when the field is fine or errors are hidden.
 * The schema's limits show as typed, before any "Next".
 */
/** A field's error text by its path, or undefined (see useErrorText). */
export type ErrorText = (path: string) => string | undefined;

export function useErrorText(errors: FieldError[], show: boolean): ErrorText {
  const { t } = useTranslation(['intake', 'iin']);
  return (path: string): string | undefined => {
    const e = errors.find((x) => x.path === path && (show || LIVE_ERROR_KEYS.includes(x.key)));
    return e ? t(e.key, e.params) : undefined;
  };
}

export function TextField(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  type?: string;
  autoFocus?: boolean;
  maxLength?: number;
  inputMode?: 'numeric' | 'tel' | 'text';
  readOnly?: boolean;
}) {
  return (
    <TextInput
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error}
      description={props.description}
      required={props.required}
      type={props.type ?? 'text'}
      autoFocus={props.autoFocus}
      maxLength={props.maxLength}
      inputMode={props.inputMode}
      readOnly={props.readOnly}
      data-testid={testId(props.path)}
      autoComplete="off"
    />
  );
}

/** A date bound to a form path: the UI kit's ru/kk date field, never the browser's mm/dd/yyyy one. */
export function DateField(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  /** Derived elsewhere (the IIN): shown, not typed. */
  readOnly?: boolean;
}) {
  return (
    <DateInput
      label={props.label}
      value={props.value as LocalDate | ''}
      onChange={props.onChange}
      error={props.error}
      description={props.description}
      required={props.required}
      disabled={props.readOnly}
      data-testid={testId(props.path)}
    />
  );
}

export function SelectField(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
  description?: ReactNode;
  placeholder?: string;
  required?: boolean;
  autoFocus?: boolean;
}) {
  const data = props.placeholder
    ? [{ value: '', label: props.placeholder }, ...props.options]
    : props.options;
  return (
    <NativeSelect
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={data}
      error={props.error}
      description={props.description}
      required={props.required}
      autoFocus={props.autoFocus}
      data-testid={testId(props.path)}
    />
  );
}
