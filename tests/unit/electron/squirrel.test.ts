import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handleSquirrelEvent } from '../../../electron/app/squirrel';

function deps(argv: string[], platform = 'win32') {
  return {
    platform,
    argv,
    execPath: join('C:', 'Users', 'u', 'AppData', 'Local', 'AlmatySocialServices', 'app-0.1.0', 'almaty.exe'),
    run: vi.fn(async () => undefined),
    quit: vi.fn(),
  };
}
const update = join('C:', 'Users', 'u', 'AppData', 'Local', 'AlmatySocialServices', 'Update.exe');

describe('Squirrel installer events', () => {
  it.each([
    ['--squirrel-install', '--createShortcut'],
    ['--squirrel-updated', '--createShortcut'],
    ['--squirrel-uninstall', '--removeShortcut'],
  ])('%s runs Update.exe %s and quits without opening the app', async (event, action) => {
    const d = deps(['almaty.exe', event]);
    expect(handleSquirrelEvent(d)).toBe(true);
    await vi.waitFor(() => expect(d.quit).toHaveBeenCalled());
    expect(d.run).toHaveBeenCalledWith(update, [action, 'almaty.exe']);
  });

  it('quits at once when obsolete', () => {
    const d = deps(['almaty.exe', '--squirrel-obsolete']);
    expect(handleSquirrelEvent(d)).toBe(true);
    expect(d.quit).toHaveBeenCalled();
    expect(d.run).not.toHaveBeenCalled();
  });

  it('starts normally on first run, without arguments and outside Windows', () => {
    for (const d of [
      deps(['almaty.exe', '--squirrel-firstrun']),
      deps(['almaty.exe']),
      deps(['electron', '--squirrel-install'], 'linux'),
    ]) {
      expect(handleSquirrelEvent(d)).toBe(false);
      expect(d.quit).not.toHaveBeenCalled();
    }
  });
});
