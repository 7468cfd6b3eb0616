import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Lang } from '@shared/i18n/lang';
import type { RegistrySheetData } from '@shared/print/documents/registry-sheet';
import {
  sheetHandler,
  type SheetReply,
  type SheetRequest,
  type WarmRequest,
} from '@renderer/print/registrySheetHandler';
import { SheetCancelled, startRegistrySheet, type SheetWorker } from '@renderer/print/registrySheetJob';
import { context, pdfInfo } from '../../print/tools';
import * as s from '../../print/samples';

const fontDir = join(__dirname, '../../../../assets/fonts');
/** The worker's fetch, over the font files (by the name at the end of the asset URL). */
const loaded: string[] = [];
const load = async (url: string) => {
  loaded.push(url);
  return new Uint8Array(readFileSync(join(fontDir, basename(url).replace(/-[\w]{8}\.ttf$/, '.ttf'))));
};

vi.mock('@renderer/print/printKit', async (importOriginal) => {
  const real = await importOriginal<typeof import('@renderer/print/printKit')>();
  const dir = join(__dirname, '../../../../assets/fonts');
  const fonts = {
    regular: new Uint8Array(readFileSync(join(dir, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))),
  };
  return {
    ...real,
    loadPrintKit: async (lang: Lang) => ({
      print: await real.loadPrintBuilders(),
      ctx: { lang, labels: await real.loadPrintLabels(lang), fonts },
    }),
  };
});

function sheet(count: number): RegistrySheetData {
  return {
    registryNumber: '12-02-000031',
    sender: s.office,
    recipient: s.districtOffice,
    createdAt: s.acceptedAt,
    createdBy: s.inspector,
    rows: Array.from({ length: count }, (_, i) => {
      const seq = String(i + 1).padStart(6, '0');
      return {
        caseNumber: { digits: `120326${seq}1`, display: `12-03-26-${seq}-1` },
        serviceName: s.housing,
        applicantShort: 'Иванов П. С.',
        documentsCount: 2,
      };
    }),
  };
}

/** A Worker stand-in that runs the worker's own handler here and delivers its replies until terminated. */
function fakeWorker() {
  const handle = sheetHandler(load);
  const worker: SheetWorker & { terminated: boolean; requests: (SheetRequest | WarmRequest)[] } = {
    terminated: false,
    requests: [],
    onmessage: null,
    onerror: null,
    postMessage(request) {
      worker.requests.push(request);
      void handle(request, (reply) => {
        if (!worker.terminated) worker.onmessage?.({ data: reply } as MessageEvent<SheetReply>);
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('registry sheet worker protocol (issue 12)', () => {
  it('the handler loads the fonts from the URLs it is given, reports progress, then posts the PDF', async () => {
    loaded.length = 0;
    const handle = sheetHandler(load);
    const replies: SheetReply[] = [];
    const transfers: unknown[] = [];
    const request: SheetRequest = {
      type: 'build',
      id: 7,
      data: sheet(600),
      lang: 'ru',
      labels: context('ru').labels,
      fontUrls: {
        regular: 'http://app/assets/DejaVuSans.ttf',
        bold: 'http://app/assets/DejaVuSans-Bold.ttf',
      },
    };
    await handle(request, (reply, transfer) => {
      replies.push(reply);
      transfers.push(transfer);
    });
    expect(loaded).toEqual(['http://app/assets/DejaVuSans.ttf', 'http://app/assets/DejaVuSans-Bold.ttf']);
    expect(replies.map((r) => (r.type === 'progress' ? `${r.done}/${r.total}` : r.type))).toEqual([
      '250/600',
      '500/600',
      '600/600',
      'done',
    ]);
    expect(replies.every((r) => r.id === 7)).toBe(true);
    const done = replies.at(-1) as Extract<SheetReply, { type: 'done' }>;
    expect(transfers.at(-1)).toEqual([done.bytes.buffer]);
    expect(pdfInfo(done.bytes).pages).toBeGreaterThan(10);

    // A second sheet in the same worker does not fetch the fonts again; bad data answers an error.
    await handle({ ...request, id: 8, data: { ...sheet(1), rows: [] } }, (reply) => replies.push(reply));
    expect(loaded).toHaveLength(2);
    expect(replies.at(-1)).toMatchObject({
      type: 'error',
      id: 8,
      message: expect.stringMatching(/at least one/),
    });
  });

  it('a warm-up loads the fonts and builds a one-row sheet; the next sheet loads nothing again', async () => {
    loaded.length = 0;
    const handle = sheetHandler(load);
    const replies: SheetReply[] = [];
    const fontUrls = { regular: 'app://x/DejaVuSans.ttf', bold: 'app://x/DejaVuSans-Bold.ttf' };
    await handle({ type: 'warm', id: 0, lang: 'kk', labels: context('kk').labels, fontUrls }, (r) =>
      replies.push(r),
    );
    expect(replies).toEqual([{ type: 'ready', id: 0 }]);
    expect(loaded).toHaveLength(2);
    const request: SheetRequest = {
      type: 'build',
      id: 1,
      data: sheet(3),
      lang: 'kk',
      labels: context('kk').labels,
      fontUrls,
    };
    await handle(request, (r) => replies.push(r));
    expect(loaded).toHaveLength(2);
    expect(replies.at(-1)).toMatchObject({ type: 'done', id: 1 });
  });

  it('a job reports the worker progress and resolves with its PDF', async () => {
    const worker = fakeWorker();
    const progress: string[] = [];
    const job = startRegistrySheet(sheet(300), 'kk', {
      createWorker: () => worker,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    const bytes = await job.promise;
    expect(progress).toEqual(['250/300', '300/300']);
    expect(worker.requests[0]).toMatchObject({ type: 'build', lang: 'kk' });
    expect(worker.requests[0]!.labels.registrySheet.title).toContain('ТІЗІЛІМ');
    expect(pdfInfo(bytes).pages).toBeGreaterThan(5);
  });

  it('cancel terminates the worker: no more progress, no PDF, the job rejects as cancelled', async () => {
    const worker = fakeWorker();
    const progress: number[] = [];
    const job = startRegistrySheet(sheet(1000), 'ru', {
      createWorker: () => worker,
      onProgress: (done) => {
        progress.push(done);
        job.cancel();
      },
    });
    await expect(job.promise).rejects.toBeInstanceOf(SheetCancelled);
    expect(worker.terminated).toBe(true);
    expect(progress).toEqual([250]);
  });

  it('without a Worker (Node) the sheet is built here, with the same progress', async () => {
    const progress: string[] = [];
    const job = startRegistrySheet(sheet(260), 'ru', {
      createWorker: () => null,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    const bytes = await job.promise;
    expect(progress).toEqual(['250/260', '260/260']);
    expect(pdfInfo(bytes).pages).toBeGreaterThan(5);
  });
});
