import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ConfigEnv } from 'vite';

// Settings the main and preload builds share, whether Vite runs them alone (`npm run build`)
// or Forge's Vite plugin merges them under its own (`npm start`, `npm run make`).

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** `@shared/…` imports resolve to the pure domain folder (tsconfig.base.json `paths`). */
export const sharedAlias = { '@shared': fromRoot('shared') };

/** Where package.json "main" points (.vite/build/main.js) and where Forge packs from. */
export const buildDir = fromRoot('.vite/build');

/** Electron and Node built-ins stay `require` calls; everything else is bundled. */
export const external = ['electron', /^electron\//, ...builtinModules.flatMap((m) => [m, `node:${m}`])];

/** Forge adds `forgeConfig` to the env it passes; plain Vite does not. */
export function underForge(env: ConfigEnv): boolean {
  return 'forgeConfig' in env;
}
