/**
 * Issue 10, defect 6 (sizes): a 190 MB junk manifest was parsed as JSON before the signature was
 * checked, and a trusted sender could store a case of any size through fields with no maximum
 * (`answers`, `subType`, `rulesVersion`, `itemId` …). The manifest is capped in the header check,
 * before a byte of it is read; every free-text and map field of the intake schema has a maximum.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { concatBytes } from '@shared/crypto/bytes';
import { intakeSchema, type Intake } from '@shared/case/intake';
import { buildHeader, MAX_MANIFEST_LENGTH, MIN_PAYLOAD_LENGTH } from '@shared/registry/container';
import { previewImport, type ImportPreview } from '@shared/registry/import';
import { inspectRegistryFile } from '@shared/registry/inspect';
import { intakePartData, PART_SCHEMAS } from '@renderer/registry/parts';
import { makeCase } from '../renderer/journal/fixtures';
import { buildFile, districtContext, makeWorld, seededRandom, type World } from './fixtures';

let world: World;

beforeAll(async () => {
  world = await makeWorld();
});

afterEach(() => vi.restoreAllMocks());

function code(preview: ImportPreview): string {
  return preview.status === 'refused' ? preview.refusal.code : preview.status;
}

/** A structurally exact file whose manifest is `length` bytes of junk. */
function junkManifestFile(length: number): Uint8Array {
  const manifest = new Uint8Array(length).fill(0x20);
  const payload = new Uint8Array(MIN_PAYLOAD_LENGTH);
  return concatBytes(
    buildHeader(seededRandom(5)(16), length, payload.length),
    manifest,
    payload,
    new Uint8Array(64),
  );
}

describe('manifest size, before anything is parsed', () => {
  it('is about 20 MB: more than the largest legitimate manifest (100,000 cases)', () => {
    expect(MAX_MANIFEST_LENGTH).toBe(20 * 1024 * 1024);
  });

  it('a manifest over the cap is refused as manifest-too-large without JSON.parse', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const file = junkManifestFile(MAX_MANIFEST_LENGTH + 1);
    const preview = await previewImport(file, await districtContext(world));
    expect(code(preview)).toBe('manifest-too-large');
    expect(preview.checks).toEqual([{ id: 'structure', ok: false, code: 'manifest-too-large' }]);
    const inspected = await inspectRegistryFile(file);
    expect(inspected.ok ? 'ok' : inspected.refusal.code).toBe('manifest-too-large');
    expect(parse).not.toHaveBeenCalled();
  });

  it('the header alone decides: a truncated file claiming a huge manifest is refused the same way', async () => {
    const file = junkManifestFile(MAX_MANIFEST_LENGTH + 1).slice(0, 1000);
    expect(code(await previewImport(file, await districtContext(world)))).toBe('manifest-too-large');
  });

  it('a manifest at the cap is read (and refused for its content, not its size)', async () => {
    const preview = await previewImport(junkManifestFile(MAX_MANIFEST_LENGTH), await districtContext(world));
    expect(code(preview)).toBe('manifest-invalid');
  });
});

const row = makeCase();
const valid: Intake = row.intake;

/** Each field, one character or entry over its maximum. */
const oversized: [string, (i: Intake) => Intake][] = [
  ['subType', (i) => ({ ...i, subType: 'x'.repeat(101) })],
  ['rulesVersion', (i) => ({ ...i, rulesVersion: 'x'.repeat(101) })],
  ['answers value', (i) => ({ ...i, answers: { dwelling: 'x'.repeat(201) } })],
  ['answers key', (i) => ({ ...i, answers: { ['k'.repeat(101)]: 'yes' } })],
  [
    'answers entries',
    (i) => ({ ...i, answers: Object.fromEntries(Array.from({ length: 51 }, (_, n) => [`q${n}`, 'yes'])) }),
  ],
  [
    'documents itemId',
    (i) => ({ ...i, documents: [{ itemId: 'x'.repeat(101), originalShown: true, copyReceived: false }] }),
  ],
  ['acceptedBy userId', (i) => ({ ...i, acceptedBy: { ...i.acceptedBy, userId: 'u'.repeat(101) } })],
  [
    'identity docType',
    (i) => ({
      ...i,
      applicant: { ...i.applicant, identity: { ...i.applicant.identity, docType: 'a'.repeat(61) } },
    }),
  ],
];

describe('intake fields have a maximum', () => {
  it('the valid intake passes (so each refusal below is about size)', () => {
    expect(intakeSchema.safeParse(valid).success).toBe(true);
  });

  it.each(oversized)('%s over its maximum is refused', (_name, grow) => {
    expect(intakeSchema.safeParse(grow(valid)).success).toBe(false);
  });

  it('a trusted sender cannot deliver a case with a 1 MB answer: schema-violation, nothing planned', async () => {
    const data = intakePartData({ ...valid, answers: { dwelling: 'x'.repeat(1 << 20) } }, row.state);
    const file = await buildFile(world, {
      cases: [{ number: row.id, parts: [{ part: 'intake', owner: '20', revision: 1, data }] }],
    });
    const preview = await previewImport(file, await districtContext(world, { partSchemas: PART_SCHEMAS }));
    expect(code(preview)).toBe('schema-violation');
    if (preview.status === 'refused') expect(preview.refusal.detail).toContain('answers');
  });
});
