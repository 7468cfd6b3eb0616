import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrapOfficeKeys } from '@shared/crypto/key-wrap';
import { previewImport } from '@shared/registry/import';
import { partSchemas, trustOf, NOW } from './fixtures';

// Files written by the first release, committed (tests/fixtures/registry/generate.mts): today's
// reader must still open them, so a change to the format cannot slip in unnoticed.
const dir = join(__dirname, '../../fixtures/registry');
const read = (name: string) => readFileSync(join(dir, name));

describe('golden version-1 files', () => {
  it('a committed v1 registry opens with the committed wrapped keys', async () => {
    const keys = await unwrapOfficeKeys(
      JSON.parse(read('v1-district.keys.json').toString('utf8')),
      'fixture passphrase',
    );
    const preview = await previewImport(new Uint8Array(read('v1-registry.asreg')), {
      trust: await trustOf(JSON.parse(read('v1-center.card.json').toString('utf8'))),
      self: { officeCode: '11', keys: [{ keyId: keys.keyId, decryptionKey: keys.decryptionKey! }] },
      partSchemas,
      history: { files: new Map(), lastSequence: new Map([['20>11', 6]]) },
      localCases: new Map(),
      now: NOW,
    });
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.warnings).toEqual([]);
    expect(preview.manifest).toMatchObject({ registryNumber: '20-11-0007', sequence: 7, count: 2 });
    expect(preview.cases.map((c) => [c.number, c.parts[0]!.revision])).toEqual([
      ['2011202600017', 1],
      ['2011202600025', 2],
    ]);
  });
});
