import { join } from 'node:path';
import type { PrintResult } from '@shared/ipc/contract';
import type { Logger } from '../logger';

export interface TempFs {
  mkdtemp(prefix: string): Promise<string>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  rm(path: string): Promise<void>;
}

export interface PdfViewerDeps {
  tmpDir: string;
  fs: TempFs;
  /** shell.openPath: resolves to '' on success, else an error message. */
  openPath: (path: string) => Promise<string>;
  logger: Logger;
}

/** A title made safe as a file name on Windows and Linux (the viewer shows it in its title bar). */
export function pdfFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80);
  return `${cleaned || 'document'}.pdf`;
}

/**
 * Printing goes through the system PDF viewer: `webContents.print()` of the app window would print
 * the UI, and Chromium's PDF plugin does not print reliably from a hidden window. The viewer's own
 * print dialog is what the staff already know. Files live in a private temp folder until quit.
 */
export function createPdfViewer(deps: PdfViewerDeps) {
  const dirs: string[] = [];
  return {
    async open(bytes: Uint8Array, title: string): Promise<PrintResult> {
      const dir = await deps.fs.mkdtemp(join(deps.tmpDir, 'almaty-print-'));
      dirs.push(dir);
      const path = join(dir, pdfFileName(title));
      await deps.fs.writeFile(path, bytes);
      const error = await deps.openPath(path);
      if (error) {
        deps.logger.error('PDF viewer did not open', { error });
        return { status: 'failed', reason: error };
      }
      return { status: 'opened' };
    },
    /** Removes every temp folder made; a viewer still holding a file (Windows) only costs a leftover. */
    async cleanup(): Promise<void> {
      for (const dir of dirs.splice(0)) {
        await deps.fs
          .rm(dir)
          .catch((e: unknown) => deps.logger.warn('temp PDF not removed', { dir, error: String(e) }));
      }
    },
  };
}

export type PdfViewer = ReturnType<typeof createPdfViewer>;
