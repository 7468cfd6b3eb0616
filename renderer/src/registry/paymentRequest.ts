/**
 * Maslikhat aid payments (issue 6, item 9; digest 3.2 §13 steps 5-6). At the district office the
 * responsible specialist compiles a payment request of the assigned (approved, issued) cases with
 * their amounts and sends it to the Управление (office 00) as a `payment-request` registry file with
 * a printed list; the cases move to payment-requested. The Управление imports the file through the
 * ordinary preview → apply pipeline (importRegistry.ts) and marks each request sent to the Treasury
 * (treasury.ts). Candidates and amounts: paymentCases.ts; lists and the printed list: paymentViews.ts.
 *
 * Like exportRegistry: lifecycle steps computed first (pure), the file built (crypto), and only then
 * one Dexie transaction records the request, raises the pair's sequence and stores the steps.
 */
import { DEPARTMENT_CODE, officeByCode } from '@shared/directory/offices';
import type { TransitionContext } from '@shared/lifecycle';
import type { RegistryCase } from '@shared/registry';
import { activeCardOf, type UnwrappedKeys } from '@shared/registry/identity';
import type { AppDatabase } from '../db/database';
import { getInChunks } from '../db/bulkRead';
import type { CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { currentStepRules } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';
import { loadTrustStore } from './identity';
import { ownedParts } from './parts';
import { caughtAbort } from './abort';
import { runExclusive, type Progress } from './progress';
import { planSendSteps, sendRegistry } from './sendRegistry';
import {
  hasAmount,
  isRequestable,
  totalOf,
  type LeftOutReason,
  type PaymentRequestReport,
} from './paymentCases';

export {
  isPaymentService,
  paymentCandidates,
  type LeftOutReason,
  type PaymentCandidates,
  type PaymentRequestReport,
} from './paymentCases';
export {
  paymentListData,
  printPaymentList,
  receivedPaymentRequests,
  sentPaymentRequests,
  type PaymentRequestView,
} from './paymentViews';
export { markSentToTreasury, type TreasuryInput, type TreasuryResult } from './treasury';

export type PaymentRequestError =
  | 'busy'
  | 'no-cases'
  | 'not-district'
  | 'no-recipient-card'
  | 'keys-locked'
  | 'not-allowed'
  | 'changed-meanwhile'
  | 'lifecycle-refused';

export type PaymentRequestResult =
  | {
      ok: true;
      registry: RegistryRow;
      fileName: string;
      total: number;
      leftOut: { caseId: string; reason: LeftOutReason }[];
    }
  | {
      ok: false;
      error: PaymentRequestError;
      caseId?: string;
      leftOut?: { caseId: string; reason: LeftOutReason }[];
    };

export interface PaymentRequestInput {
  office: OfficeConfig;
  user: { id: string; roles: TransitionContext['actor']['roles'] };
  caseIds: readonly string[];
  keys: UnwrappedKeys;
  now: Date;
  onProgress?: (p: Progress) => void;
}

/**
 * Builds and records one payment request for the Управление. Cases without an amount are left out
 * and listed with their reason; never runs at the same time as a registry export.
 */
export function compilePaymentRequest(
  db: AppDatabase,
  input: PaymentRequestInput,
): Promise<PaymentRequestResult> {
  return runExclusive(
    'export',
    () => caughtAbort<PaymentRequestError, PaymentRequestResult>(() => doCompile(db, input)),
    { ok: false, error: 'busy' } as const,
  );
}

async function doCompile(db: AppDatabase, input: PaymentRequestInput): Promise<PaymentRequestResult> {
  const { office, now } = input;
  const progress = input.onProgress ?? (() => {});
  if (office.workstation === 'desk' || officeByCode(office.officeCode)?.type !== 'district')
    return { ok: false, error: 'not-district' };
  const recipientCode = DEPARTMENT_CODE;
  const recipientCard = activeCardOf(await loadTrustStore(db), recipientCode);
  if (!recipientCard) return { ok: false, error: 'no-recipient-card' };
  if (input.keys.card.officeCode !== office.officeCode) return { ok: false, error: 'keys-locked' };
  const ctx = workflowContext(input.user, office, now.getTime());
  if (!ctx || !input.user.roles.includes('responsible-specialist'))
    return { ok: false, error: 'not-allowed' };
  // The rules in force (stored overrides and calendar corrections), read before the transaction.
  const rules = await currentStepRules(db);

  // 1. Read every case; those without an amount are left out and listed.
  const requested = [...new Set(input.caseIds)].sort();
  const rows = await getInChunks(db.cases, requested);
  const leftOut: { caseId: string; reason: LeftOutReason }[] = [];
  const ready: CaseRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || !isRequestable(row, office))
      return { ok: false, error: 'changed-meanwhile', caseId: requested[i] };
    if (hasAmount(row.state)) ready.push(row);
    else leftOut.push({ caseId: row.id, reason: 'no-amount' });
  }
  if (ready.length === 0) return { ok: false, error: 'no-cases', leftOut };
  const amounts: Record<string, number> = Object.fromEntries(ready.map((r) => [r.id, r.state.amount!]));
  const total = totalOf(Object.values(amounts));
  const sent = await planSendSteps(db, ready, [{ type: 'request-payment' }], ctx, rules, progress);
  const parts: RegistryCase[] = [];
  for (const c of sent) {
    const owned = ownedParts(
      { id: c.read.id, intake: c.read.intake, state: c.stored!.state },
      office.officeCode,
    );
    if (owned.parts.length === 0) return { ok: false, error: 'not-allowed', caseId: c.read.id };
    parts.push(owned);
  }

  // 2. The file (in a worker), then one transaction.
  const { registry, fileName } = await sendRegistry(db, {
    kind: 'payment-request',
    office,
    user: input.user,
    recipientCode,
    recipientCard,
    keys: input.keys,
    now,
    cases: sent,
    parts,
    // Each case's audit line names the request it went in and its amount.
    caseAudit: (r, row) => ({ registryId: r.id, registryNumber: r.registryNumber, amount: amounts[row.id] }),
    report: () => {
      const report: PaymentRequestReport = {
        revisions: Object.fromEntries(sent.map((c) => [c.read.id, c.stored!.state.revisions.processing])),
        amounts,
        total,
      };
      return report as unknown as Record<string, unknown>;
    },
    auditDetails: { total, leftOut: leftOut.map((l) => l.caseId) },
    progress,
  });
  return { ok: true, registry, fileName, total, leftOut };
}
