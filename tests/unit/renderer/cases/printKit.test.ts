import { afterEach, describe, expect, it } from 'vitest';
import { deliverPdf, loadPrintLabels, pdfFileName } from '@renderer/print/printKit';
import { setPlatformForTesting, type Platform } from '@renderer/platform';

afterEach(() => setPlatformForTesting(undefined));

function fakePlatform(calls: string[], kind: Platform['kind'] = 'electron'): Platform {
  return {
    kind,
    appInfo: async () => ({
      name: '',
      version: '',
      platform: 'other',
      isPackaged: false,
      electronVersion: '',
    }),
    saveFile: async () => 'saved',
    openFile: async () => null,
    printPdf: async (bytes, title) => void calls.push(`print:${title}:${bytes.length}`),
    savePdf: async (bytes, name) => (calls.push(`save:${name}:${bytes.length}`), 'saved'),
    setLanguage: async () => undefined,
    onLanguageRequested: () => () => undefined,
  };
}

describe('printKit', () => {
  it('makes safe PDF file names in any script', () => {
    expect(pdfFileName('Расписка 2201 0 26 000001 7')).toBe('Расписка_2201_0_26_000001_7.pdf');
    expect(pdfFileName('қолхат/../x.pdf')).toBe('қолхат_.._x.pdf');
    expect(pdfFileName('  ')).toBe('document.pdf');
  });

  it('prints or saves through the platform', async () => {
    const calls: string[] = [];
    setPlatformForTesting(fakePlatform(calls));
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await deliverPdf(bytes, { title: 'T', fileName: 'receipt 1' })).toBe('printed');
    expect(await deliverPdf(bytes, { title: 'T', fileName: 'receipt 1', mode: 'save' })).toBe('saved');
    expect(calls).toEqual(['print:receipt_1:3', 'save:receipt_1.pdf:3']);
    // The web host downloads.
    const web: string[] = [];
    setPlatformForTesting(fakePlatform(web, 'web'));
    expect(await deliverPdf(bytes, { title: 'T', fileName: 'receipt 1' })).toBe('saved');
    expect(web).toEqual(['save:receipt_1.pdf:3']);
  });

  it('loads the labels of each language', async () => {
    const ru = await loadPrintLabels('ru');
    const kk = await loadPrintLabels('kk');
    expect(ru.receipt.title).not.toBe(kk.receipt.title);
    expect(await loadPrintLabels('ru')).toBe(ru);
  });
});
