import { defineConfig } from 'vite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bench page (tests/bench/page): the renderer's services on the real IndexedDB of Chromium,
// built apart from the app bundle, outside the work tree. scripts/bench.ts passes --outDir.
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('../../shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('../../renderer/src', import.meta.url)),
    },
  },
  logLevel: 'warn',
  build: {
    outDir: join(tmpdir(), 'almaty-social-services-bench', 'page'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
