import type { BrowserWindow, Dialog } from 'electron';
import { basename, join } from 'node:path';
import type { OpenResult, SaveResult } from '@shared/ipc/contract';
import { MAX_BYTES, type FileFilter } from '@shared/ipc/schemas';

export interface FileSystem {
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  size(path: string): Promise<number>;
}

export interface DialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window the dialog is modal to; null when it is closing. */
  window: () => BrowserWindow | null;
  fs: FileSystem;
  /** Folder a save dialog starts in (the user's Documents). */
  defaultDir: () => string;
  titles: () => { save: string; open: string; allFiles: string };
}

/** Lets the user choose where bytes go; the renderer only suggests a bare file name. */
export async function saveWithDialog(
  deps: DialogDeps,
  request: { suggestedName: string; bytes: Uint8Array; filters: FileFilter[] },
): Promise<SaveResult> {
  const win = deps.window();
  const options = {
    title: deps.titles().save,
    defaultPath: join(deps.defaultDir(), request.suggestedName),
    filters: [...request.filters, { name: deps.titles().allFiles, extensions: ['*'] }],
  };
  const { canceled, filePath } = win
    ? await deps.dialog.showSaveDialog(win, options)
    : await deps.dialog.showSaveDialog(options);
  if (canceled || !filePath) return { status: 'cancelled' };
  await deps.fs.writeFile(filePath, request.bytes);
  return { status: 'saved', path: filePath };
}

/** Lets the user pick one file and returns its bytes; the renderer never learns other paths. */
export async function openWithDialog(
  deps: DialogDeps,
  request: { filters: FileFilter[] },
): Promise<OpenResult> {
  const win = deps.window();
  const options = {
    title: deps.titles().open,
    properties: ['openFile' as const],
    filters:
      request.filters.length > 0 ? request.filters : [{ name: deps.titles().allFiles, extensions: ['*'] }],
  };
  const { canceled, filePaths } = win
    ? await deps.dialog.showOpenDialog(win, options)
    : await deps.dialog.showOpenDialog(options);
  const path = filePaths[0];
  if (canceled || !path) return { status: 'cancelled' };
  // Checked before reading so a huge file cannot exhaust main's memory.
  if ((await deps.fs.size(path)) > MAX_BYTES) throw new Error(`file larger than ${MAX_BYTES} bytes`);
  return { status: 'opened', name: basename(path), bytes: await deps.fs.readFile(path) };
}
