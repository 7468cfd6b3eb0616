import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJsonBytes } from '@shared/crypto/canonical-json';
import { utf8 } from '@shared/crypto/bytes';
import { inspectRegistryFile } from '@shared/registry/inspect';
import { previewImport, type ImportPreview } from '@shared/registry/import';
import { FORMAT_VERSION, MAGIC } from '@shared/registry/container';
import { buildFile, districtContext, intakeCase, makeWorld, NOW, sections, type World } from './fixtures';

let world: World;
let file: Uint8Array;

beforeAll(async () => {
  world = await makeWorld();
  file = await buildFile(world);
});

function refusedWith(preview: ImportPreview, code: string) {
  expect(preview.status).toBe('refused');
  if (preview.status !== 'refused') return;
  expect(preview.refusal.code).toBe(code);
  // Nothing to write: a refused preview carries neither cases nor a plan.
  expect('plan' in preview).toBe(false);
  expect('cases' in preview).toBe(false);
  expect(preview.checks.at(-1)).toEqual({ id: preview.checks.at(-1)!.id, ok: false, code });
}

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at] = out[at]! ^ 0x01;
  return out;
}

describe('registry file round trip', () => {
  it('imports what was exported, with every check passed', async () => {
    const preview = await previewImport(file, await districtContext(world));
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.checks.map((c) => c.id)).toEqual([
      'structure',
      'manifest',
      'signature',
      'recipient',
      'duplicate',
      'decrypt',
      'payload',
      'schema',
    ]);
    expect(preview.checks.every((c) => c.ok)).toBe(true);
    expect(preview.manifest).toMatchObject({
      kind: 'registry',
      registryNumber: '20-11-0001',
      sequence: 1,
      count: 3,
      sender: { officeCode: '20', keyId: world.center.keys.keyId },
      recipient: { officeCode: '11', keyId: world.district.keys.keyId },
      createdAt: NOW.toISOString(),
      createdBy: 'acc-7',
    });
    expect(preview.cases.map((c) => c.number)).toEqual(['2011202600017', '2011202600025', '2011202600033']);
    expect(preview.cases[0]!.parts[0]!.data).toEqual(intakeCase('2011202600017').parts[0]!.data);
    expect(preview.plan.counts.insert).toBe(3);
    expect(preview.warnings).toEqual([]);
  });

  it('starts with the magic and the format version', () => {
    expect([...file.slice(0, 8)]).toEqual([...MAGIC]);
    expect((file[8]! << 8) | file[9]!).toBe(FORMAT_VERSION);
  });

  it('lets anyone read the manifest without keys', async () => {
    const result = await inspectRegistryFile(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inspection.manifest.cases.map((c) => c.barcode)).toEqual([
      '2011202600017',
      '2011202600025',
      '2011202600033',
    ]);
    expect(result.inspection.size).toBe(file.length);
    expect(result.inspection.fileId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps personal data out of the cleartext: no IIN, no name, no unkeyed hash of them', async () => {
    const { payloadStart } = sections(file);
    const clear = new TextDecoder().decode(file.slice(0, payloadStart));
    expect(clear).not.toContain('900101300123');
    expect(clear).not.toContain('Әлия');
    // The whole file, ciphertext included, does not contain them either.
    const hay = file.join(',');
    expect(hay).not.toContain([...utf8('900101300123')].join(','));
    // The manifest's per-case value is keyed: two files with the same case content differ there.
    const again = await inspectRegistryFile(await buildFile(world));
    const first = await inspectRegistryFile(file);
    expect(again.ok && first.ok && again.inspection.manifest.cases[0]!.mac).not.toBe(
      first.ok && first.inspection.manifest.cases[0]!.mac,
    );
  });

  it('gives two exports of the same cases different file ids', async () => {
    const a = await inspectRegistryFile(await buildFile(world));
    const b = await inspectRegistryFile(await buildFile(world));
    expect(a.ok && b.ok && a.inspection.fileId !== b.inspection.fileId).toBe(true);
  });
});

describe('a changed byte anywhere is refused', () => {
  it('header: magic', async () => {
    refusedWith(await previewImport(flip(file, 0), await districtContext(world)), 'not-a-registry');
  });
  it('header: version from the future', async () => {
    const future = file.slice();
    future[9] = FORMAT_VERSION + 1;
    const preview = await previewImport(future, await districtContext(world));
    refusedWith(preview, 'unsupported-version');
    const inspected = await inspectRegistryFile(future);
    expect(!inspected.ok && inspected.refusal.code).toBe('unsupported-version');
  });
  it('header: version 0 and unknown flags', async () => {
    const zero = file.slice();
    zero[9] = 0;
    refusedWith(await previewImport(zero, await districtContext(world)), 'header-invalid');
    refusedWith(await previewImport(flip(file, 11), await districtContext(world)), 'header-invalid');
  });
  it('header: file id', async () => {
    refusedWith(await previewImport(flip(file, 20), await districtContext(world)), 'signature-invalid');
  });
  it('header: lengths', async () => {
    refusedWith(await previewImport(flip(file, 31), await districtContext(world)), 'truncated');
    const shorter = file.slice();
    shorter[31] = shorter[31]! - 1;
    refusedWith(await previewImport(shorter, await districtContext(world)), 'trailing-bytes');
  });
  it('manifest: the author field (the manifest stays valid)', async () => {
    const { manifestStart } = sections(file);
    const text = new TextDecoder().decode(file.slice(manifestStart, sections(file).payloadStart));
    const at = manifestStart + text.indexOf('acc-7') + 4;
    const changed = file.slice();
    changed[at] = '8'.charCodeAt(0);
    expect((await inspectRegistryFile(changed)).ok).toBe(true);
    refusedWith(await previewImport(changed, await districtContext(world)), 'signature-invalid');
  });
  it('manifest: a byte that breaks the JSON', async () => {
    const changed = file.slice();
    changed[sections(file).manifestStart] = 0x5b; // '[' where '{' was
    refusedWith(await previewImport(changed, await districtContext(world)), 'manifest-invalid');
  });
  it('payload: ephemeral key, IV and ciphertext', async () => {
    const { payloadStart, signatureStart } = sections(file);
    for (const at of [payloadStart, payloadStart + 70, payloadStart + 100, signatureStart - 1]) {
      refusedWith(await previewImport(flip(file, at), await districtContext(world)), 'signature-invalid');
    }
  });
  it('signature', async () => {
    const { signatureStart, end } = sections(file);
    for (const at of [signatureStart, signatureStart + 40, end - 1]) {
      refusedWith(await previewImport(flip(file, at), await districtContext(world)), 'signature-invalid');
    }
  });
});

describe('a cut or extended file is refused', () => {
  it.each([0, 3, 8, 20, 35, 36, 100, -200, -65, -64, -1])('cut at %i', async (cut) => {
    const short = file.slice(0, cut < 0 ? file.length + cut : cut);
    const preview = await previewImport(short, await districtContext(world));
    refusedWith(preview, 'truncated');
  });
  it('extra bytes after the signature', async () => {
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    refusedWith(await previewImport(longer, await districtContext(world)), 'trailing-bytes');
  });
  it('a file of something else', async () => {
    refusedWith(
      await previewImport(utf8('%PDF-1.7 not a registry'), await districtContext(world)),
      'not-a-registry',
    );
  });
});

describe('the manifest has one byte form', () => {
  it('a re-signed manifest with other whitespace is refused', async () => {
    const { assemble } = await import('./fixtures');
    const inspected = await inspectRegistryFile(file);
    if (!inspected.ok) throw new Error('fixture');
    const spaced = utf8(JSON.stringify(inspected.inspection.manifest, null, 1));
    const forged = await assemble({
      manifestBytes: spaced,
      plaintext: canonicalJsonBytes({}),
      signingKey: world.center.keys.signing.privateKey,
      recipientCard: world.district.card,
    });
    refusedWith(await previewImport(forged, await districtContext(world)), 'manifest-not-canonical');
  });
});
