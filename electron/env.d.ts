// Defined by Forge's Vite plugin (and by electron/vite.main.config.mts for a plain `npm run build`).
// Read them behind `typeof` checks: a packaged build leaves the dev server URL undefined.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
