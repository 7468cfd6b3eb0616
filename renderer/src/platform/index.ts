import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { webPlatform } from './web-platform';
// Brings the `window.api` declaration into every program that imports the platform.
import type {} from './window-api';

export type { AppInfo, OpenedFile, Platform } from './platform';

let current: Platform | undefined;

/** The host this page runs in: Electron when the preload exposed `window.api`, else the browser. */
export function getPlatform(): Platform {
  current ??= window.api ? electronPlatform(window.api) : webPlatform(window);
  return current;
}

/** Tests and stories substitute a fake host. */
export function setPlatformForTesting(platform: Platform | undefined): void {
  current = platform;
}
