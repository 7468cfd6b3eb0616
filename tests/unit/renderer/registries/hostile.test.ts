/**
 * Issue 10: a trusted but hostile sender, for every file kind. Every file here is validly signed
 * and encrypted by an office the recipient trusts; what it may change is what that office owns.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCaseNumber } from '@shared/case-number';
import { forgetSessionKeys } from '@renderer/registry/identity';
import type { ReadyPreview } from '@renderer/registry/importRegistry';
import type { CaseRow } from '@renderer/db/types';
import { closeTestDbs } from '../testDb';
import { makeCase } from '../journal/fixtures';
import {
  centerCase,
  forge,
  importAt,
  intakePart,
  makeWorld,
  processingPart,
  store,
  type Party,
} from './hostileWorld';

afterEach(async () => {
  forgetSessionKeys();
  await closeTestDbs();
});

async function snapshot(at: Party) {
  return {
    cases: await at.db.cases.toArray(),
    parts: await at.db.caseParts.toArray(),
  };
}

const plannedParts = (preview: unknown) =>
  (preview as ReadyPreview).plan.cases.flatMap((c) =>
    c.parts.map((p) => `${c.number}/${p.part}:${p.action}:${(p as { reason?: string }).reason ?? ''}`),
  );

describe('defect 1: case identity comes from the signed manifest', () => {
  it('a results file listing a new number but carrying an existing ЦОН case id is refused whole', async () => {
    const w = await makeWorld();
    const victim = centerCase('12', 'in-transit', { revisions: { intake: 3, processing: 0, payment: 0 } });
    await store(w.center, victim);
    const before = await snapshot(w.center);
    // A number of district 12's own, listed in the manifest; the part data names the victim.
    const listed = makeCaseNumber({ officeCode: '12', deskCode: '00', year: 2026, sequence: 4242 });
    const forged = {
      ...victim.state,
      status: 'result-sent-to-center' as const,
      decision: 'approved' as const,
      amount: 999_999,
      revisions: { intake: 3, processing: 9, payment: 0 },
    };
    const bytes = await forge(w.d12, w.center, 'results', [
      { number: listed, parts: [processingPart(forged, '12')] },
    ]);
    const { preview } = await importAt(w.center, bytes);
    expect(preview).toMatchObject({ status: 'refused', refusal: { code: 'case-id-mismatch' } });
    expect(await snapshot(w.center)).toEqual(before);
  });
});

describe('defect 2: ownership is derived from the case, not claimed', () => {
  it('district 12 cannot write a decision into a case of district 13 at the ЦОН', async () => {
    const w = await makeWorld();
    const victim = centerCase('13', 'in-transit', { revisions: { intake: 3, processing: 0, payment: 0 } });
    await store(w.center, victim);
    const before = await snapshot(w.center);
    const forged = {
      ...victim.state,
      status: 'result-sent-to-center' as const,
      decision: 'approved' as const,
      amount: 999_999,
      revisions: { intake: 3, processing: 5, payment: 0 },
    };
    const bytes = await forge(w.d12, w.center, 'results', [
      { number: victim.id, parts: [processingPart(forged, '12')] },
    ]);
    const { preview, applied } = await importAt(w.center, bytes);
    expect(preview.status).toBe('ready');
    expect(plannedParts(preview)).toEqual([`${victim.id}/processing:not-owner:owner-mismatch`]);
    expect(applied?.ok).toBe(true);
    expect(await snapshot(w.center)).toEqual(before);
  });

  it('a district cannot decide its own case while the ЦОН still holds it (not yet sent)', async () => {
    const w = await makeWorld();
    const held = centerCase('12', 'accepted', { revisions: { intake: 1, processing: 0, payment: 0 } });
    await store(w.center, held);
    const before = await snapshot(w.center);
    const forged = {
      ...held.state,
      status: 'result-sent-to-center' as const,
      decision: 'approved' as const,
      amount: 999_999,
      revisions: { intake: 1, processing: 4, payment: 0 },
    };
    const bytes = await forge(w.d12, w.center, 'results', [
      { number: held.id, parts: [processingPart(forged, '12')] },
    ]);
    const { preview } = await importAt(w.center, bytes);
    expect(plannedParts(preview)).toEqual([`${held.id}/processing:conflict:out-of-turn`]);
    expect(await snapshot(w.center)).toEqual(before);
  });

  it('a district cannot create a case "accepted by the ЦОН" that would be sent on', async () => {
    const w = await makeWorld();
    // Intake owner 12 claimed, accepting office 22: whichever way, not the sender's case to create.
    const fake = makeCase({ districtOfficeCode: '12' });
    const bytes = await forge(w.d12, w.center, 'results', [
      {
        number: fake.id,
        parts: [
          intakePart(fake, '12'),
          processingPart({ ...fake.state, revisions: { ...fake.state.revisions, processing: 1 } }, '12', 1),
        ],
      },
    ]);
    const { preview } = await importAt(w.center, bytes);
    expect(preview.status).toBe('ready');
    expect(await w.center.db.cases.count()).toBe(0);
    const unknown = makeCaseNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 77 });
    const state = { ...fake.state, caseId: unknown, revisions: { intake: 1, processing: 1, payment: 0 } };
    const lonely = await forge(w.d12, w.center, 'results', [
      { number: unknown, parts: [processingPart(state, '12', 1)] },
    ]);
    const second = await importAt(w.center, lonely);
    expect(plannedParts(second.preview)).toEqual([`${unknown}/processing:not-owner:unknown-case`]);
    expect(await w.center.db.cases.count()).toBe(0);
  });

  it('a district never sends a registry, a ЦОН never sends results: refused whole', async () => {
    const w = await makeWorld();
    const own = makeCase({ channel: 'district', districtOfficeCode: '12' });
    const asRegistry = await forge(w.d12, w.center, 'registry', [
      { number: own.id, parts: [intakePart(own, '12')] },
    ]);
    expect((await importAt(w.center, asRegistry)).preview).toMatchObject({
      status: 'refused',
      refusal: { code: 'kind-not-allowed' },
    });
    const row = centerCase('12', 'in-transit');
    const asResults = await forge(w.center, w.d12, 'results', [
      { number: row.id, parts: [intakePart(row, '22')] },
    ]);
    expect((await importAt(w.d12, asResults)).preview).toMatchObject({
      status: 'refused',
      refusal: { code: 'kind-not-allowed' },
    });
    expect(await w.center.db.cases.count()).toBe(0);
    expect(await w.d12.db.cases.count()).toBe(0);
  });

  it('a desk hands off only cases it numbered itself', async () => {
    const w = await makeWorld();
    const mine = makeCase({ intake: { deskCode: '01' } });
    const mains = makeCase({});
    const other = makeCase({ intake: { deskCode: '02' } });
    const bytes = await forge(w.desk, w.center, 'desk-handoff', [
      { number: mine.id, parts: [intakePart(mine, '22')] },
      { number: mains.id, parts: [intakePart(mains, '22')] },
      { number: other.id, parts: [intakePart(other, '22')] },
    ]);
    const { preview } = await importAt(w.center, bytes);
    expect(plannedParts(preview).sort()).toEqual(
      [
        `${mine.id}/intake:insert:`,
        `${mains.id}/intake:not-owner:not-own-desk`,
        `${other.id}/intake:not-owner:not-own-desk`,
      ].sort(),
    );
    expect((await w.center.db.cases.toArray()).map((c) => c.id)).toEqual([mine.id]);
  });

  it('a payment request for another district’s case is not taken by the Управление', async () => {
    const w = await makeWorld();
    const theirs = makeCase({
      channel: 'district',
      districtOfficeCode: '13',
      serviceId: 'maslikhat-social-aid',
    });
    const state = {
      ...theirs.state,
      status: 'payment-requested' as const,
      revisions: { intake: 1, processing: 3, payment: 0 },
    };
    const row = { ...theirs, state };
    const bytes = await forge(w.d12, w.dept, 'payment-request', [
      { number: row.id, parts: [intakePart(row as CaseRow, '12'), processingPart(state, '12')] },
    ]);
    const { preview } = await importAt(w.dept, bytes);
    expect(plannedParts(preview)).toEqual([
      `${row.id}/intake:not-owner:owner-mismatch`,
      `${row.id}/processing:not-owner:owner-mismatch`,
    ]);
    expect(await w.dept.db.cases.count()).toBe(0);
  });
});

describe('defect 3: a part writes only its owner’s fields; the status never moves back', () => {
  it('an intake revision at the district keeps with-specialist, the assignee and the conclusion', async () => {
    const w = await makeWorld();
    const working = centerCase('12', 'with-specialist', {
      revisions: { intake: 3, processing: 4, payment: 0 },
      assigneeUserId: 'spec-1',
      conclusion: 'need',
    });
    await store(w.d12, working, [{ part: 'intake', owner: '22' }]);
    // The ЦОН's copy: in transit, no assignee, no conclusion, a newer intake revision.
    const atCenter = {
      ...working,
      state: {
        ...working.state,
        status: 'in-transit' as const,
        assigneeUserId: undefined,
        conclusion: undefined,
      },
    } as CaseRow;
    const bytes = await forge(w.center, w.d12, 'registry', [
      { number: working.id, parts: [intakePart(atCenter, '22', 4)] },
    ]);
    const { applied } = await importAt(w.d12, bytes);
    expect(applied?.ok).toBe(true);
    const row = (await w.d12.db.cases.get(working.id))!;
    expect(row.status).toBe('with-specialist');
    expect(row.state).toMatchObject({ assigneeUserId: 'spec-1', conclusion: 'need' });
    expect(row.state.revisions.intake).toBe(4);
  });

  it('an intake revision that changes the application while the district works is a conflict', async () => {
    const w = await makeWorld();
    const working = centerCase('12', 'with-specialist', {
      revisions: { intake: 3, processing: 4, payment: 0 },
      assigneeUserId: 'spec-1',
    });
    await store(w.d12, working, [{ part: 'intake', owner: '22' }]);
    const before = await snapshot(w.d12);
    const changed = {
      ...working,
      intake: { ...working.intake, applicant: { ...working.intake.applicant, surname: 'Подменов' } },
      state: { ...working.state, status: 'in-transit' as const },
    } as CaseRow;
    const bytes = await forge(w.center, w.d12, 'registry', [
      { number: working.id, parts: [intakePart(changed, '22', 4)] },
    ]);
    const { preview } = await importAt(w.d12, bytes);
    expect(plannedParts(preview)).toEqual([`${working.id}/intake:conflict:out-of-turn`]);
    expect(await snapshot(w.d12)).toEqual(before);
  });

  it('claiming the district’s own status does not let the ЦОН rewrite the application', async () => {
    const w = await makeWorld();
    const working = centerCase('12', 'with-specialist', {
      revisions: { intake: 3, processing: 4, payment: 0 },
    });
    await store(w.d12, working, [{ part: 'intake', owner: '22' }]);
    const before = await snapshot(w.d12);
    const changed = {
      ...working,
      intake: { ...working.intake, applicant: { ...working.intake.applicant, surname: 'Подменов' } },
    } as CaseRow;
    const bytes = await forge(w.center, w.d12, 'registry', [
      { number: working.id, parts: [intakePart(changed, '22', 4)] },
    ]);
    const { preview } = await importAt(w.d12, bytes);
    expect(plannedParts(preview)).toEqual([`${working.id}/intake:conflict:out-of-turn`]);
    expect(await snapshot(w.d12)).toEqual(before);
  });

  it('a stolen desk key cannot rewrite its case once the ЦОН has sent it on', async () => {
    const w = await makeWorld();
    const sent = centerCase(
      '12',
      'in-transit',
      { revisions: { intake: 3, processing: 0, payment: 0 } },
      { intake: { deskCode: '01' } },
    );
    await store(w.center, sent);
    const before = await snapshot(w.center);
    const changed = {
      ...sent,
      intake: { ...sent.intake, applicant: { ...sent.intake.applicant, surname: 'Подменов' } },
    } as CaseRow;
    const bytes = await forge(w.desk, w.center, 'desk-handoff', [
      { number: sent.id, parts: [intakePart(changed, '22', 9)] },
    ]);
    const { preview } = await importAt(w.center, bytes);
    expect(plannedParts(preview)).toEqual([`${sent.id}/intake:conflict:out-of-turn`]);
    expect(await snapshot(w.center)).toEqual(before);
  });

  it('a results revision over a case issued at the ЦОН keeps issued-by-center and deliveredAt', async () => {
    const w = await makeWorld();
    const issued = centerCase('12', 'issued-by-center', {
      revisions: { intake: 7, processing: 5, payment: 0 },
      decision: 'approved',
      delivery: 'center',
      milestones: { acceptedAt: 1, decidedAt: 2, deliveredAt: 3 },
    });
    await store(w.center, issued, [{ part: 'processing', owner: '12' }]);
    const districtCopy = {
      ...issued.state,
      status: 'result-sent-to-center' as const,
      delivery: undefined,
      milestones: { acceptedAt: 1, decidedAt: 2 },
    };
    const bytes = await forge(w.d12, w.center, 'results', [
      { number: issued.id, parts: [processingPart(districtCopy, '12', 6)] },
    ]);
    const { applied } = await importAt(w.center, bytes);
    expect(applied?.ok).toBe(true);
    const row = (await w.center.db.cases.get(issued.id))!;
    expect(row.status).toBe('issued-by-center');
    expect(row.state.milestones.deliveredAt).toBe(3);
    expect(row.state.delivery).toBe('center');
  });
});

describe('defect 6 (import side): no case is read before the signature holds', () => {
  it('a file with a broken signature reads no case and no part snapshot', async () => {
    const w = await makeWorld();
    const row = centerCase('12', 'in-transit', { revisions: { intake: 3, processing: 0, payment: 0 } });
    await store(w.center, row);
    const state = {
      ...row.state,
      status: 'result-sent-to-center' as const,
      revisions: { intake: 3, processing: 2, payment: 0 },
    };
    const bytes = await forge(w.d12, w.center, 'results', [
      { number: row.id, parts: [processingPart(state, '12')] },
    ]);
    const broken = bytes.slice();
    broken[broken.length - 1]! ^= 0x01;
    const reads = [
      vi.spyOn(w.center.db.cases, 'bulkGet'),
      vi.spyOn(w.center.db.cases, 'get'),
      vi.spyOn(w.center.db.caseParts, 'where'),
    ];
    const { preview } = await importAt(w.center, broken);
    expect(preview).toMatchObject({ status: 'refused', refusal: { code: 'signature-invalid' } });
    for (const spy of reads) expect(spy).not.toHaveBeenCalled();
    // The same file intact: read after verification, and planned.
    const { preview: good } = await importAt(w.center, bytes);
    expect(good.status).toBe('ready');
    expect(reads[0]).toHaveBeenCalled();
  });
});
