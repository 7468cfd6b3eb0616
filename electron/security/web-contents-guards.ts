import type { WebContents } from 'electron';
import type { Logger } from '../logger';
import { isAppUrl, isSafeExternalUrl, type TrustOptions } from './trusted-url';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface GuardDeps {
  trust: TrustOptions;
  /** shell.openExternal; called only for allow-listed https links. */
  openExternal: (url: string) => Promise<void>;
  logger: Logger;
}

/** Hands an allow-listed https link to the system browser; anything else is only logged. */
function openOutside(url: string, deps: GuardDeps): void {
  if (!isSafeExternalUrl(url)) {
    deps.logger.warn('external link refused', { url });
    return;
  }
  deps
    .openExternal(url)
    .catch((e: unknown) => deps.logger.error('openExternal failed', { url, error: String(e) }));
}

/**
 * Applied to every webContents the app creates (app 'web-contents-created'): the page never
 * navigates away from the app, never opens windows, and never attaches a <webview>.
 */
export function guardWebContents(contents: GuardedContents, deps: GuardDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, deps.trust)) return;
    event.preventDefault();
    openOutside(url, deps);
  });
  contents.on('will-redirect', (event, url) => {
    if (isAppUrl(url, deps.trust)) return;
    event.preventDefault();
    deps.logger.warn('redirect refused', { url });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.logger.warn('webview refused');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, deps);
    return { action: 'deny' };
  });
}
