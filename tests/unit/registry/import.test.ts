import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJsonBytes } from '@shared/crypto/canonical-json';
import { toBase64, utf8 } from '@shared/crypto/bytes';
import { importCard, revokeKey } from '@shared/crypto/trust-store';
import { createOfficeCard } from '@shared/crypto/office-card';
import { generateOfficeKeys } from '@shared/crypto/office-keys';
import { inspectRegistryFile } from '@shared/registry/inspect';
import { historyEntryOf, previewImport, type ImportPreview } from '@shared/registry/import';
import { buildDeskHandoff } from '@shared/registry/export';
import { sequencePairKey } from '@shared/registry/manifest';
import type { LocalCaseState } from '@shared/registry/merge';
import { canonicalHash } from '@shared/crypto/hash';
import {
  assemble,
  buildFile,
  districtContext,
  intakeCase,
  makeDesk,
  makeOffice,
  makeWorld,
  NOW,
  partSchemas,
  resign,
  sections,
  trustAt,
  trustOf,
  type World,
} from './fixtures';

let world: World;
let file: Uint8Array;

beforeAll(async () => {
  world = await makeWorld();
  file = await buildFile(world);
});

function code(preview: ImportPreview): string {
  return preview.status === 'refused' ? preview.refusal.code : preview.status;
}

async function manifestOf(bytes: Uint8Array) {
  const r = await inspectRegistryFile(bytes);
  if (!r.ok) throw new Error(r.refusal.code);
  return r.inspection.manifest;
}

describe('signer', () => {
  it('unknown signer: the ЦОН card was never imported', async () => {
    const ctx = await districtContext(world, { trust: await trustOf(world.other.card) });
    expect(code(await previewImport(file, ctx))).toBe('signer-unknown');
  });

  it('wrong signer key: a trusted key of another office signs a file naming the ЦОН as sender', async () => {
    const manifest = {
      ...(await manifestOf(file)),
      sender: { officeCode: '20', keyId: world.other.keys.keyId },
    };
    const forged = await assemble({
      manifestBytes: canonicalJsonBytes(manifest),
      plaintext: canonicalJsonBytes({}),
      signingKey: world.other.keys.signing.privateKey,
      recipientCard: world.district.card,
    });
    const ctx = await districtContext(world, { trust: await trustOf(world.center.card, world.other.card) });
    expect(code(await previewImport(forged, ctx))).toBe('signer-mismatch');
  });

  it('a file signed by someone else with the ЦОН key id claimed fails the signature', async () => {
    const forged = await resign(file, world.other.keys.signing.privateKey);
    expect(code(await previewImport(forged, await districtContext(world)))).toBe('signature-invalid');
  });

  it('revoked key: refused, even for a file created before the revocation', async () => {
    const trust = revokeKey(await trustOf(world.center.card), world.center.keys.keyId, NOW);
    const preview = await previewImport(file, await districtContext(world, { trust }));
    expect(code(preview)).toBe('signer-revoked');
    expect(preview.checks.at(-1)).toEqual({ id: 'signature', ok: false, code: 'signer-revoked' });
  });

  it('revoked through a new card of the same office', async () => {
    const newKeys = await generateOfficeKeys({ withEncryption: true });
    const newCard = await createOfficeCard(newKeys, {
      officeCode: '20',
      name: { ru: 'ЦОН', kk: 'ХҚКО' },
      now: new Date('2026-03-17T00:00:00Z'),
      replaces: world.center.keys.keyId,
      revokes: [world.center.keys.keyId],
    });
    const r = await importCard(await trustOf(world.center.card), newCard, NOW);
    if (!r.ok) throw new Error(r.code);
    expect(code(await previewImport(file, await districtContext(world, { trust: r.store })))).toBe(
      'signer-revoked',
    );
  });

  it('rotated but not revoked: a file signed with the old key still imports', async () => {
    const newKeys = await generateOfficeKeys({ withEncryption: true });
    const newCard = await createOfficeCard(newKeys, {
      officeCode: '20',
      name: { ru: 'ЦОН', kk: 'ХҚКО' },
      now: new Date('2026-03-17T00:00:00Z'),
      replaces: world.center.keys.keyId,
    });
    const r = await importCard(await trustOf(world.center.card), newCard, NOW);
    if (!r.ok) throw new Error(r.code);
    expect(r.store.entries.map((e) => e.status)).toEqual(['superseded', 'active']);
    expect(code(await previewImport(file, await districtContext(world, { trust: r.store })))).toBe('ready');
  });
});

describe('recipient', () => {
  it('a file for another office is refused', async () => {
    const forOther = await buildFile(world, { recipientCard: world.other.card });
    const preview = await previewImport(forOther, await districtContext(world));
    expect(code(preview)).toBe('wrong-recipient');
    expect(preview.checks.at(-1)).toEqual({ id: 'recipient', ok: false, code: 'wrong-recipient' });
  });

  it('a file for this office under a key this workstation does not hold', async () => {
    const ctx = await districtContext(world);
    const preview = await previewImport(file, { ...ctx, self: { officeCode: '11', keys: [] } });
    expect(code(preview)).toBe('recipient-key-unknown');
  });

  it('after a rotation, a file encrypted to the previous key still opens with it', async () => {
    const ctx = await districtContext(world);
    const fresh = await generateOfficeKeys({ withEncryption: true });
    const keys = [{ keyId: fresh.keyId, decryptionKey: fresh.encryption!.privateKey }, ...ctx.self.keys];
    expect(code(await previewImport(file, { ...ctx, self: { officeCode: '11', keys } }))).toBe('ready');
  });
});

describe('decryption and validation', () => {
  it('undecryptable: a trusted sender signed a damaged ciphertext', async () => {
    const damaged = file.slice();
    damaged[sections(file).payloadStart + 90]! ^= 0xff;
    const preview = await previewImport(
      await resign(damaged, world.center.keys.signing.privateKey),
      await districtContext(world),
    );
    expect(code(preview)).toBe('decrypt-failed');
  });

  it('undecryptable: the key id is ours but the payload was sealed to another key', async () => {
    const manifest = await manifestOf(file);
    const forged = await assemble({
      manifestBytes: canonicalJsonBytes(manifest),
      plaintext: canonicalJsonBytes({}),
      signingKey: world.center.keys.signing.privateKey,
      recipientCard: world.other.card,
    });
    expect(code(await previewImport(forged, await districtContext(world)))).toBe('decrypt-failed');
  });

  async function withPayload(
    payload: unknown,
    manifestChange: (m: Record<string, unknown>) => void = () => {},
  ) {
    const manifest: Record<string, unknown> = { ...(await manifestOf(file)) };
    manifestChange(manifest);
    return assemble({
      manifestBytes: canonicalJsonBytes(manifest),
      plaintext: payload instanceof Uint8Array ? payload : canonicalJsonBytes(payload),
      signingKey: world.center.keys.signing.privateKey,
      recipientCard: world.district.card,
    });
  }

  it('payload that is not JSON', async () => {
    const forged = await withPayload(utf8('{"cases": ['));
    expect(code(await previewImport(forged, await districtContext(world)))).toBe('payload-invalid');
  });

  it('payload of the wrong shape', async () => {
    const forged = await withPayload({ macKey: toBase64(new Uint8Array(32)), cases: [{ number: 'x' }] });
    expect(code(await previewImport(forged, await districtContext(world)))).toBe('payload-invalid');
  });

  it('payload whose cases differ from the manifest list', async () => {
    const forged = await withPayload({
      macKey: toBase64(new Uint8Array(32)),
      cases: [intakeCase('2011202600017'), intakeCase('2011202600025'), intakeCase('2011202600099')],
    });
    expect(code(await previewImport(forged, await districtContext(world)))).toBe('payload-mismatch');
  });

  it('content that JSON cannot hash faithfully (a number beyond double range)', async () => {
    const manifest = await manifestOf(await buildFile(world, { cases: [intakeCase('2011202600017')] }));
    const plaintext = utf8(
      `{"cases":[{"number":"2011202600017","parts":[{"data":{"x":1e400},"owner":"20","part":"intake","revision":1}]}],"macKey":"${toBase64(new Uint8Array(32))}"}`,
    );
    const forged = await assemble({
      manifestBytes: canonicalJsonBytes(manifest),
      plaintext,
      signingKey: world.center.keys.signing.privateKey,
      recipientCard: world.district.card,
    });
    const preview = await previewImport(forged, await districtContext(world));
    expect(preview.status === 'refused' && preview.refusal).toEqual({
      code: 'payload-invalid',
      detail: 'case 2011202600017',
    });
  });

  it('schema violation in a case part (the injected schema decides)', async () => {
    const bad = intakeCase('2011202600041');
    (bad.parts[0]!.data.applicant as { iin: string }).iin = '12345';
    const forOne = await buildFile(world, { cases: [bad] });
    const preview = await previewImport(forOne, await districtContext(world));
    expect(code(preview)).toBe('schema-violation');
    // The detail names where, never the value (it may be personal data).
    expect(preview.status === 'refused' && preview.refusal.detail).toBe(
      'case 2011202600041 part intake: applicant.iin',
    );
    // The same file passes with a schema that accepts it: the case model is pluggable.
    const lenient = { ...partSchemas, intake: z.record(z.string(), z.unknown()) };
    expect(code(await previewImport(forOne, await districtContext(world, { partSchemas: lenient })))).toBe(
      'ready',
    );
  });

  it('case numbers are checked with the injected rule', async () => {
    const isValidCaseNumber = (n: string) => n !== '2011202600025';
    const preview = await previewImport(file, await districtContext(world, { isValidCaseNumber }));
    expect(preview.status === 'refused' && preview.refusal).toEqual({
      code: 'manifest-invalid',
      detail: 'case number 2011202600025',
    });
    expect(
      code(await previewImport(file, await districtContext(world, { isValidCaseNumber: () => true }))),
    ).toBe('ready');
  });

  it('a part without a schema is a schema violation', async () => {
    const c = intakeCase('2011202600041');
    const odd = {
      number: c.number,
      parts: [...c.parts, { part: 'zzz', owner: '20', revision: 1, data: {} }],
    };
    const preview = await previewImport(
      await buildFile(world, { cases: [odd] }),
      await districtContext(world),
    );
    expect(code(preview)).toBe('schema-violation');
  });
});

describe('repeated import', () => {
  it('the same file again changes nothing and says so', async () => {
    const first = await previewImport(file, await districtContext(world));
    if (first.status !== 'ready') throw new Error(code(first));
    const entry = historyEntryOf(first);
    expect(entry).toEqual({
      fileId: first.fileId,
      contentHash: first.contentHash,
      pairKey: '20>11',
      sequence: 1,
    });
    const history = {
      files: new Map([[entry.fileId, entry.contentHash]]),
      lastSequence: new Map([[entry.pairKey, entry.sequence]]),
    };
    const second = await previewImport(file, await districtContext(world, { history }));
    expect(second.status).toBe('already-imported');
    expect(second.alreadyImported).toBe(true);
    expect('plan' in second).toBe(false);
    expect(second.warnings).toEqual([]);
  });

  it('the same cases in a new export are a new file, planned as skip-equal', async () => {
    const first = await previewImport(file, await districtContext(world));
    if (first.status !== 'ready') throw new Error(code(first));
    const localCases = new Map(
      first.cases.map((c) => [
        c.number,
        {
          number: c.number,
          parts: Object.fromEntries(
            c.parts.map((p) => [p.part, { owner: p.owner, revision: p.revision, hash: p.hash }]),
          ),
        },
      ]),
    );
    const reexport = await buildFile(world, { sequence: 2, registryNumber: '20-11-0002' });
    const preview = await previewImport(
      reexport,
      await districtContext(world, {
        localCases,
        history: {
          files: new Map([[first.fileId, first.contentHash]]),
          lastSequence: new Map([['20>11', 1]]),
        },
      }),
    );
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.plan.counts['skip-equal']).toBe(3);
    expect(preview.plan.hasChanges).toBe(false);
  });

  it('a known file id with other content is refused', async () => {
    const first = await previewImport(file, await districtContext(world));
    if (first.status !== 'ready') throw new Error(code(first));
    const history = {
      files: new Map([[first.fileId, '0'.repeat(64)]]),
      lastSequence: new Map<string, number>(),
    };
    expect(code(await previewImport(file, await districtContext(world, { history })))).toBe('file-id-reused');
  });
});

describe('warnings, not refusals', () => {
  it('a gap in the sequence of this sender→recipient pair', async () => {
    const fourth = await buildFile(world, { sequence: 4 });
    const history = { files: new Map<string, string>(), lastSequence: new Map([['20>11', 2]]) };
    const preview = await previewImport(fourth, await districtContext(world, { history }));
    expect(preview.status).toBe('ready');
    expect(preview.warnings).toEqual([{ code: 'sequence-gap', params: { expected: 3, received: 4 } }]);
  });

  it('no warning for the next number, nor from another pair', async () => {
    const next = await buildFile(world, { sequence: 3 });
    const history = {
      files: new Map<string, string>(),
      lastSequence: new Map([
        ['20>11', 2],
        ['21>11', 9],
      ]),
    };
    expect((await previewImport(next, await districtContext(world, { history }))).warnings).toEqual([]);
  });

  it('an old or repeated sequence number', async () => {
    const history = { files: new Map<string, string>(), lastSequence: new Map([['20>11', 5]]) };
    const preview = await previewImport(file, await districtContext(world, { history }));
    expect(preview.status).toBe('ready');
    expect(preview.warnings).toEqual([{ code: 'sequence-repeated', params: { last: 5, received: 1 } }]);
  });

  it('a file from the future of this machine', async () => {
    const preview = await previewImport(
      file,
      await districtContext(world, { now: new Date('2026-03-15T00:00:00Z') }),
    );
    expect(preview.status).toBe('ready');
    expect(preview.warnings.map((w) => w.code)).toEqual(['created-in-future']);
  });
});

describe('desk hand-off', () => {
  it('a desk hands its cases to the main workstation of its office', async () => {
    const desk = await makeDesk('20', '3');
    const handoff = await buildDeskHandoff({
      registryNumber: '1',
      sequence: 1,
      createdBy: 'acc-12',
      cases: [intakeCase('2003202600011')],
      sender: {
        officeCode: '20',
        deskCode: '3',
        keyId: desk.keys.keyId,
        signingKey: desk.keys.signing.privateKey,
      },
      recipientCard: world.center.card,
      now: NOW,
    });
    const registered = await importCard(await trustOf(world.district.card), desk.card, NOW, {
      ownOfficeCode: '20',
    });
    if (!registered.ok) throw new Error(registered.code);
    const ctx = {
      trust: registered.store,
      self: {
        officeCode: '20',
        keys: [{ keyId: world.center.keys.keyId, decryptionKey: world.center.keys.encryption!.privateKey }],
      },
      partSchemas,
      history: { files: new Map<string, string>(), lastSequence: new Map<string, number>() },
      localCases: new Map(),
      now: NOW,
    };
    const preview = await previewImport(handoff, ctx);
    expect(code(preview)).toBe('ready');
    expect(preview.manifest?.kind).toBe('desk-handoff');
    expect(preview.manifest && sequencePairKey(preview.manifest)).toBe('20.3>20');
    // An unregistered desk is an unknown signer.
    expect(code(await previewImport(handoff, { ...ctx, trust: await trustOf(world.district.card) }))).toBe(
      'signer-unknown',
    );
  });

  it("a desk's key cannot sign an office registry", async () => {
    const desk = await makeDesk('20', '3');
    const misuse = await buildFile(world, {
      sender: { officeCode: '20', keyId: desk.keys.keyId, signingKey: desk.keys.signing.privateKey },
    });
    // Only the desk's own office trusts its key; there the signature step already refuses.
    const trust = await trustAt('20', desk.card);
    expect(code(await previewImport(misuse, await districtContext(world, { trust })))).toBe(
      'signer-mismatch',
    );
    // Anywhere else the desk is simply unknown: its card cannot even be imported.
    expect(await importCard(await trustOf(), desk.card, NOW)).toEqual({
      ok: false,
      code: 'card-desk-of-other-office',
    });
  });

  it('a desk card of another office is not registered', async () => {
    const desk = await makeDesk('21', '1');
    const r = await importCard(await trustOf(), desk.card, NOW, { ownOfficeCode: '20' });
    expect(r.ok || r.code).toBe('card-desk-of-other-office');
  });

  it('a desk cannot hand off to another office', async () => {
    const desk = await makeDesk('20', '3');
    await expect(
      buildDeskHandoff({
        registryNumber: '1',
        sequence: 1,
        createdBy: 'acc-12',
        cases: [intakeCase('2003202600011')],
        sender: {
          officeCode: '20',
          deskCode: '3',
          keyId: desk.keys.keyId,
          signingKey: desk.keys.signing.privateKey,
        },
        recipientCard: world.district.card,
        now: NOW,
      }),
    ).rejects.toThrow();
  });
});

describe('merge plan in the preview', () => {
  it('applies a corrected package resent after a return, and lists a same-revision divergence', async () => {
    const corrected = intakeCase('2011202600017', 2, '20', { documents: 6 });
    const divergent = intakeCase('2011202600025', 1, '20', { documents: 4 });
    const resent = await buildFile(world, { cases: [corrected, divergent], sequence: 2 });
    const original = intakeCase('2011202600017').parts[0]!.data;
    const localCases = new Map<string, LocalCaseState>([
      [
        '2011202600017',
        {
          number: '2011202600017',
          parts: {
            intake: { owner: '20', revision: 1, hash: await canonicalHash(original) },
            processing: { owner: '11', revision: 3, hash: 'p' },
          },
        },
      ],
      [
        '2011202600025',
        {
          number: '2011202600025',
          parts: { intake: { owner: '20', revision: 1, hash: await canonicalHash(original) } },
        },
      ],
    ]);
    const preview = await previewImport(resent, await districtContext(world, { localCases }));
    if (preview.status !== 'ready') throw new Error(code(preview));
    expect(preview.plan.cases.map((c) => c.parts.map((p) => `${c.number}/${p.part}:${p.action}`))).toEqual([
      ['2011202600017/intake:apply'],
      ['2011202600025/intake:conflict'],
    ]);
    expect(preview.plan.hasConflicts).toBe(true);
  });
});

describe('a fresh office card', () => {
  it('another office with the same code is not confused with the trusted one', async () => {
    const impostor = await makeOffice('20');
    const forged = await buildFile(world, {
      sender: { officeCode: '20', keyId: impostor.keys.keyId, signingKey: impostor.keys.signing.privateKey },
    });
    expect(code(await previewImport(forged, await districtContext(world)))).toBe('signer-unknown');
  });
});
