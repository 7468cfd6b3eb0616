/**
 * The pure part measured in Node (issue 7: "and Node for pure parts"): a registry file of N cases
 * built and previewed by shared/registry alone (no database, no lifecycle steps, no worker), from the
 * same generated cases as the page. The PDFs are measured in Chromium only: shared/print imports
 * `bwip-js/generic`, which bwip-js exports for ES modules only, and tsx runs this project's
 * TypeScript as CommonJS.
 */
import { parseCaseNumber } from '@shared/case-number';
import { createOfficeCard } from '@shared/crypto/office-card';
import { generateOfficeKeys } from '@shared/crypto/office-keys';
import { emptyTrustStore, importCard } from '@shared/crypto/trust-store';
import { officeByCode } from '@shared/directory/offices';
import { buildRegistryFile } from '@shared/registry/export';
import { previewImport } from '@shared/registry/import';
import { PART_SCHEMAS, ownedParts } from '../../renderer/src/registry/parts';
import { caseGenerator } from '../../tests/bench/page/generate';

export interface NodeResult {
  cases: number;
  buildMs: number;
  previewMs: number;
  fileBytes: number;
}

const NOW = new Date(Date.UTC(2026, 10, 26, 5, 0));

async function office(code: string) {
  const keys = await generateOfficeKeys({ withEncryption: true });
  const o = officeByCode(code)!;
  const card = await createOfficeCard(keys, {
    officeCode: code,
    name: { ru: o.name.ru, kk: o.name.kk },
    now: NOW,
  });
  return { keys, card };
}

export async function nodeBench(count: number, seed: number): Promise<NodeResult> {
  const gen = caseGenerator(seed);
  const rows = Array.from({ length: count }, () =>
    gen.next({
      channel: 'center',
      acceptingOfficeCode: '22',
      districtOfficeCode: '12',
      openOnly: true,
      from: Date.UTC(2026, 10, 2, 3),
      to: Date.UTC(2026, 10, 24, 12),
    }),
  );
  const center = await office('22');
  const district = await office('12');
  const trusted = await importCard(emptyTrustStore, JSON.parse(JSON.stringify(center.card)), NOW);
  if (!trusted.ok) throw new Error(`trust: ${trusted.code}`);

  const t0 = performance.now();
  const bytes = await buildRegistryFile({
    kind: 'registry',
    registryNumber: '22-12-0001',
    sequence: 1,
    createdBy: 'bench',
    cases: rows.map((r) => ownedParts(r, '22')),
    sender: { officeCode: '22', keyId: center.keys.keyId, signingKey: center.keys.signing.privateKey },
    recipientCard: district.card,
    now: NOW,
  });
  const buildMs = performance.now() - t0;

  const t1 = performance.now();
  const preview = await previewImport(bytes, {
    trust: trusted.store,
    self: {
      officeCode: '12',
      keys: [{ keyId: district.keys.keyId, decryptionKey: district.keys.encryption!.privateKey }],
    },
    partSchemas: PART_SCHEMAS,
    history: { files: new Map(), lastSequence: new Map() },
    localCases: new Map(),
    now: NOW,
    isValidCaseNumber: (digits) => parseCaseNumber(digits).ok,
  });
  const previewMs = performance.now() - t1;
  if (preview.status !== 'ready') throw new Error(`Node preview: ${preview.status}`);

  return { cases: count, buildMs, previewMs, fileBytes: bytes.length };
}
