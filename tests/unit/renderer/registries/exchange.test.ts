import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '@shared/auth/roles';
import type { AppDatabase } from '@renderer/db/database';
import { getSetting } from '@renderer/db/settings';
import type { OfficeConfig } from '@renderer/db/types';
import {
  createOfficeIdentity,
  forgetSessionKeys,
  loadTrustStore,
  previewCard,
  revokeTrustedKey,
  sessionKeySets,
  sessionUnlocked,
  trustCard,
  unlockKeys,
} from '@renderer/registry/identity';
import { exportRegistry, handoffCases, resultCases, sendableCases } from '@renderer/registry/exportRegistry';
import { applyCaseEvent } from '@renderer/workflow/applyEvent';
import { workflowContext } from '@renderer/workflow/context';
import { applyImport, previewRegistryFile, type ReadyPreview } from '@renderer/registry/importRegistry';
import { loadCustody, receiveScanned, recordCustodyScan } from '@renderer/registry/custody';
import { runExclusive } from '@renderer/registry/progress';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { insertCases, MONDAY_10AM } from '../journal/fixtures';

const PASS = 'correct horse battery';
const NOW = new Date(MONDAY_10AM + 86_400_000);

afterEach(async () => {
  forgetSessionKeys();
  await closeTestDbs();
});

interface Office {
  db: AppDatabase;
  office: OfficeConfig;
  user: { id: string; roles: Role[] };
}

async function office(code: string, roles: Role[], workstation: 'main' | 'desk' = 'main'): Promise<Office> {
  const db = testDb();
  const adminId = await setUpOffice(db, {
    officeCode: code,
    workstation,
    deskCode: workstation === 'desk' ? '01' : '',
  });
  const office = (await getSetting(db, 'office'))!;
  const made = await createOfficeIdentity(db, {
    office,
    passphrase: PASS,
    passphraseRepeat: PASS,
    userId: adminId,
    now: NOW,
    iterations: 1000,
  });
  if (!made.ok) throw new Error(made.code);
  return { db, office, user: { id: adminId, roles: ['admin', ...roles] } };
}

async function trust(to: Office, from: Office) {
  const card = (await from.db.officeKeys.toArray())[0]!.card;
  const preview = await previewCard(to.db, JSON.parse(JSON.stringify(card)), to.office, NOW);
  if (!preview.ok) throw new Error(preview.code);
  await trustCard(to.db, preview, to.user.id, NOW);
  return preview;
}

async function counts(db: AppDatabase) {
  return {
    cases: await db.cases.count(),
    audit: await db.audit.count(),
    registries: await db.registries.count(),
    parts: await db.caseParts.count(),
  };
}

async function centerAndDistrict() {
  const center = await office('22', ['accumulation-inspector']);
  const district = await office('12', ['district-specialist']);
  await trust(center, district);
  await trust(district, center);
  return { center, district };
}

async function exportFrom(center: Office, n = 3) {
  // n = 0: send what is already waiting (a corrected package).
  if (n > 0)
    await insertCases(
      center.db,
      Array.from({ length: n }, () => ({})),
    );
  const sendable = await sendableCases(center.db, center.office, '12');
  expect(sendable.length).toBeGreaterThan(0);
  if (n > 0) expect(sendable).toHaveLength(n);
  const unlocked = await unlockKeys(center.db, PASS);
  if (!unlocked.ok) throw new Error(unlocked.code);
  const result = await exportRegistry(center.db, {
    office: center.office,
    user: center.user,
    recipientCode: '12',
    caseIds: sendable.map((c) => c.id),
    keys: unlocked.keys[0]!,
    now: NOW,
  });
  if (!result.ok) throw new Error(result.error);
  forgetSessionKeys();
  return result;
}

async function previewAt(district: Office, bytes: Uint8Array) {
  const unlocked = await unlockKeys(district.db, PASS);
  if (!unlocked.ok) throw new Error(unlocked.code);
  return previewRegistryFile(district.db, bytes, district.office, NOW);
}

describe('office identity', () => {
  it('creates wrapped keys, refuses a wrong passphrase, exchanges cards with fingerprints', async () => {
    const { center, district } = await centerAndDistrict();
    expect(await center.db.officeKeys.count()).toBe(1);
    expect((await unlockKeys(center.db, 'wrong passphrase')).ok).toBe(false);
    expect(sessionKeySets()).toHaveLength(0);
    expect((await unlockKeys(center.db, PASS, 'user-a')).ok).toBe(true);
    expect(sessionUnlocked('user-a')).toBe(true);
    // Another account signing in on the same window must unlock the keys itself.
    expect(sessionUnlocked('user-b')).toBe(false);
    expect(sessionKeySets('user-b')).toEqual([]);
    const store = await loadTrustStore(district.db);
    expect(store.entries.map((e) => e.card.officeCode)).toEqual(['22']);
    // Own card is not a partner card.
    const own = (await center.db.officeKeys.toArray())[0]!.card;
    expect(await previewCard(center.db, own, center.office, NOW)).toEqual({ ok: false, code: 'own-card' });
  });

  it('rotation keeps the old key: a file encrypted before the rotation still opens', async () => {
    const { center, district } = await centerAndDistrict();
    const first = await exportFrom(center, 1);
    const rotated = await createOfficeIdentity(district.db, {
      office: district.office,
      passphrase: PASS,
      passphraseRepeat: PASS,
      userId: district.user.id,
      now: NOW,
      iterations: 1000,
    });
    expect(rotated.ok).toBe(true);
    expect((await district.db.officeKeys.toArray()).map((r) => r.status).sort()).toEqual([
      'active',
      'superseded',
    ]);
    // The file was encrypted to the superseded key: still opens.
    const preview = await previewAt(district, first.registry.bytes);
    expect(preview.status).toBe('ready');
  });
});

describe('registry from the ЦОН to a district office', () => {
  it('export moves cases to in-transit, import inserts them received, the second import changes nothing', async () => {
    const { center, district } = await centerAndDistrict();
    const exported = await exportFrom(center);
    expect(exported.registry.registryNumber).toBe('22-12-0001');
    const stored = await center.db.cases.toArray();
    expect(stored.map((c) => c.status)).toEqual(['in-transit', 'in-transit', 'in-transit']);
    expect(await sendableCases(center.db, center.office, '12')).toHaveLength(0);

    const preview = await previewAt(district, exported.registry.bytes);
    expect(preview.status).toBe('ready');
    const ready = preview as ReadyPreview;
    expect(ready.plan.counts.insert).toBe(3);
    const applied = await applyImport(district.db, {
      preview: ready,
      bytes: exported.registry.bytes,
      fileName: exported.fileName,
      office: district.office,
      user: district.user,
      now: NOW,
    });
    expect(applied.ok).toBe(true);
    const received = await district.db.cases.toArray();
    expect(received.map((c) => c.status)).toEqual([
      'received-by-district',
      'received-by-district',
      'received-by-district',
    ]);
    expect(received[0]!.state.revisions).toMatchObject({ intake: 3, processing: 1 });
    expect(await district.db.caseParts.count()).toBe(3);
    const registry = (await district.db.registries.toArray())[0]!;
    expect(registry.bytes).toEqual(exported.registry.bytes);
    expect(registry.report).toMatchObject({ received: received.map((c) => c.id) });

    const before = await counts(district.db);
    const again = await previewAt(district, exported.registry.bytes);
    expect(again.status).toBe('already-imported');
    // Even a stale ready preview cannot be applied twice.
    const twice = await applyImport(district.db, {
      preview: ready,
      bytes: exported.registry.bytes,
      fileName: exported.fileName,
      office: district.office,
      user: district.user,
      now: NOW,
    });
    expect(twice).toEqual({ ok: false, error: 'already-imported' });
    expect(await counts(district.db)).toEqual(before);
  });

  it('a flipped byte is refused and nothing is written', async () => {
    const { center, district } = await centerAndDistrict();
    const exported = await exportFrom(center, 2);
    const before = await counts(district.db);
    for (const at of [
      40,
      Math.floor(exported.registry.bytes.length / 2),
      exported.registry.bytes.length - 3,
    ]) {
      const bad = exported.registry.bytes.slice();
      bad[at]! ^= 0x01;
      const preview = await previewAt(district, bad);
      expect(preview.status).toBe('refused');
    }
    const cut = await previewAt(district, exported.registry.bytes.slice(0, 100));
    expect(cut).toMatchObject({ status: 'refused', refusal: { code: 'truncated' } });
    expect(await counts(district.db)).toEqual(before);
  });

  it('a file from a revoked sender is refused', async () => {
    const { center, district } = await centerAndDistrict();
    const exported = await exportFrom(center, 1);
    const keyId = (await center.db.officeKeys.toArray())[0]!.keyId;
    await revokeTrustedKey(district.db, keyId, district.user.id, NOW);
    const preview = await previewAt(district, exported.registry.bytes);
    expect(preview).toMatchObject({ status: 'refused', refusal: { code: 'signer-revoked' } });
  });

  it('a file for another office is refused', async () => {
    const { center } = await centerAndDistrict();
    const other = await office('13', ['district-specialist']);
    await trust(other, center);
    const exported = await exportFrom(center, 1);
    const preview = await previewAt(other, exported.registry.bytes);
    expect(preview).toMatchObject({ status: 'refused', refusal: { code: 'wrong-recipient' } });
  });

  it('the next registry of the pair gets the next number; a gap is a warning', async () => {
    const { center, district } = await centerAndDistrict();
    await exportFrom(center, 1);
    const second = await exportFrom(center, 1);
    expect(second.registry.sequence).toBe(2);
    const preview = await previewAt(district, second.registry.bytes);
    expect(preview.status).toBe('ready');
    expect((preview as ReadyPreview).warnings.map((w) => w.code)).toEqual(['sequence-gap']);
  });

  it('custody scans list paper without data and data without paper', async () => {
    const { center } = await centerAndDistrict();
    const exported = await exportFrom(center, 2);
    const [a] = exported.registry.caseIds;
    expect(await recordCustodyScan(center.db, exported.registry, a!, center.user.id, 1)).toMatchObject({
      kind: 'listed',
      repeated: false,
    });
    expect((await recordCustodyScan(center.db, exported.registry, a!, center.user.id, 2)).kind).toBe(
      'listed',
    );
    const stranger = (await insertCases(center.db, [{}]))[0]!.id;
    expect((await recordCustodyScan(center.db, exported.registry, stranger, center.user.id, 3)).kind).toBe(
      'not-listed',
    );
    expect((await recordCustodyScan(center.db, exported.registry, '123', center.user.id, 4)).kind).toBe(
      'not-a-case-number',
    );
    const status = await loadCustody(center.db, exported.registry);
    expect(status.matched).toEqual([a]);
    expect(status.missingPaper).toEqual([exported.registry.caseIds[1]]);
    expect(status.paperWithoutData).toEqual([stranger]);
  });
});

describe('long work', () => {
  it('cannot be started twice at once', async () => {
    let release!: () => void;
    const first = runExclusive('t', () => new Promise<string>((r) => (release = () => r('done'))), 'busy');
    expect(await runExclusive('t', async () => 'second', 'busy')).toBe('busy');
    release();
    expect(await first).toBe('done');
  });
});

describe('desk hand-off', () => {
  it('a desk hands its cases to its main workstation; merged without duplicates', async () => {
    const main = await office('22', ['accumulation-inspector']);
    const desk = await office('22', ['center-inspector'], 'desk');
    expect((await desk.db.officeKeys.toArray())[0]!.card).toMatchObject({ kind: 'desk', deskCode: '01' });
    await trust(main, desk);
    await trust(desk, main);
    await insertCases(desk.db, [{ intake: { deskCode: '01' } }, { intake: { deskCode: '01' } }]);
    const cases = await handoffCases(desk.db, desk.office);
    expect(cases).toHaveLength(2);
    const unlocked = await unlockKeys(desk.db, PASS);
    if (!unlocked.ok) throw new Error(unlocked.code);
    const handoff = await exportRegistry(desk.db, {
      office: desk.office,
      user: desk.user,
      recipientCode: '22',
      caseIds: cases.map((c) => c.id),
      keys: unlocked.keys[0]!,
      now: NOW,
    });
    if (!handoff.ok) throw new Error(handoff.error);
    expect(handoff.registry).toMatchObject({
      kind: 'desk-handoff',
      registryNumber: '2201-22-0001',
      pairKey: '22.01>22',
    });
    expect(await handoffCases(desk.db, desk.office)).toHaveLength(0);
    forgetSessionKeys();

    const preview = await previewAt(main, handoff.registry.bytes);
    expect(preview.status).toBe('ready');
    const ready = preview as ReadyPreview;
    const applied = await applyImport(main.db, {
      preview: ready,
      bytes: handoff.registry.bytes,
      fileName: handoff.fileName,
      office: main.office,
      user: main.user,
      now: NOW,
    });
    expect(applied.ok).toBe(true);
    expect((await main.db.cases.toArray()).map((c) => c.status)).toEqual(['accepted', 'accepted']);
    expect(await sendableCases(main.db, main.office, '12')).toHaveLength(2);
    expect((await previewAt(main, handoff.registry.bytes)).status).toBe('already-imported');
  });
});

describe('returned incomplete, corrected and sent again', () => {
  it('travels back as results, is corrected at the ЦОН and received again from a later registry', async () => {
    const { center, district } = await centerAndDistrict();
    const first = await exportFrom(center, 1);
    const caseId = first.registry.caseIds[0]!;
    const ready = (await previewAt(district, first.registry.bytes)) as ReadyPreview;
    const base = {
      bytes: first.registry.bytes,
      fileName: first.fileName,
      office: district.office,
      user: district.user,
    };
    expect((await applyImport(district.db, { ...base, preview: ready, now: NOW })).ok).toBe(true);

    const districtCtx = workflowContext(district.user, district.office, NOW.getTime() + 1000)!;
    const returned = await applyCaseEvent(
      district.db,
      caseId,
      { type: 'return-incomplete', missingDocuments: ['identity'] },
      districtCtx,
    );
    expect(returned.ok).toBe(true);
    const results = await resultCases(district.db, district.office, '22');
    expect(results.map((c) => c.id)).toEqual([caseId]);
    const back = await exportRegistry(district.db, {
      office: district.office,
      user: district.user,
      recipientCode: '22',
      caseIds: [caseId],
      keys: sessionKeySets()[0]!,
      now: NOW,
    });
    if (!back.ok) throw new Error(back.error);
    expect(back.registry).toMatchObject({ kind: 'results', registryNumber: '12-22-0001' });
    expect(await resultCases(district.db, district.office, '22')).toHaveLength(0);
    forgetSessionKeys();

    const atCenter = (await previewAt(center, back.registry.bytes)) as ReadyPreview;
    expect(atCenter.status).toBe('ready');
    expect(atCenter.plan.cases[0]!.parts.map((p) => [p.part, p.action])).toEqual([['processing', 'insert']]);
    const appliedBack = await applyImport(center.db, {
      preview: atCenter,
      bytes: back.registry.bytes,
      fileName: back.fileName,
      office: center.office,
      user: center.user,
      now: NOW,
    });
    expect(appliedBack.ok).toBe(true);
    expect((await center.db.cases.get(caseId))!.status).toBe('center-correcting');
    forgetSessionKeys();

    // Corrected and sent again in a later registry: the owner's newer intake revision applies.
    const again = await exportFrom(center, 0);
    expect(again.registry.sequence).toBe(2);
    const resent = (await previewAt(district, again.registry.bytes)) as ReadyPreview;
    expect(resent.status).toBe('ready');
    expect(resent.plan.cases[0]!.parts.map((p) => [p.part, p.action])).toEqual([['intake', 'apply']]);
    expect(
      (
        await applyImport(district.db, {
          preview: resent,
          bytes: again.registry.bytes,
          fileName: again.fileName,
          office: district.office,
          user: district.user,
          now: NOW,
        })
      ).ok,
    ).toBe(true);
    const row = (await district.db.cases.get(caseId))!;
    expect(row.status).toBe('received-by-district');
    expect(row.state.returnCount).toBe(1);
  });
});

describe('receipt when the importing account may not receive', () => {
  it('leaves the case in transit, and the paper scan by a district specialist receives it', async () => {
    const { center, district } = await centerAndDistrict();
    const exported = await exportFrom(center, 1);
    const caseId = exported.registry.caseIds[0]!;
    const ready = (await previewAt(district, exported.registry.bytes)) as ReadyPreview;
    const applied = await applyImport(district.db, {
      preview: ready,
      bytes: exported.registry.bytes,
      fileName: exported.fileName,
      office: district.office,
      user: { id: district.user.id, roles: ['admin'] },
      now: NOW,
    });
    expect(applied.ok && applied.report.notReceived).toEqual([caseId]);
    expect((await district.db.cases.get(caseId))!.status).toBe('in-transit');
    expect(await receiveScanned(district.db, caseId, { id: 'x', roles: ['admin'] }, district.office)).toBe(
      false,
    );
    expect(await receiveScanned(district.db, caseId, district.user, district.office, NOW.getTime())).toBe(
      true,
    );
    expect((await district.db.cases.get(caseId))!.status).toBe('received-by-district');
    expect(await receiveScanned(district.db, caseId, district.user, district.office, NOW.getTime())).toBe(
      false,
    );
  });
});

describe('choosing the cases of a registry', () => {
  it('filters by the Almaty acceptance date and by desk', async () => {
    const { center } = await centerAndDistrict();
    const [early, late, desk] = await insertCases(center.db, [
      { acceptedAt: MONDAY_10AM },
      { acceptedAt: MONDAY_10AM + 2 * 86_400_000 },
      { acceptedAt: MONDAY_10AM, intake: { deskCode: '03' } },
    ]);
    const ids = async (filter: Parameters<typeof sendableCases>[3]) =>
      (await sendableCases(center.db, center.office, '12', filter)).map((c) => c.id).sort();
    expect(await ids({})).toEqual([early!.id, late!.id, desk!.id].sort());
    expect(await ids({ from: '2026-03-04' })).toEqual([late!.id]);
    expect(await ids({ to: '2026-03-02' })).toEqual([early!.id, desk!.id].sort());
    expect(await ids({ deskCode: '03' })).toEqual([desk!.id]);
    expect(await sendableCases(center.db, center.office, '13')).toEqual([]);
  });
});
