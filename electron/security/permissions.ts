import type { Session } from 'electron';
import type { Logger } from '../logger';
import { isAppUrl, type TrustOptions } from './trusted-url';

/**
 * The only web permissions the app uses, and only for its own origin: copying a case number to the
 * clipboard and asking the browser to keep the database (navigator.storage.persist()).
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write', 'persistent-storage'];

export function isPermissionGranted(permission: string, origin: string, trust: TrustOptions): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isAppUrl(origin, trust);
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** Electron grants every permission unless told otherwise; here everything is denied by default. */
export function installPermissionHandlers(
  session: PermissionSession,
  trust: TrustOptions,
  logger: Logger,
): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const origin = details.requestingUrl ?? webContents.getURL();
    const granted = isPermissionGranted(permission, origin, trust);
    if (!granted) logger.warn('permission request denied', { permission, origin });
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, trust),
  );
  // USB, HID, serial and Bluetooth devices: none are needed (scanners are keyboard wedges).
  session.setDevicePermissionHandler(() => false);
}
