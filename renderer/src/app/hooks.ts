/** Small browser-state hooks shared by the shell's pieces. */
import { useEffect, useState, useSyncExternalStore } from 'react';

/** The current time, refreshed every `intervalMs` so "today" rolls over at midnight. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function subscribeOnline(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** Kept here for the screens; it lives in i18n/ so service folders need not import app/. */
export { useLang } from '../i18n/useLang';
