import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Fuses are flipped in the Electron binary at package time; code cannot turn them back on.
 * No running as plain Node, no NODE_OPTIONS or --inspect to inject code, the app only from its
 * asar archive and that archive checked against its embedded hash, cookies encrypted at rest.
 * The app is served from app://, so file:// keeps no extra privileges either.
 */
export const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

/** Forge's Vite plugin: main and preload from electron/, the renderer as `main_window`. */
export const vite = {
  build: [
    { entry: 'electron/main.ts', config: 'electron/vite.main.config.mts', target: 'main' as const },
    { entry: 'electron/preload.ts', config: 'electron/vite.preload.config.mts', target: 'preload' as const },
  ],
  // electron/vite.renderer.config.mts is renderer/vite.config.mts with the output moved to .vite/renderer/main_window.
  renderer: [{ name: 'main_window', config: 'electron/vite.renderer.config.mts' }],
};

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    executableName: 'almaty-social-services',
  },
  rebuildConfig: {},
  makers: [
    // NuGet refuses empty <authors> and Debian needs a Maintainer; keep them in step with package.json.
    new MakerSquirrel({ name: 'AlmatySocialServices', authors: 'Almaty Social Services' }),
    new MakerZIP({}, ['linux']),
    new MakerDeb({
      options: {
        name: 'almaty-social-services',
        maintainer: 'Almaty Social Services',
        categories: ['Office'],
      },
    }),
  ],
  plugins: [new VitePlugin(vite), new FusesPlugin(fuses)],
};

export default config;
