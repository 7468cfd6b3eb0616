import type { App } from 'electron';
import { createAutoBackup, type AutoBackup } from '../backup/auto-backup';
import { nodeBackupFs } from '../backup/node-fs';
import { consoleLogger } from '../logger';
import type { AppInfo } from '@shared/ipc/contract';
import type { Lang } from '@shared/i18n/lang';
import { openWithDialog, saveWithDialog, type DialogDeps } from '../files/dialogs';
import type { PdfViewer } from '../print/pdf-viewer';
import type { Handlers } from './handle';

export interface HandlerDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'isPackaged' | 'getPath'>;
  platform: string;
  electronVersion: string;
  dialogs: DialogDeps;
  pdfViewer: Pick<PdfViewer, 'open'>;
  setLanguage: (lang: Lang) => void;
  /** Automatic backups and the restore-epoch marker; by default in the user-data folder on disk. */
  backup?: AutoBackup;
}

function defaultBackup(deps: HandlerDeps): AutoBackup {
  return createAutoBackup({
    userDataDir: () => deps.app.getPath('userData'),
    fs: nodeBackupFs,
    dialog: deps.dialogs.dialog,
    window: deps.dialogs.window,
    title: () => deps.dialogs.titles().open,
    logger: consoleLogger,
  });
}

function platformOf(p: string): AppInfo['platform'] {
  return p === 'win32' || p === 'linux' || p === 'darwin' ? p : 'other';
}

/** What each channel does once its sender and arguments have been checked (see handle.ts). */
export function createHandlers(deps: HandlerDeps): Handlers {
  const backup = deps.backup ?? defaultBackup(deps);
  return {
    'app:info': () => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      platform: platformOf(deps.platform),
      isPackaged: deps.app.isPackaged,
      electronVersion: deps.electronVersion,
    }),
    'file:save': (req) => saveWithDialog(deps.dialogs, req),
    'file:open': (req) => openWithDialog(deps.dialogs, req),
    'pdf:print': (req) => deps.pdfViewer.open(req.bytes, req.title),
    'pdf:save': (req) =>
      saveWithDialog(deps.dialogs, {
        suggestedName: req.suggestedName,
        bytes: req.bytes,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    'app:set-language': (lang) => deps.setLanguage(lang),
    'backup:choose-folder': () => backup.chooseFolder(),
    'backup:auto-status': () => backup.status(),
    'backup:write-auto': (req) => backup.writeAuto(req.bytes, req.createdAt),
    'backup:epoch-read': (req) => backup.readEpoch(req.officeCode, req.deskCode),
    'backup:epoch-raise': (req) => backup.raiseEpoch(req.officeCode, req.deskCode, req.epoch),
  };
}
