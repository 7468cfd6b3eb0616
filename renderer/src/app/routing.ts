/**
 * Hash routing (`#/settings/users`): a reload keeps the area, and the file:// / app:// build needs
 * no server-side routes.
 */
import { useCallback, useSyncExternalStore } from 'react';

export interface Route {
  area: string | null;
  sub: string | null;
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  return { area: parts[0] ?? null, sub: parts[1] ?? null };
}

export function routeHash(area: string, sub?: string | null): string {
  return sub ? `#/${area}/${sub}` : `#/${area}`;
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): [Route, (area: string, sub?: string | null, replace?: boolean) => void] {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  const navigate = useCallback((area: string, sub?: string | null, replace = false) => {
    const next = routeHash(area, sub);
    if (window.location.hash === next) return;
    if (replace) {
      window.history.replaceState(null, '', next);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = next;
    }
  }, []);
  return [parseHash(hash), navigate];
}
