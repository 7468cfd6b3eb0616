import { defineConfig } from 'vite';
import { buildDir, external, fromRoot, projectRoot, sharedAlias, underForge } from './vite.shared.mjs';

// The main process as one CommonJS file, .vite/build/main.js (package.json "main").
export default defineConfig((env) => ({
  root: projectRoot,
  // Forge defines the renderer globals itself, with the dev server URL during `npm start`;
  // a plain build has no dev server and the renderer name Forge would use.
  define: underForge(env)
    ? {}
    : { MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined', MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window') },
  resolve: { alias: sharedAlias, conditions: ['node'], mainFields: ['module', 'jsnext:main', 'jsnext'] },
  build: {
    outDir: buildDir,
    emptyOutDir: false,
    target: 'node22',
    sourcemap: true,
    copyPublicDir: false,
    lib: { entry: fromRoot('electron/main.ts'), formats: ['cjs'], fileName: () => 'main.js' },
    rollupOptions: { external },
  },
}));
