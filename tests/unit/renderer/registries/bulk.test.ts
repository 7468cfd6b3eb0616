/**
 * Registry import and export write in bulk (issue 12). Whatever they store must be exactly what the
 * one step writer stores when the same steps are taken one case at a time: the same case rows, part
 * snapshots and audit lines. The reference below is that per-case path, written out plainly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseEvent } from '@shared/lifecycle';
import { recomputeDeadlines } from '@shared/workflow/step';
import { planImport, planImportInChunks } from '@shared/registry/plan';
import type { AppDatabase } from '@renderer/db/database';
import type { AuditEvent, CaseRow } from '@renderer/db/types';
import { toCaseRow } from '@renderer/cases/caseRow';
import { forgetSessionKeys } from '@renderer/registry/identity';
import { exportRegistry, sendableCases } from '@renderer/registry/exportRegistry';
import type { ReadyPreview } from '@renderer/registry/importRegistry';
import { applyCaseEvent, currentStepRules } from '@renderer/workflow/applyEvent';
import { workflowContext } from '@renderer/workflow/context';
import { closeTestDbs, testDb } from '../testDb';
import { insertCases } from '../journal/fixtures';
import { importAt, makeWorld, NOW, previewAt, type Party } from './hostileWorld';

afterEach(async () => {
  forgetSessionKeys();
  await closeTestDbs();
});

const N = 40;

/** What a database holds about cases, comparable across databases (audit ids differ). */
async function caseState(db: AppDatabase) {
  const cases = await db.cases.orderBy('id').toArray();
  const parts = await db.caseParts.orderBy(['caseId', 'part']).toArray();
  const audit = (await db.audit.orderBy('id').toArray())
    .filter((a) => a.caseId)
    .map(({ id: _id, ...rest }) => rest as AuditEvent)
    .sort((a, b) => (a.caseId! < b.caseId! ? -1 : a.caseId! > b.caseId! ? 1 : 0));
  return { cases, parts, audit };
}

/** A bare database holding copies of `rows` and of their audit lines: the per-case path's start. */
async function copyOf(rows: readonly CaseRow[], audit: readonly AuditEvent[] = []) {
  const db = testDb();
  await db.cases.bulkPut(rows.map((r) => structuredClone(r)));
  for (const a of audit) {
    const { id: _id, ...rest } = a;
    await db.audit.add(structuredClone(rest));
  }
  return db;
}

async function stepEach(
  db: AppDatabase,
  party: Party,
  ids: readonly string[],
  events: readonly CaseEvent[],
  auditExtra?: Record<string, unknown>,
) {
  const ctx = workflowContext(party.user, party.office, NOW.getTime())!;
  const rules = await currentStepRules(party.db);
  for (const id of ids)
    for (const event of events) {
      const r = await applyCaseEvent(db, id, event, ctx, {
        catalogue: rules.catalogue,
        calendar: rules.calendar,
        transitAllowanceWorkingDays: rules.transitAllowanceWorkingDays,
        ...(auditExtra ? { auditExtra } : {}),
      });
      expect(r.ok).toBe(true);
    }
}

/** `n` new ЦОН cases for district 12, exported in one registry. */
async function exportTo12(center: Party, n: number) {
  await insertCases(
    center.db,
    Array.from({ length: n }, () => ({ districtOfficeCode: '12' })),
  );
  const sendable = await sendableCases(center.db, center.office, '12');
  const exported = await exportRegistry(center.db, {
    office: center.office,
    user: center.user,
    recipientCode: '12',
    caseIds: sendable.map((c) => c.id),
    keys: center.keys,
    now: NOW,
  });
  if (!exported.ok) throw new Error(exported.error);
  return { exported, sendable };
}

describe('bulk registry writes equal the per-case step writer', () => {
  it('export at the ЦОН and import at the district store what per-case steps would', async () => {
    const { center, d12 } = await makeWorld();
    await insertCases(
      center.db,
      Array.from({ length: N }, (_, i) => ({ surname: `Бекова${i}`, districtOfficeCode: '12' })),
    );
    const sendable = await sendableCases(center.db, center.office, '12');
    expect(sendable).toHaveLength(N);
    const before = await center.db.cases.orderBy('id').toArray();
    const beforeAudit = await center.db.audit.toArray();

    // Bulk export …
    const exported = await exportRegistry(center.db, {
      office: center.office,
      user: center.user,
      recipientCode: '12',
      caseIds: sendable.map((c) => c.id),
      keys: center.keys,
      now: NOW,
    });
    if (!exported.ok) throw new Error(exported.error);
    // … against the same two steps taken one case at a time.
    const reference = await copyOf(before, beforeAudit);
    await stepEach(
      reference,
      center,
      before.map((r) => r.id),
      [{ type: 'add-to-registry' }, { type: 'dispatch' }],
    );
    const bulk = await caseState(center.db);
    expect(bulk.cases.map((c) => c.status)).toEqual(Array(N).fill('in-transit'));
    expect(bulk).toEqual(await caseState(reference));

    // Bulk import at the district …
    const preview = (await previewAt(d12, exported.registry.bytes)) as ReadyPreview;
    expect(preview.status).toBe('ready');
    const { applied } = await importAt(d12, exported.registry.bytes);
    expect(applied?.ok).toBe(true);
    // … against: store each merged case, its snapshots and its import line, then receive it.
    const perCase = testDb();
    const rules = await currentStepRules(d12.db);
    const at = NOW.getTime();
    const registryId = `in-${preview.fileId}`;
    for (const plan of preview.plan.cases) {
      const { intake, state } = plan.write!;
      const deadlines = recomputeDeadlines(rules, intake, state, [])!;
      await perCase.cases.put(toCaseRow(intake, state, deadlines, at, plan.number));
      const writable = plan.parts.filter((p) => p.action === 'insert' || p.action === 'apply');
      await perCase.caseParts.bulkPut(
        writable.map((p) => ({
          caseId: plan.number,
          part: p.part,
          owner: p.incoming.owner,
          revision: p.incoming.revision,
          hash: p.incoming.hash,
          importedAt: at,
          registryId,
        })),
      );
      // The receipt's audit line names the file it came in.
      await stepEach(perCase, d12, [plan.number], [{ type: 'receive-at-district' }], {
        registryId,
        registryNumber: preview.manifest.registryNumber,
        parts: writable.map((p) => `${p.part}:${p.action}`),
      });
    }
    const imported = await caseState(d12.db);
    expect(imported.cases.map((c) => c.status)).toEqual(Array(N).fill('received-by-district'));
    expect(imported.parts).toHaveLength(N);
    expect(imported).toEqual(await caseState(perCase));
  });

  it('the plan made in chunks (between paints) is the plan made at once', async () => {
    const { center, d12 } = await makeWorld();
    const { exported } = await exportTo12(center, 7);
    const preview = (await previewAt(d12, exported.registry.bytes)) as ReadyPreview;
    expect(preview.status).toBe('ready');
    const input = { manifest: preview.manifest, cases: preview.cases, local: new Map(), self: '12' };
    let pauses = 0;
    const chunked = await planImportInChunks(input, async () => void pauses++, 2);
    expect(pauses).toBe(3);
    expect(chunked).toEqual(planImport(input));
    expect(chunked.ok && chunked.plan.cases).toHaveLength(7);
  });

  it('a case changed after the preview refuses the whole import and writes nothing', async () => {
    const { center, d12 } = await makeWorld();
    const { exported, sendable } = await exportTo12(center, 5);
    const preview = (await previewAt(d12, exported.registry.bytes)) as ReadyPreview;
    // Meanwhile one of the cases arrives by another way (a restore, another file).
    const one = (await center.db.cases.get(sendable[2]!.id))!;
    await d12.db.cases.put(one);
    const before = await caseState(d12.db);
    const { applyImport } = await import('@renderer/registry/applyImport');
    const r = await applyImport(d12.db, {
      preview,
      bytes: exported.registry.bytes,
      fileName: 'x.asreg',
      office: d12.office,
      user: d12.user,
      now: NOW,
    });
    expect(r).toEqual({ ok: false, error: 'changed-meanwhile' });
    expect(await caseState(d12.db)).toEqual(before);
    expect(await d12.db.registries.count()).toBe(0);
  });
});

describe('cancelling an export', () => {
  it('stops before the write: cases, sequence and registries as they were', async () => {
    const { center } = await makeWorld();
    await insertCases(
      center.db,
      Array.from({ length: 300 }, () => ({ districtOfficeCode: '12' })),
    );
    const sendable = await sendableCases(center.db, center.office, '12');
    const before = await caseState(center.db);
    const controller = new AbortController();
    const result = await exportRegistry(center.db, {
      office: center.office,
      user: center.user,
      recipientCode: '12',
      caseIds: sendable.map((c) => c.id),
      keys: center.keys,
      now: NOW,
      signal: controller.signal,
      // Cancelled while the steps are planned, as a person clicks Cancel during the progress bar.
      onProgress: (p) => {
        if (p.phase === 'compile') controller.abort();
      },
    });
    expect(result).toEqual({ ok: false, error: 'cancelled' });
    expect(await caseState(center.db)).toEqual(before);
    expect(await center.db.registries.count()).toBe(0);
    expect(await center.db.sequences.count()).toBe(0);
    // Not cancelled, the same export goes through.
    const again = await exportRegistry(center.db, {
      office: center.office,
      user: center.user,
      recipientCode: '12',
      caseIds: sendable.map((c) => c.id),
      keys: center.keys,
      now: NOW,
    });
    expect(again.ok).toBe(true);
  });
});
