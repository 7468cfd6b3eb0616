import ViteConfigGenerator from '@electron-forge/plugin-vite/dist/ViteConfig';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vite } from '../../../forge.config';

// Forge's Vite plugin merges our configs over its own; these checks resolve them exactly as
// @electron-forge/plugin-vite does, so a packaged app finds main, preload and the UI where main looks.

const root = join(__dirname, '..', '..', '..');

describe('Forge build configuration', () => {
  it('builds main and preload as CommonJS into .vite/build with Electron and Node external', async () => {
    const [main, preload] = await new ViteConfigGenerator(vite, root, true).getBuildConfigs();
    expect(main?.build?.outDir).toBe(join(root, '.vite', 'build'));
    expect(preload?.build?.outDir).toBe(join(root, '.vite', 'build'));
    const lib = main?.build?.lib;
    expect(lib && lib.formats).toEqual(['cjs']);
    const output = preload?.build?.rollupOptions?.output;
    expect(Array.isArray(output) ? undefined : output?.format).toBe('cjs');
    for (const c of [main, preload]) {
      const external = c?.build?.rollupOptions?.external as (string | RegExp)[];
      for (const id of ['electron', 'node:fs', 'path'])
        expect(external.some((e) => (typeof e === 'string' ? e === id : e.test(id)))).toBe(true);
    }
    // Forge supplies the renderer globals itself; our plain-build defaults must not override them.
    expect(main?.define).toMatchObject({ MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window') });
  }, 30_000);

  it('puts the renderer where main loads it (.vite/renderer/main_window), not in dist/web', async () => {
    const [renderer] = await new ViteConfigGenerator(vite, root, true).getRendererConfig();
    expect(renderer?.build?.outDir).toBe(join(root, '.vite', 'renderer', 'main_window'));
    expect(renderer?.base).toBe('./');
  }, 30_000);
});
