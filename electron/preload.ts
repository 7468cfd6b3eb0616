import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  Api,
  EventChannel,
  EventPayloads,
  RequestArg,
  RequestChannel,
  RequestResult,
} from '@shared/ipc/contract';

// Sandboxed preload: only `electron` may be required, so the contract is imported for types only.
// Each method forwards one message; the renderer never touches ipcRenderer itself.

function invoke<C extends RequestChannel>(channel: C, arg?: RequestArg<C>): Promise<RequestResult<C>> {
  return arg === undefined ? ipcRenderer.invoke(channel) : ipcRenderer.invoke(channel, arg);
}

function listen<E extends EventChannel>(
  channel: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  // The Electron event object is dropped: it carries `sender`, which would leak ipcRenderer.
  const wrapped = (_event: IpcRendererEvent, payload: EventPayloads[E]) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const api = {
  appInfo: () => invoke('app:info'),
  saveFile: (req) => invoke('file:save', req),
  openFile: (req) => invoke('file:open', req),
  printPdf: (req) => invoke('pdf:print', req),
  savePdf: (req) => invoke('pdf:save', req),
  setLanguage: (lang) => invoke('app:set-language', lang),
  backupChooseFolder: () => invoke('backup:choose-folder'),
  backupAutoStatus: () => invoke('backup:auto-status'),
  backupWriteAuto: (req) => invoke('backup:write-auto', req),
  backupEpochRead: (req) => invoke('backup:epoch-read', req),
  backupEpochRaise: (req) => invoke('backup:epoch-raise', req),
  onMenuLanguage: (listener) => listen('menu:language', listener),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
