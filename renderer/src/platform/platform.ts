import type { Api, AppInfo } from '@shared/ipc/contract';
import type { Lang } from '@shared/i18n/lang';

export type { AppInfo };

/** The desktop host's backup services: a chosen folder, the daily file, the restore-epoch marker. */
export type BackupHost = Required<
  Pick<
    Api,
    'backupChooseFolder' | 'backupAutoStatus' | 'backupWriteAuto' | 'backupEpochRead' | 'backupEpochRaise'
  >
>;

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What the UI needs from its host. Electron implements it over `window.api`, a plain browser over
 * downloads and `<input type=file>`, so the same screens run (and are tested) in both.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Saves bytes under a suggested file name. 'cancelled' when the user closed the dialog. */
  saveFile(name: string, bytes: Uint8Array, mime: string): Promise<'saved' | 'cancelled'>;
  /**
   * Lets the user pick one file. `accept` uses `<input accept>` syntax: extensions with a dot
   * ('.json') or MIME types ('application/pdf'). Null when the user picked nothing.
   */
  openFile(accept: readonly string[]): Promise<OpenedFile | null>;
  /** Shows the PDF with the host's print facility (system viewer in Electron, browser print on the web). */
  printPdf(bytes: Uint8Array, title: string): Promise<void>;
  savePdf(bytes: Uint8Array, name: string): Promise<'saved' | 'cancelled'>;
  /** Tells the host the interface language (Electron rebuilds its menu); a no-op on the web. */
  setLanguage(lang: Lang): Promise<void>;
  /** The host asks the UI to switch language (Electron's menu). Returns an unsubscribe function. */
  onLanguageRequested(listener: (lang: Lang) => void): () => void;
  /** Present in Electron only; the web build keeps backups as downloads. */
  readonly backup?: BackupHost;
}
