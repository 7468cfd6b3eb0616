import type { Platform } from './platform';

// A copy with its own ArrayBuffer: Blob wants ArrayBuffer-backed views, and the caller keeps its bytes.
function blobOf(bytes: Uint8Array, type: string): Blob {
  return new Blob([bytes.slice()], { type });
}

function download(win: Window, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = win.document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  win.document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(win: Window, accept: readonly string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = win.document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.style.display = 'none';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    win.document.body.append(input);
    input.click();
  });
}

/** Prints through the browser's PDF viewer in a hidden frame; downloads where there is no viewer. */
function printInFrame(win: Window, blob: Blob, title: string): Promise<void> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(blob);
    const frame = win.document.createElement('iframe');
    frame.title = title;
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
    frame.addEventListener(
      'load',
      () => {
        try {
          frame.contentWindow?.focus();
          frame.contentWindow?.print();
        } catch {
          download(win, blob, `${title}.pdf`);
        }
        // The print dialog is modal in most browsers; keep the frame long enough for it anyway.
        win.setTimeout(() => {
          frame.remove();
          URL.revokeObjectURL(url);
        }, 60_000);
        resolve();
      },
      { once: true },
    );
    frame.src = url;
    win.document.body.append(frame);
  });
}

/** The browser host (`npm run web`, e2e tests): downloads, a file input, the browser's PDF viewer. */
export function webPlatform(win: Window): Platform {
  return {
    kind: 'web',
    appInfo: async () => ({
      name: win.document.title || 'Almaty Social Services',
      version: import.meta.env.VITE_APP_VERSION ?? 'dev',
      platform: 'other',
      isPackaged: false,
      electronVersion: '',
    }),
    async saveFile(name, bytes, mime) {
      download(win, blobOf(bytes, mime), name);
      return 'saved';
    },
    async openFile(accept) {
      const file = await pickFile(win, accept);
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },
    async printPdf(bytes, title) {
      const blob = blobOf(bytes, 'application/pdf');
      // Headless and viewer-less browsers would download the frame's PDF anyway; do it by name.
      if (!win.navigator.pdfViewerEnabled) return download(win, blob, `${title}.pdf`);
      await printInFrame(win, blob, title);
    },
    async savePdf(bytes, name) {
      download(win, blobOf(bytes, 'application/pdf'), name);
      return 'saved';
    },
    setLanguage: async () => undefined,
    onLanguageRequested: () => () => undefined,
  };
}
