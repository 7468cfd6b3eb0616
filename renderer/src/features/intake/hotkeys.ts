/** Keyboard shortcuts of the intake desk. */
import { useEffect, useLayoutEffect, useRef } from 'react';

/** Alt + a physical key (KeyboardEvent.code), so it works under the Russian and Kazakh layouts. */
export function useHotkey(code: string, handler: () => void, enabled = true) {
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === code) {
        e.preventDefault();
        ref.current();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [code, enabled]);
}
