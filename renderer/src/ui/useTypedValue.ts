import { useEffect, useRef, useState } from 'react';
import type { Parsed } from '@shared/i18n/date-input';

/**
 * Text typed into a formatted field, kept apart from the value the parent holds: a half-typed date
 * stays on screen while the parent sees '' (nothing chosen), and a value set from outside (a reset,
 * a calendar click) replaces the text. The error appears once the person leaves the field.
 */
export function useTypedValue<T extends string>(
  value: T | '',
  onChange: (value: T | '') => void,
  parse: (text: string) => Parsed<T>,
  format: (value: T | '') => string,
) {
  const [text, setText] = useState(() => format(value));
  const [touched, setTouched] = useState(false);
  const emitted = useRef<T | ''>(value);

  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(format(value));
      setTouched(false);
    }
  }, [value, format]);

  const parsed = parse(text);
  const emit = (next: T | '') => {
    emitted.current = next;
    if (next !== value) onChange(next);
  };

  return {
    text,
    invalid: touched && !parsed.ok,
    type(next: string) {
      setText(next);
      const p = parse(next);
      emit(p.ok ? p.value : '');
    },
    blur() {
      setTouched(true);
      if (parsed.ok) setText(format(parsed.value));
    },
    pick(next: T) {
      emit(next);
      setText(format(next));
      setTouched(false);
    },
  };
}
