import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '@shared/auth/roles';
import type { AppDatabase } from '@renderer/db/database';
import { getSetting } from '@renderer/db/settings';
import type { CaseRow, OfficeConfig } from '@renderer/db/types';
import {
  createOfficeIdentity,
  forgetSessionKeys,
  previewCard,
  trustCard,
  unlockKeys,
} from '@renderer/registry/identity';
import { applyImport, previewRegistryFile, type ReadyPreview } from '@renderer/registry/importRegistry';
import {
  compilePaymentRequest,
  markSentToTreasury,
  paymentCandidates,
  paymentListData,
  receivedPaymentRequests,
  sentPaymentRequests,
} from '@renderer/registry/paymentRequest';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { makeCase, MONDAY_10AM } from '../journal/fixtures';
import { EXAMPLE_CATEGORY } from '@shared/catalogue';

const PASS = 'correct horse battery';
const NOW = new Date(MONDAY_10AM + 20 * 86_400_000);

afterEach(async () => {
  forgetSessionKeys();
  await closeTestDbs();
});

interface Office {
  db: AppDatabase;
  office: OfficeConfig;
  user: { id: string; roles: Role[] };
}

async function office(code: string, roles: Role[]): Promise<Office> {
  const db = testDb();
  const adminId = await setUpOffice(db, { officeCode: code, workstation: 'main', deskCode: '' });
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
}

/** An assigned maslikhat case at district 12, issued in person; `amount` undefined = none recorded. */
function assigned(amount: number | undefined, surname = 'Сейтова'): CaseRow {
  const row = makeCase({ serviceId: 'maslikhat-social-aid', channel: 'district', surname });
  const state = {
    ...row.state,
    status: 'issued-in-person' as const,
    decision: 'approved' as const,
    revisions: { intake: 1, processing: 3, payment: 0 },
    milestones: { ...row.state.milestones, decidedAt: MONDAY_10AM + 5 * 86_400_000 },
    ...(amount !== undefined ? { amount } : {}),
  };
  return { ...row, status: state.status, state };
}

async function pair() {
  const district = await office('12', ['responsible-specialist']);
  const department = await office('00', ['department-specialist']);
  await trust(district, department);
  await trust(department, district);
  return { district, department };
}

async function compile(district: Office, caseIds: string[]) {
  const unlocked = await unlockKeys(district.db, PASS);
  if (!unlocked.ok) throw new Error(unlocked.code);
  const result = await compilePaymentRequest(district.db, {
    office: district.office,
    user: district.user,
    caseIds,
    keys: unlocked.keys[0]!,
    now: NOW,
  });
  forgetSessionKeys();
  return result;
}

async function previewAt(department: Office, bytes: Uint8Array) {
  const unlocked = await unlockKeys(department.db, PASS);
  if (!unlocked.ok) throw new Error(unlocked.code);
  return previewRegistryFile(department.db, bytes, department.office, NOW);
}

describe('maslikhat payment request (3.2 §13 steps 5-6)', () => {
  it('compiles at the district, imports at the Управление and is sent to the Treasury', async () => {
    const { district, department } = await pair();
    const a = assigned(15_000.5, 'Ахметова');
    a.state = { ...a.state, subType: EXAMPLE_CATEGORY };
    const b = assigned(20_000, 'Бекова');
    const none = assigned(undefined, 'Исаев');
    const refused = { ...assigned(5_000), state: { ...assigned(5_000).state, decision: 'refused' as const } };
    await district.db.cases.bulkAdd([a, b, none, refused]);

    const candidates = await paymentCandidates(district.db, district.office);
    expect(candidates.ready.map((r) => r.id)).toEqual([a.id, b.id].sort());
    expect(candidates.leftOut).toEqual([
      { row: expect.objectContaining({ id: none.id }), reason: 'no-amount' },
    ]);

    // The case without an amount, passed anyway, is left out with its reason.
    const result = await compile(district, [a.id, b.id, none.id]);
    if (!result.ok) throw new Error(result.error);
    expect(result.registry.kind).toBe('payment-request');
    expect(result.registry.registryNumber).toBe('12-00-0001');
    expect(result.registry.caseIds).toEqual([a.id, b.id].sort());
    expect(result.total).toBe(35_000.5);
    expect(result.leftOut).toEqual([{ caseId: none.id, reason: 'no-amount' }]);
    expect((await district.db.cases.get(a.id))!.status).toBe('payment-requested');
    expect((await district.db.cases.get(none.id))!.status).toBe('issued-in-person');
    expect((await paymentCandidates(district.db, district.office)).ready).toHaveLength(0);
    const audit = await district.db.audit.toArray();
    expect(audit.filter((e) => e.caseId === a.id).map((e) => e.action)).toContain('case.request-payment');
    expect(audit.some((e) => e.action === 'registry.exported')).toBe(true);

    // The printed list's data: formatted numbers, amounts, the Управление as addressee.
    const [sent] = await sentPaymentRequests(district.db);
    const data = await paymentListData(district.db, sent!);
    expect(data.rows.map((r) => r.amount).sort()).toEqual([15_000.5, 20_000]);
    const row = data.rows.find((r) => r.amount === 15_000.5)!;
    expect(row.category).toMatchObject({ ru: expect.any(String), kk: expect.any(String) });
    expect(row.recipient.surname).toBe('Ахметова');
    expect(row.decidedOn).toBe('2026-03-07');
    expect(data.addressee).toMatchObject({ ru: expect.stringContaining('Управлени') });

    // The Управление imports the file through the ordinary pipeline.
    const preview = await previewAt(department, result.registry.bytes);
    expect(preview.status).toBe('ready');
    const applied = await applyImport(department.db, {
      preview: preview as ReadyPreview,
      bytes: result.registry.bytes,
      fileName: result.fileName,
      office: department.office,
      user: department.user,
      now: NOW,
    });
    if (!applied.ok) throw new Error(applied.error);
    const [received] = await receivedPaymentRequests(department.db);
    expect(received!.total).toBe(35_000.5);
    // The Управление's copy of the list: the same rows, no names of its own staff as signatories.
    const copy = await paymentListData(department.db, received!);
    expect(copy.rows.map((r) => r.caseNumber)).toEqual(data.rows.map((r) => r.caseNumber));
    expect(copy.compiledBy).toEqual({ surname: '', givenName: '' });
    expect(received!.pending).toEqual([a.id, b.id].sort());

    const treasury = await markSentToTreasury(department.db, {
      office: department.office,
      user: department.user,
      registryId: received!.registry.id,
      now: NOW,
    });
    expect(treasury).toEqual({ ok: true, sent: [a.id, b.id].sort() });
    const stored = await department.db.cases.get(a.id);
    expect(stored!.status).toBe('sent-to-treasury');
    expect(stored!.state.revisions.payment).toBe(1);
    const [after] = await receivedPaymentRequests(department.db);
    expect(after!.pending).toEqual([]);
    expect(after!.treasury).toMatchObject({ cases: [a.id, b.id].sort() });
    const deptAudit = await department.db.audit.toArray();
    expect(deptAudit.filter((e) => e.action === 'case.send-to-treasury')).toHaveLength(2);
    // Twice: nothing left to send.
    expect(
      await markSentToTreasury(department.db, {
        office: department.office,
        user: department.user,
        registryId: received!.registry.id,
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: 'nothing-pending' });
  });

  it('imports the same request only once', async () => {
    const { district, department } = await pair();
    const a = assigned(10_000);
    await district.db.cases.add(a);
    const result = await compile(district, [a.id]);
    if (!result.ok) throw new Error(result.error);
    const preview = await previewAt(department, result.registry.bytes);
    const applied = await applyImport(department.db, {
      preview: preview as ReadyPreview,
      bytes: result.registry.bytes,
      fileName: result.fileName,
      office: department.office,
      user: department.user,
      now: NOW,
    });
    expect(applied.ok).toBe(true);
    const again = await previewAt(department, result.registry.bytes);
    expect(again.status).toBe('already-imported');
    expect(await department.db.registries.count()).toBe(1);
  });

  it('refuses without the Управление card, a wrong role, or only cases without an amount', async () => {
    const district = await office('12', ['responsible-specialist']);
    const a = assigned(10_000);
    const none = assigned(undefined);
    await district.db.cases.bulkAdd([a, none]);
    expect(await compile(district, [a.id])).toMatchObject({ ok: false, error: 'no-recipient-card' });
    const department = await office('00', ['department-specialist']);
    await trust(district, department);
    expect(await compile(district, [none.id])).toMatchObject({
      ok: false,
      error: 'no-cases',
      leftOut: [{ caseId: none.id, reason: 'no-amount' }],
    });
    const clerk = { ...district, user: { ...district.user, roles: ['district-specialist' as Role] } };
    expect(await compile(clerk, [a.id])).toMatchObject({ ok: false, error: 'not-allowed' });
    expect((await district.db.cases.get(a.id))!.status).toBe('issued-in-person');
    expect(await district.db.registries.count()).toBe(0);
  });
});
