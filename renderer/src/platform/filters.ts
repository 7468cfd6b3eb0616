import type { FileFilter } from '@shared/ipc/schemas';

// Native dialogs want extension filters; the UI speaks `<input accept>` and MIME types.
const EXT_BY_MIME: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/json': 'json',
  'application/zip': 'zip',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/csv': 'csv',
  'text/plain': 'txt',
  'application/octet-stream': '*',
};

function extensionOf(entry: string): string | undefined {
  const e = entry.trim().toLowerCase();
  if (e.startsWith('.')) return /^\.[a-z0-9]{1,10}$/.test(e) ? e.slice(1) : undefined;
  return EXT_BY_MIME[e];
}

/** One filter per distinct extension, labelled by the extension itself (language-neutral). */
export function acceptToFilters(accept: readonly string[]): FileFilter[] {
  const exts = [...new Set(accept.map(extensionOf).filter((e): e is string => e !== undefined))];
  if (exts.length === 0 || exts.includes('*')) return [];
  return [{ name: exts.map((e) => e.toUpperCase()).join(', '), extensions: exts }];
}

/** The save filter follows the file name's extension, else the MIME type. */
export function saveFilters(name: string, mime: string): FileFilter[] {
  const dot = name.lastIndexOf('.');
  const fromName = dot > 0 ? extensionOf(name.slice(dot)) : undefined;
  const ext = fromName ?? extensionOf(mime);
  return ext && ext !== '*' ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
}
