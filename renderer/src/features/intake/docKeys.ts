/**
 * Keyboard marks in the document check (issue 16, item 7): the digit of a line's number marks its
 * copy as received, Shift + the digit its original as shown; again to unmark. Physical keys
 * (`KeyboardEvent.code`), so it works in both layouts; typing in a text field is left alone.
 */
import { useEffect, useRef } from 'react';

export type DocColumn = 'original' | 'copy';

/** The line number a key stands for ('1'…'9'), or null. */
export function digitOf(code: string): string | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return m ? m[1]! : null;
}

const TYPING = new Set(['text', 'tel', 'search', 'date', 'number', 'email', 'password', 'month']);

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.tagName === 'TEXTAREA' || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && TYPING.has(target.type);
}

export function useDocumentKeys(onToggle: (number: string, column: DocColumn) => void, enabled = true) {
  const ref = useRef(onToggle);
  useEffect(() => {
    ref.current = onToggle;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const n = digitOf(e.code);
      if (!n) return;
      e.preventDefault();
      ref.current(n, e.shiftKey ? 'original' : 'copy');
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
