/**
 * At the app level: random damage to a real exported registry file is refused by the renderer's
 * preview, never crashes, and the district's database is byte-for-byte the same afterwards
 * (every table counted, the audit trail included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AppDatabase } from '@renderer/db/database';
import { getSetting } from '@renderer/db/settings';
import type { OfficeConfig } from '@renderer/db/types';
import { exportRegistry, sendableCases } from '@renderer/registry/exportRegistry';
import {
  createOfficeIdentity,
  forgetSessionKeys,
  previewCard,
  trustCard,
  unlockKeys,
} from '@renderer/registry/identity';
import { previewRegistryFile } from '@renderer/registry/importRegistry';
import { insertCases, MONDAY_10AM } from '../journal/fixtures';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';

const SEED = 20260315;
const RUNS = 1000;
const PASS = 'correct horse battery';
const NOW = new Date(MONDAY_10AM + 86_400_000);

let district: { db: AppDatabase; office: OfficeConfig };
let file: Uint8Array;

async function station(code: string) {
  const db = testDb();
  const userId = await setUpOffice(db, { officeCode: code });
  const office = (await getSetting(db, 'office'))!;
  const made = await createOfficeIdentity(db, {
    office,
    passphrase: PASS,
    passphraseRepeat: PASS,
    userId,
    now: NOW,
    iterations: 1000,
  });
  if (!made.ok) throw new Error(made.code);
  return { db, office, userId, card: made.row.card };
}

beforeAll(async () => {
  const center = await station('22');
  const d = await station('12');
  for (const [to, from] of [
    [center, d],
    [d, center],
  ] as const) {
    const preview = await previewCard(to.db, from.card, to.office, NOW);
    if (!preview.ok) throw new Error(preview.code);
    await trustCard(to.db, preview, to.userId, NOW);
  }
  await insertCases(center.db, [{}, {}]);
  const unlocked = await unlockKeys(center.db, PASS);
  if (!unlocked.ok) throw new Error(unlocked.code);
  const result = await exportRegistry(center.db, {
    office: center.office,
    user: { id: center.userId, roles: ['accumulation-inspector'] },
    recipientCode: '12',
    caseIds: (await sendableCases(center.db, center.office, '12')).map((c) => c.id),
    keys: unlocked.keys[0]!,
    now: NOW,
  });
  if (!result.ok) throw new Error(result.error);
  file = result.registry.bytes;
  forgetSessionKeys();
  if (!(await unlockKeys(d.db, PASS)).ok) throw new Error('unlock');
  district = d;
});

afterAll(async () => {
  forgetSessionKeys();
  await closeTestDbs();
});

async function snapshot(db: AppDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

type Mutation = { kind: 'flip' | 'cut' | 'insert'; at: number; bit?: number; byte?: number };

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = m.at % bytes.length;
  if (m.kind === 'flip') {
    const out = bytes.slice();
    out[at]! ^= 1 << (m.bit ?? 0);
    return out;
  }
  if (m.kind === 'cut') return bytes.slice(0, at);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes.subarray(0, at));
  out[at] = m.byte ?? 0;
  out.set(bytes.subarray(at), at + 1);
  return out;
}

describe('mutated registry files at the district office', () => {
  it('the unmutated file is ready (so the property can fail)', async () => {
    expect((await previewRegistryFile(district.db, file, district.office, NOW)).status).toBe('ready');
  });

  it(`${RUNS} random mutations are refused, none crashes, nothing is written`, async () => {
    const before = await snapshot(district.db);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const mutated = mutations.reduce(apply, file);
        fc.pre(mutated.length !== file.length || mutated.some((b, i) => b !== file[i]));
        const preview = await previewRegistryFile(district.db, mutated, district.office, NOW);
        expect(preview.status).toBe('refused');
        if (preview.status === 'refused') expect(preview.refusal.code).not.toBe('internal-error');
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(await snapshot(district.db)).toEqual(before);
  }, 300_000);
});
