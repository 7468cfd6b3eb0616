/**
 * The registry sheet worker's side of the protocol (issue 12), apart from the worker entry so that
 * unit tests in Node can call it directly. The worker loads the fonts itself, from the same asset
 * URLs the window uses (cached after the first sheet), and reports the rows laid out as it goes.
 */
import type { Lang } from '@shared/i18n/lang';
import type { PrintFonts, PrintLabels } from '@shared/print';
import { buildRegistrySheet, type RegistrySheetData } from '@shared/print/documents/registry-sheet';

export interface SheetRequest {
  type: 'build';
  id: number;
  data: RegistrySheetData;
  lang: Lang;
  labels: PrintLabels;
  /** Absolute URLs of DejaVu Sans regular and bold, as the window resolved them. */
  fontUrls: { regular: string; bold: string };
}

/** Loads the fonts and builds a one-row sheet, so that the first real sheet finds the code compiled. */
export interface WarmRequest {
  type: 'warm';
  id: number;
  lang: Lang;
  labels: PrintLabels;
  fontUrls: SheetRequest['fontUrls'];
}

export type SheetReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; bytes: Uint8Array }
  | { type: 'error'; id: number; message: string }
  | { type: 'ready'; id: number };

/** Posts a reply; `transfer` hands the PDF's buffer over instead of copying it. */
export type Post = (reply: SheetReply, transfer?: Transferable[]) => void;

const blank = { ru: '-', kk: '-' };
const WARM_UP_OFFICE = { name: blank, address: blank, phones: [], hoursText: blank };
const WARM_UP: RegistrySheetData = {
  registryNumber: '0',
  sender: WARM_UP_OFFICE,
  recipient: WARM_UP_OFFICE,
  createdAt: 0,
  createdBy: '-',
  rows: [
    {
      caseNumber: { digits: '00000000000000', display: '00 00 0 00 000000 0' },
      serviceName: blank,
      applicantShort: '-',
      documentsCount: 0,
    },
  ],
};

export type FetchBytes = (url: string) => Promise<Uint8Array>;

export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A handler for one worker: fonts fetched once per URL pair and kept while the worker lives. */
export function sheetHandler(
  load: FetchBytes = fetchBytes,
): (request: SheetRequest | WarmRequest, post: Post) => Promise<void> {
  const fonts = new Map<string, Promise<PrintFonts>>();
  const loadFonts = (urls: SheetRequest['fontUrls']): Promise<PrintFonts> => {
    const key = `${urls.regular}\n${urls.bold}`;
    let entry = fonts.get(key);
    if (!entry) {
      entry = Promise.all([load(urls.regular), load(urls.bold)]).then(([regular, bold]) => ({
        regular,
        bold,
      }));
      // A failed load is tried again by the next sheet.
      entry.catch(() => fonts.delete(key));
      fonts.set(key, entry);
    }
    return entry;
  };

  return async (request, post) => {
    const { id } = request;
    try {
      const ctx = { lang: request.lang, labels: request.labels, fonts: await loadFonts(request.fontUrls) };
      if (request.type === 'warm') {
        await buildRegistrySheet(WARM_UP, ctx);
        post({ type: 'ready', id });
        return;
      }
      if (request.type !== 'build')
        throw new Error(`Unknown request ${String((request as { type: unknown }).type)}`);
      const bytes = await buildRegistrySheet(request.data, ctx, {
        onProgress: (done, total) => post({ type: 'progress', id, done, total }),
      });
      post({ type: 'done', id, bytes }, [bytes.buffer]);
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
