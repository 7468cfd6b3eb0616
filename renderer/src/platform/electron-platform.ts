import type { Api } from '@shared/ipc/contract';
import { acceptToFilters, saveFilters } from './filters';
import type { BackupHost, Platform } from './platform';

/** The desktop host: every call goes through the preload's `window.api`, validated again in main. */
export function electronPlatform(api: Api): Platform {
  const backup = backupHostOf(api);
  return {
    kind: 'electron',
    appInfo: () => api.appInfo(),
    async saveFile(name, bytes, mime) {
      const r = await api.saveFile({ suggestedName: name, bytes, filters: saveFilters(name, mime) });
      return r.status;
    },
    async openFile(accept) {
      const r = await api.openFile({ filters: acceptToFilters(accept) });
      return r.status === 'opened' ? { name: r.name, bytes: r.bytes } : null;
    },
    async printPdf(bytes, title) {
      const r = await api.printPdf({ bytes, title });
      if (r.status === 'failed') throw new Error(`PDF viewer did not open: ${r.reason}`);
    },
    async savePdf(bytes, name) {
      return (await api.savePdf({ bytes, suggestedName: name })).status;
    },
    setLanguage: (lang) => api.setLanguage(lang),
    onLanguageRequested: (listener) => api.onMenuLanguage(listener),
    ...(backup ? { backup } : {}),
  };
}

function backupHostOf(api: Api): BackupHost | null {
  const { backupChooseFolder, backupAutoStatus, backupWriteAuto, backupEpochRead, backupEpochRaise } = api;
  return backupChooseFolder && backupAutoStatus && backupWriteAuto && backupEpochRead && backupEpochRaise
    ? { backupChooseFolder, backupAutoStatus, backupWriteAuto, backupEpochRead, backupEpochRaise }
    : null;
}
