import { defineConfig } from 'vite';
import { buildDir, external, fromRoot, projectRoot, sharedAlias } from './vite.shared.mjs';

// The sandboxed preload as one CommonJS file, .vite/build/preload.js: a sandboxed preload may
// `require` only `electron`, so nothing may be split into chunks.
export default defineConfig({
  root: projectRoot,
  resolve: { alias: sharedAlias },
  build: {
    outDir: buildDir,
    emptyOutDir: false,
    target: 'chrome140',
    sourcemap: 'inline',
    copyPublicDir: false,
    rollupOptions: {
      input: fromRoot('electron/preload.ts'),
      external,
      output: {
        format: 'cjs',
        codeSplitting: false,
        entryFileNames: '[name].js',
        chunkFileNames: '[name].js',
      },
    },
  },
});
