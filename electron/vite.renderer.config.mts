import { defineConfig, mergeConfig, type UserConfig } from 'vite';
import rendererConfig from '../renderer/vite.config.mjs';
import { fromRoot, underForge } from './vite.shared.mjs';

/**
 * The renderer as Forge builds it. Forge's plugin merges the user config over its own, so
 * renderer/vite.config.mts's outDir (dist/web, for the browser build) would win and the packaged
 * app (which keeps only .vite/) would have no UI. Here the outDir goes back to where main loads it:
 * .vite/renderer/<name>, beside .vite/build.
 */
export default defineConfig((env) => {
  const name = underForge(env)
    ? ((env as { forgeConfigSelf?: { name?: string } }).forgeConfigSelf?.name ?? 'main_window')
    : 'main_window';
  return mergeConfig(rendererConfig as UserConfig, {
    build: { outDir: fromRoot(`.vite/renderer/${name}`), emptyOutDir: true },
  });
});
