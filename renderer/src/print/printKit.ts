/**
 * Print loading for the renderer. shared/print (pdf-lib, fontkit, bwip-js) is the heaviest code in
 * the app, so it is imported only when something is printed; the DejaVu fonts are fetched once and
 * kept. Screens call `loadPrintKit(lang)`, build a document with one of its builders and hand the
 * bytes to `deliverPdf`.
 */
import type { Lang } from '@shared/i18n/lang';
import type { PrintContext, PrintFonts, PrintLabels } from '@shared/print';
import { getPlatform } from '../platform';
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';
import { showDelivered } from './DeliveredNotice';

export type PrintBuilders = typeof import('@shared/print');

export interface PrintKit {
  /** The builders and helpers of shared/print. */
  print: PrintBuilders;
  /** Ready to pass as the second argument of any builder. */
  ctx: PrintContext;
}

// ru/print.json is the shape (shared/print/labels.ts); the Kazakh file has the same keys (locales parity test).
const labelLoaders: Record<Lang, () => Promise<PrintLabels>> = {
  ru: () => import('../../../locales/ru/print.json').then((m) => m.default),
  kk: () => import('../../../locales/kk/print.json').then((m) => m.default as unknown as PrintLabels),
};

let builders: Promise<PrintBuilders> | undefined;
let fonts: Promise<PrintFonts> | undefined;
const labels = new Map<Lang, Promise<PrintLabels>>();

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Forgets a failed load so the next print tries again instead of failing forever. */
function retryable<T>(promise: Promise<T>, reset: () => void): Promise<T> {
  promise.catch(reset);
  return promise;
}

export function loadPrintBuilders(): Promise<PrintBuilders> {
  builders ??= retryable(import('@shared/print'), () => (builders = undefined));
  return builders;
}

export function loadPrintFonts(): Promise<PrintFonts> {
  fonts ??= retryable(
    Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold })),
    () => (fonts = undefined),
  );
  return fonts;
}

/** The font files' absolute URLs, for a worker that loads them itself (registrySheetJob.ts). */
export function printFontUrls(): { regular: string; bold: string } {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  const absolute = (url: string) => (base ? new URL(url, base).href : url);
  return { regular: absolute(regularUrl), bold: absolute(boldUrl) };
}

export function loadPrintLabels(lang: Lang): Promise<PrintLabels> {
  let entry = labels.get(lang);
  if (!entry) {
    entry = retryable(labelLoaders[lang](), () => labels.delete(lang));
    labels.set(lang, entry);
  }
  return entry;
}

/** Builders, labels of `lang` and font bytes, loaded in parallel (cached after the first call). */
export async function loadPrintKit(lang: Lang): Promise<PrintKit> {
  const [print, lbl, f] = await Promise.all([loadPrintBuilders(), loadPrintLabels(lang), loadPrintFonts()]);
  return { print, ctx: { lang, labels: lbl, fonts: f } };
}

export interface DeliverOptions {
  /** Window/dialog title, e.g. «Расписка № 2212 …». */
  title: string;
  /** Suggested file name; `.pdf` is appended when missing. */
  fileName: string;
  /** 'print' (default) shows the host's print facility; 'save' asks where to save the file. */
  mode?: 'print' | 'save';
}

/** Safe file name: keeps letters (any script), digits, dash, dot and underscore. */
export function pdfFileName(name: string): string {
  const base = name
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return /\.pdf$/i.test(base) ? base : `${base || 'document'}.pdf`;
}

/**
 * Prints or saves a PDF through the Platform: Electron shows the print dialog or a save dialog, the
 * web version opens the browser viewer or downloads it (headless browsers download).
 */
export async function deliverPdf(
  bytes: Uint8Array,
  options: DeliverOptions,
): Promise<'printed' | 'saved' | 'cancelled'> {
  const platform = getPlatform();
  let outcome: 'printed' | 'saved' | 'cancelled';
  // The web build downloads: printing a PDF from a hidden frame crashed headless Chromium's page
  // (e2e), and the browser version is the test and fallback host; Electron shows the print dialog.
  if (options.mode === 'save' || platform.kind === 'web') {
    outcome = await platform.savePdf(bytes, pdfFileName(options.fileName));
  } else {
    // printPdf takes a title; the web adapter downloads `${title}.pdf` where no viewer exists, so the
    // title doubles as the file name there.
    await platform.printPdf(bytes, pdfFileName(options.fileName).replace(/\.pdf$/i, ''));
    outcome = 'printed';
  }
  if (outcome !== 'cancelled') {
    showDelivered({
      outcome,
      fileName: pdfFileName(options.fileName),
      host: platform.kind,
      again: () => void deliverPdf(bytes, options),
    });
  }
  return outcome;
}
