/**
 * A mixed registry file (issue 12): a new case, an intake revision over a case the district is
 * working on, a changed application (conflict) and a part the sender does not own, in one file. The
 * bulk import must leave exactly the state the per-case path leaves (each planned case stored, its
 * snapshots and audit line written, the arrival step taken through the one step writer), and the
 * same file again must change nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { recomputeDeadlines } from '@shared/workflow/step';
import type { AppDatabase } from '@renderer/db/database';
import type { AuditEvent, CaseRow } from '@renderer/db/types';
import { toCaseRow } from '@renderer/cases/caseRow';
import { forgetSessionKeys } from '@renderer/registry/identity';
import { applyImport, type ReadyPreview } from '@renderer/registry/importRegistry';
import { applyCaseEvent, currentStepRules } from '@renderer/workflow/applyEvent';
import { workflowContext } from '@renderer/workflow/context';
import { closeTestDbs, testDb } from '../testDb';
import {
  centerCase,
  forge,
  intakePart,
  makeWorld,
  NOW,
  previewAt,
  processingPart,
  store,
  type Party,
} from './hostileWorld';

afterEach(async () => {
  forgetSessionKeys();
  await closeTestDbs();
});

async function dump(db: AppDatabase) {
  return {
    cases: await db.cases.orderBy('id').toArray(),
    parts: await db.caseParts.orderBy(['caseId', 'part']).toArray(),
    audit: (await db.audit.orderBy('id').toArray())
      .filter((a) => a.caseId)
      .map(({ id: _id, ...rest }) => rest as AuditEvent),
  };
}

/** A copy of what `at` holds about cases, in a bare database: the per-case path's start. */
async function copyOf(at: Party) {
  const db = testDb();
  await db.cases.bulkPut(await at.db.cases.toArray());
  await db.caseParts.bulkPut(await at.db.caseParts.toArray());
  return db;
}

/** The per-case path: every planned case stored on its own, then its arrival step. */
async function perCase(db: AppDatabase, at: Party, preview: ReadyPreview) {
  const rules = await currentStepRules(at.db);
  const ctx = workflowContext(at.user, at.office, NOW.getTime())!;
  const time = NOW.getTime();
  const registryId = `in-${preview.fileId}`;
  for (const plan of preview.plan.cases) {
    if (!plan.write) continue;
    const { intake, state } = plan.write;
    const before = await db.cases.get(plan.number);
    const deadlines = recomputeDeadlines(rules, intake, state, []) ?? before!.deadlines;
    await db.cases.put(toCaseRow(intake, state, deadlines, time, plan.number));
    const writable = plan.parts.filter((p) => p.action === 'insert' || p.action === 'apply');
    for (const p of writable)
      await db.caseParts.put({
        caseId: plan.number,
        part: p.part,
        owner: p.incoming.owner,
        revision: p.incoming.revision,
        hash: p.incoming.hash,
        importedAt: time,
        registryId,
      });
    const imported = {
      registryId,
      registryNumber: preview.manifest.registryNumber,
      parts: writable.map((p) => `${p.part}:${p.action}`),
    };
    if (state.status === 'in-transit') {
      const r = await applyCaseEvent(db, plan.number, { type: 'receive-at-district' }, ctx, {
        ...rules,
        auditExtra: imported,
      });
      expect(r.ok).toBe(true);
    } else {
      await db.audit.add({
        at: time,
        userId: at.user.id,
        action: 'registry.imported',
        caseId: plan.number,
        details: imported,
      });
    }
  }
}

describe('a mixed registry file', () => {
  it('bulk import = per-case path: insert, apply, conflict and not-owner parts; twice changes nothing', async () => {
    const w = await makeWorld();
    const fresh = centerCase('12', 'in-transit', { revisions: { intake: 3, processing: 0, payment: 0 } });
    const working = centerCase('12', 'with-specialist', {
      revisions: { intake: 3, processing: 4, payment: 0 },
      assigneeUserId: 'spec-1',
      conclusion: 'need',
    });
    const disputed = centerCase('12', 'with-specialist', {
      revisions: { intake: 3, processing: 4, payment: 0 },
    });
    await store(w.d12, working, [{ part: 'intake', owner: '22' }]);
    await store(w.d12, disputed, [{ part: 'intake', owner: '22' }]);
    const foreign = centerCase('12', 'with-specialist', {
      revisions: { intake: 3, processing: 4, payment: 0 },
    });
    await store(w.d12, foreign, [{ part: 'intake', owner: '22' }]);
    const atCenter = (row: CaseRow, surname?: string) =>
      ({
        ...row,
        intake: surname ? { ...row.intake, applicant: { ...row.intake.applicant, surname } } : row.intake,
        state: {
          ...row.state,
          status: 'in-transit' as const,
          assigneeUserId: undefined,
          conclusion: undefined,
        },
      }) as CaseRow;
    const bytes = await forge(w.center, w.d12, 'registry', [
      { number: fresh.id, parts: [intakePart(fresh, '22')] },
      { number: working.id, parts: [intakePart(atCenter(working), '22', 4)] },
      // The processing part is the district's, not the ЦОН's.
      { number: foreign.id, parts: [processingPart(atCenter(foreign).state, '22', 9)] },
      { number: disputed.id, parts: [intakePart(atCenter(disputed, 'Подменов'), '22', 4)] },
    ]);
    const preview = (await previewAt(w.d12, bytes)) as ReadyPreview;
    expect(preview.status).toBe('ready');
    const actions = preview.plan.cases.flatMap((c) =>
      c.parts.map((p) => `${c.number}/${p.part}:${p.action}`),
    );
    expect(actions.sort()).toEqual(
      [
        `${fresh.id}/intake:insert`,
        `${working.id}/intake:apply`,
        `${foreign.id}/processing:not-owner`,
        `${disputed.id}/intake:conflict`,
      ].sort(),
    );

    const reference = await copyOf(w.d12);
    const applied = await applyImport(w.d12.db, {
      preview,
      bytes,
      fileName: 'x.asreg',
      office: w.d12.office,
      user: w.d12.user,
      now: NOW,
    });
    expect(applied.ok).toBe(true);
    await perCase(reference, w.d12, preview);
    const bulk = await dump(w.d12.db);
    expect(bulk).toEqual(await dump(reference));
    expect(bulk.cases.find((c) => c.id === fresh.id)?.status).toBe('received-by-district');
    expect(bulk.cases.find((c) => c.id === working.id)?.state).toMatchObject({ assigneeUserId: 'spec-1' });
    expect(bulk.cases.find((c) => c.id === disputed.id)?.intake.applicant.surname).toBe(
      disputed.intake.applicant.surname,
    );

    // The same file again: refused as already imported, nothing written.
    const again = await applyImport(w.d12.db, {
      preview,
      bytes,
      fileName: 'x.asreg',
      office: w.d12.office,
      user: w.d12.user,
      now: NOW,
    });
    expect(again).toEqual({ ok: false, error: 'already-imported' });
    expect(await dump(w.d12.db)).toEqual(bulk);
  });
});
