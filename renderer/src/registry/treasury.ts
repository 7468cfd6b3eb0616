/**
 * The Управление's Treasury step for an imported payment request (3.2 §13.6): planned with the rules
 * in force, stored in one transaction only if no case moved meanwhile.
 */
import type { TransitionContext } from '@shared/lifecycle';
import type { AppDatabase } from '../db/database';
import type { CaseRow, OfficeConfig } from '../db/types';
import { currentStepRules, writeStepRows } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';
import { Abort, caughtAbort } from './abort';
import { runExclusive } from './progress';
import { planSendSteps, type SentCase } from './sendRegistry';

export type TreasuryResult =
  | { ok: true; sent: string[] }
  | {
      ok: false;
      error: 'busy' | 'not-found' | 'not-allowed' | 'nothing-pending' | 'lifecycle-refused';
      caseId?: string;
    };

export interface TreasuryInput {
  office: OfficeConfig;
  user: { id: string; roles: TransitionContext['actor']['roles'] };
  registryId: string;
  now: Date;
}

/**
 * The Управление passes an imported request on to the Treasury (3.2 §13.6): every case of it still
 * payment-requested moves to sent-to-treasury, in one transaction with its audit entries.
 */
export function markSentToTreasury(db: AppDatabase, input: TreasuryInput): Promise<TreasuryResult> {
  return runExclusive('treasury', () => doTreasury(db, input), { ok: false, error: 'busy' } as const);
}

async function doTreasury(db: AppDatabase, input: TreasuryInput): Promise<TreasuryResult> {
  const at = input.now.getTime();
  const ctx = workflowContext(input.user, input.office, at);
  if (!ctx || ctx.officeType !== 'department') return { ok: false, error: 'not-allowed' };
  const registry = await db.registries.get(input.registryId);
  if (!registry || registry.kind !== 'payment-request' || registry.direction !== 'in')
    return { ok: false, error: 'not-found' };
  const rows = (await db.cases.bulkGet(registry.caseIds)).filter(
    (r): r is CaseRow => r?.status === 'payment-requested',
  );
  if (rows.length === 0) return { ok: false, error: 'nothing-pending' };
  // Planned with the rules in force, then stored in one transaction if nothing moved meanwhile.
  const rules = await currentStepRules(db);
  const steps = await caughtAbort<'lifecycle-refused', SentCase[]>(() =>
    planSendSteps(
      db,
      rows,
      [{ type: 'send-to-treasury' }],
      ctx,
      rules,
      () => {},
      () => ({
        registryId: registry.id,
        registryNumber: registry.registryNumber,
      }),
    ),
  );
  if (!Array.isArray(steps)) return steps;
  const sent = rows.map((r) => r.id);
  return caughtAbort<'not-found', TreasuryResult>(() =>
    db.transaction('rw', [db.cases, db.audit, db.registries], async () => {
      const current = await db.cases.bulkGet(sent);
      const moved = current.findIndex((row, i) => row?.updatedAt !== rows[i]!.updatedAt);
      if (moved >= 0) throw new Abort('lifecycle-refused', sent[moved]);
      const stored = await db.registries.get(registry.id);
      if (!stored) throw new Abort('not-found');
      await writeStepRows(
        db,
        steps.map((s) => s.stored!),
        steps.flatMap((s) => s.audit),
      );
      const report = { ...(stored.report ?? {}), treasury: { at, userId: input.user.id, cases: sent } };
      await db.registries.update(registry.id, { report });
      return { ok: true, sent } as const;
    }),
  );
}
