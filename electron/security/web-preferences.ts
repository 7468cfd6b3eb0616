import type { WebPreferences } from 'electron';

/**
 * The main window's web preferences. Every security-relevant switch is spelled out, even where it is
 * Electron's default, so a future default change or a careless edit shows up in the test.
 */
export function secureWebPreferences(options: { preloadPath: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Packaged builds hide DevTools: staff cannot be talked into pasting code into a console.
    devTools: options.devTools,
  };
}
