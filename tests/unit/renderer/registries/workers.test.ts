/**
 * The one worker module's jobs (issue 12), run in Node through the worker module itself with a fake
 * `self`: messages go in job envelopes; `build` gets cases in chunks and answers with a file that
 * opens; `preview` answers head, cases in chunks, end — the same cases as the main thread's preview.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { previewImport } from '@shared/registry';
import { parseCaseNumber } from '@shared/case-number';
import { readManifest, parseContainer } from '@shared/registry';
import type { PreviewMessage } from '@renderer/registry/previewHandler';
import type { JobEnvelope } from '@renderer/workers/jobs';
import { PART_SCHEMAS, ownedParts } from '@renderer/registry/parts';
import { loadTrustStore } from '@renderer/registry/identity';
import { importHistory } from '@renderer/registry/importRegistry';
import { forgetSessionKeys } from '@renderer/registry/identity';
import { closeTestDbs } from '../testDb';
import { insertCases } from '../journal/fixtures';
import { makeWorld, NOW } from './hostileWorld';

afterEach(async () => {
  forgetSessionKeys();
  vi.unstubAllGlobals();
  vi.resetModules();
  await closeTestDbs();
});

/** Loads a worker module with a fake `self` and returns its handler and what it posted. */
async function loadWorker<In, Out>(path: string) {
  const posted: Out[] = [];
  const scope: { onmessage: ((e: { data: In }) => void) | null; postMessage: (m: Out) => void } = {
    onmessage: null,
    postMessage: (m) => posted.push(m),
  };
  vi.stubGlobal('self', scope);
  await import(path);
  return { send: (data: In) => scope.onmessage!({ data }), posted };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('registry workers', () => {
  it('build: cases in chunks, then the rest, give a file that opens with every case', async () => {
    const { center, d12 } = await makeWorld();
    const rows = await insertCases(
      center.db,
      Array.from({ length: 5 }, () => ({ districtOfficeCode: '12' })),
    );
    const cases = rows.map((r) => ownedParts({ id: r.id, intake: r.intake, state: r.state }, '22'));
    const card = (await d12.db.officeKeys.toArray())[0]!.card;
    const worker = await loadWorker<JobEnvelope, { ok: boolean; bytes?: Uint8Array }>(
      '@renderer/workers/heavyWorker',
    );
    worker.send({ job: 'build', message: { type: 'cases', cases: cases.slice(0, 2) } });
    worker.send({ job: 'build', message: { type: 'cases', cases: cases.slice(2) } });
    worker.send({
      job: 'build',
      message: {
        type: 'build',
        input: {
          kind: 'registry',
          registryNumber: '22-12-0001',
          sequence: 1,
          createdBy: center.user.id,
          sender: { officeCode: '22', keyId: center.keys.keyId, signingKey: center.keys.signingKey },
          recipientCard: card,
          now: NOW,
        },
      },
    });
    await until(() => worker.posted.length > 0);
    const answer = worker.posted[0]!;
    expect(answer.ok).toBe(true);
    const manifest = readManifest(parseContainer(answer.bytes!));
    expect(manifest.cases.map((c) => c.number)).toEqual(rows.map((r) => r.id).sort());
  });

  it('preview: head without cases, the cases in chunks, then end', async () => {
    const { center, d12 } = await makeWorld();
    const rows = await insertCases(
      center.db,
      Array.from({ length: 3 }, () => ({ districtOfficeCode: '12' })),
    );
    const { buildRegistryFile } = await import('@shared/registry');
    const card = (await d12.db.officeKeys.toArray())[0]!.card;
    const bytes = await buildRegistryFile({
      kind: 'registry',
      registryNumber: '22-12-0001',
      sequence: 1,
      createdBy: center.user.id,
      cases: rows.map((r) => ownedParts({ id: r.id, intake: r.intake, state: r.state }, '22')),
      sender: { officeCode: '22', keyId: center.keys.keyId, signingKey: center.keys.signingKey },
      recipientCard: card,
      now: NOW,
    });
    const ctx = {
      trust: await loadTrustStore(d12.db),
      self: {
        officeCode: '12',
        keys: [{ keyId: d12.keys.keyId, decryptionKey: d12.keys.decryptionKey! }],
      },
      history: await importHistory(d12.db),
      now: NOW.getTime(),
    };
    const worker = await loadWorker<JobEnvelope, PreviewMessage>('@renderer/workers/heavyWorker');
    worker.send({ job: 'preview', message: { bytes, ctx } });
    await until(() => worker.posted.some((m) => m.type === 'end' || m.type === 'failed'));
    const types = worker.posted.map((m) => m.type);
    expect(types[0]).toBe('head');
    expect(types.at(-1)).toBe('end');
    const head = worker.posted[0] as Extract<PreviewMessage, { type: 'head' }>;
    expect(head.preview.status).toBe('ready');
    const sent = worker.posted.flatMap((m) => (m.type === 'cases' ? m.cases : []));
    const here = await previewImport(bytes, {
      ...ctx,
      now: NOW,
      partSchemas: PART_SCHEMAS,
      isValidCaseNumber: (d) => parseCaseNumber(d).ok,
    });
    expect(here.status === 'ready' && here.cases).toEqual(sent);
  });
});
