import type { z } from 'zod';
import type { Lang } from '../i18n/lang';
import {
  backupWriteAutoSchema,
  epochMarkerKeySchema,
  epochMarkerRaiseSchema,
  fileOpenRequestSchema,
  fileSaveRequestSchema,
  langSchema,
  noArgsSchema,
  pdfPrintRequestSchema,
  pdfSaveRequestSchema,
} from './schemas';

/** What the renderer may know about the running app. No paths: the data folder stays main's business. */
export interface AppInfo {
  name: string;
  version: string;
  platform: 'win32' | 'linux' | 'darwin' | 'other';
  isPackaged: boolean;
  electronVersion: string;
}

export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };
export type OpenResult = { status: 'opened'; name: string; bytes: Uint8Array } | { status: 'cancelled' };
/**
 * The PDF goes to the system viewer, whose print dialog the user drives; main cannot know whether
 * a page came out, only whether the viewer opened.
 */
/** The automatic backup folder as main keeps it; the renderer shows the path, never chooses it. */
export interface AutoBackupStatus {
  folder: string | null;
  /** When the last automatic backup was written (epoch ms), null before the first. */
  lastWrittenAt: number | null;
  /** How many automatic backups are kept in the folder. */
  keep: number;
}
export type ChooseFolderResult = { status: 'chosen'; folder: string } | { status: 'cancelled' };
export type AutoWriteResult =
  | { status: 'written'; name: string; removed: number }
  | { status: 'failed'; reason: 'no-folder' | 'write-failed'; message?: string };

export type PrintResult = { status: 'opened' } | { status: 'failed'; reason: string };

/**
 * Request channels (`domain:action`): the zod schema of the single argument and the result type.
 * The schema is the source of the argument type, so validation and typing cannot drift apart.
 */
export const requestSchemas = {
  'app:info': noArgsSchema,
  'file:save': fileSaveRequestSchema,
  'file:open': fileOpenRequestSchema,
  'pdf:print': pdfPrintRequestSchema,
  'pdf:save': pdfSaveRequestSchema,
  'app:set-language': langSchema,
  'backup:choose-folder': noArgsSchema,
  'backup:auto-status': noArgsSchema,
  'backup:write-auto': backupWriteAutoSchema,
  'backup:epoch-read': epochMarkerKeySchema,
  'backup:epoch-raise': epochMarkerRaiseSchema,
} as const;

export interface RequestResults {
  'app:info': AppInfo;
  'file:save': SaveResult;
  'file:open': OpenResult;
  'pdf:print': PrintResult;
  'pdf:save': SaveResult;
  'app:set-language': void;
  'backup:choose-folder': ChooseFolderResult;
  'backup:auto-status': AutoBackupStatus;
  'backup:write-auto': AutoWriteResult;
  'backup:epoch-read': number | null;
  'backup:epoch-raise': void;
}

export type RequestChannel = keyof typeof requestSchemas & keyof RequestResults;
export type RequestArg<C extends RequestChannel> = z.infer<(typeof requestSchemas)[C]>;
export type RequestResult<C extends RequestChannel> = RequestResults[C];

/** Events main sends to the renderer (main → renderer only). */
export interface EventPayloads {
  /** The user chose a language in the application menu (main has already switched the menu); the renderer follows. */
  'menu:language': Lang;
}
export type EventChannel = keyof EventPayloads;
export const EVENT_CHANNELS = ['menu:language'] as const satisfies readonly EventChannel[];

type Invoke<C extends RequestChannel> =
  RequestArg<C> extends undefined
    ? () => Promise<RequestResult<C>>
    : (arg: RequestArg<C>) => Promise<RequestResult<C>>;
type Listen<E extends EventChannel> = (
  listener: (payload: EventPayloads[E]) => void,
) => /** unsubscribe */ () => void;

/** `window.api`: one method per message, nothing else. */
export interface Api {
  appInfo: Invoke<'app:info'>;
  saveFile: Invoke<'file:save'>;
  openFile: Invoke<'file:open'>;
  printPdf: Invoke<'pdf:print'>;
  savePdf: Invoke<'pdf:save'>;
  setLanguage: Invoke<'app:set-language'>;
  // Backups (issue 7). Optional so that hosts and fakes without backups still satisfy Api; the
  // preload provides them all, and the renderer checks before use.
  backupChooseFolder?: Invoke<'backup:choose-folder'>;
  backupAutoStatus?: Invoke<'backup:auto-status'>;
  backupWriteAuto?: Invoke<'backup:write-auto'>;
  backupEpochRead?: Invoke<'backup:epoch-read'>;
  backupEpochRaise?: Invoke<'backup:epoch-raise'>;
  onMenuLanguage: Listen<'menu:language'>;
}
