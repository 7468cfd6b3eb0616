import { basename, dirname, join } from 'node:path';

export interface SquirrelDeps {
  platform: string;
  argv: readonly string[];
  execPath: string;
  /** Starts Update.exe detached; resolves when it exits. */
  run: (command: string, args: string[]) => Promise<void>;
  quit: () => void;
}

/**
 * Squirrel.Windows starts the app with `--squirrel-*` while installing, updating and removing it.
 * The app must then only create or remove its shortcuts and quit, never open its window.
 * Returns true when such an event was handled (the caller must not start the app).
 */
export function handleSquirrelEvent(deps: SquirrelDeps): boolean {
  if (deps.platform !== 'win32') return false;
  const event = deps.argv[1];
  if (!event?.startsWith('--squirrel-')) return false;
  const update = join(dirname(deps.execPath), '..', 'Update.exe');
  const exe = basename(deps.execPath);
  const runThenQuit = (args: string[]) => {
    deps.run(update, args).finally(() => deps.quit());
  };
  switch (event) {
    case '--squirrel-install':
    case '--squirrel-updated':
      runThenQuit(['--createShortcut', exe]);
      return true;
    case '--squirrel-uninstall':
      runThenQuit(['--removeShortcut', exe]);
      return true;
    case '--squirrel-obsolete':
      deps.quit();
      return true;
    default:
      // --squirrel-firstrun: a normal start right after installation.
      return false;
  }
}
