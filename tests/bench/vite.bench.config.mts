import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The bench page (tests/bench/page): the renderer's services on the real IndexedDB of Chromium,
// built apart from the app bundle. scripts/bench.ts passes --outDir (default .bench/page).
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.bench/page', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
