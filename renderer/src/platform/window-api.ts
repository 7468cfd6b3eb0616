import type { Api } from '@shared/ipc/contract';

// The preload puts `api` on window only inside Electron; in a plain browser it is absent.
declare global {
  interface Window {
    api?: Api;
  }
}

export {};
