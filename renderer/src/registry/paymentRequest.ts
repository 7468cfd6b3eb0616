/**
 * Maslikhat aid payments (issue 6, item 9; digest 3.2 §13 steps 5-6). At the district office the
 * responsible specialist compiles a payment request of the assigned (approved, issued) cases with
 * their amounts and sends it to the Управление (office 00) as a `payment-request` registry file with
 * a printed list; the cases move to payment-requested. The Управление imports the file through the
 * ordinary preview → apply pipeline (importRegistry.ts) and marks each request sent to the Treasury.
 *
 * Like exportRegistry: lifecycle steps computed first (pure), the file built (crypto), and only then
 * one Dexie transaction records the request, raises the pair's sequence and stores the steps.
 */
import type { Catalogue, SubType } from '@shared/catalogue/types';
import type { ServiceId } from '@shared/catalogue/ids';
import { formatCaseNumber } from '@shared/case-number';
import { DEPARTMENT_CODE, officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import { SERVICE_FLOWS, type CaseState, type TransitionContext } from '@shared/lifecycle';
import type { PaymentRequestData } from '@shared/print';
import type { RegistryCase } from '@shared/registry';
import { activeCardOf, type UnwrappedKeys } from '@shared/registry/identity';
import { toAlmatyDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import { getInChunks } from '../db/bulkRead';
import { catalogueFor, loadRules } from '../rules/rules';
import type { CaseRow, OfficeConfig, RegistryRow } from '../db/types';
import { nameFromFull, printOffice } from '../print/caseDocuments';
import { deliverPdf, loadPrintKit } from '../print/printKit';
import { currentStepRules, writeStepRows } from '../workflow/applyEvent';
import { workflowContext } from '../workflow/context';
import { loadTrustStore } from './identity';
import { ownedParts } from './parts';
import { Abort, caughtAbort } from './abort';
import { runExclusive, type Progress } from './progress';
import { planSendSteps, sendRegistry, type SentCase } from './sendRegistry';
import { paymentRequestFileName } from '../print/fileNames';

/** Services whose approved cases are paid through the Управление: the lifecycle's flows say which. */
export const isPaymentService = (serviceId: ServiceId): boolean => SERVICE_FLOWS[serviceId].payment;
/** An approved maslikhat case is requested for payment once its result is issued (lifecycle rules). */
const REQUESTABLE: readonly string[] = ['issued-in-person', 'sent-by-post'];

export type LeftOutReason = 'no-amount';

export interface PaymentCandidates {
  /** Approved, issued, with an amount: ready to be requested. */
  ready: CaseRow[];
  /** Approved and issued but not requestable, with the reason shown to the specialist. */
  leftOut: { row: CaseRow; reason: LeftOutReason }[];
}

const hasAmount = (state: CaseState) =>
  typeof state.amount === 'number' && Number.isFinite(state.amount) && state.amount > 0;

function isRequestable(row: CaseRow, office: Pick<OfficeConfig, 'officeCode'>): boolean {
  return (
    isPaymentService(row.serviceId) &&
    row.districtOfficeCode === office.officeCode &&
    REQUESTABLE.includes(row.status) &&
    row.state.decision === 'approved'
  );
}

/** The district office's approved maslikhat cases not yet requested, and those left out (no amount). */
export async function paymentCandidates(
  db: AppDatabase,
  office: Pick<OfficeConfig, 'officeCode'>,
): Promise<PaymentCandidates> {
  const rows = await db.cases.where('districtOfficeCode').equals(office.officeCode).toArray();
  const out: PaymentCandidates = { ready: [], leftOut: [] };
  for (const row of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!isRequestable(row, office)) continue;
    if (hasAmount(row.state)) out.ready.push(row);
    else out.leftOut.push({ row, reason: 'no-amount' });
  }
  return out;
}

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

/** What the request's registry row keeps beside the file: per-case revision and amount, the total. */
export interface PaymentRequestReport {
  revisions: Record<string, number>;
  amounts: Record<string, number>;
  total: number;
  /** At the Управление, once the request is passed on to the Treasury. */
  treasury?: { at: number; userId: string; cases: string[] };
}

/** Sum in tiyn, exact (the printed list sums the same way). */
function totalOf(amounts: readonly number[]): number {
  return amounts.reduce((tiyn, a) => tiyn + Math.round(a * 100), 0) / 100;
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

/** A payment request as the lists show it: the file's row, its cases, amounts and Treasury state. */
export interface PaymentRequestView {
  registry: RegistryRow;
  cases: { id: string; row: CaseRow | undefined; amount: number }[];
  total: number;
  /** Cases still waiting for the Treasury step (at the Управление). */
  pending: string[];
  treasury?: PaymentRequestReport['treasury'];
}

async function viewsOf(db: AppDatabase, registries: RegistryRow[]): Promise<PaymentRequestView[]> {
  const views: PaymentRequestView[] = [];
  for (const registry of registries.sort((a, b) => b.createdAt - a.createdAt)) {
    const rows = await db.cases.bulkGet(registry.caseIds);
    const report = (registry.report ?? {}) as Partial<PaymentRequestReport>;
    const cases = registry.caseIds.map((id, i) => ({
      id,
      row: rows[i],
      amount: rows[i]?.state.amount ?? report.amounts?.[id] ?? 0,
    }));
    views.push({
      registry,
      cases,
      total: totalOf(cases.map((c) => c.amount)),
      pending: cases.filter((c) => c.row?.status === 'payment-requested').map((c) => c.id),
      ...(report.treasury ? { treasury: report.treasury } : {}),
    });
  }
  return views;
}

/** Requests this district office has sent, newest first. */
export async function sentPaymentRequests(db: AppDatabase): Promise<PaymentRequestView[]> {
  const rows = await db.registries.where('direction').equals('out').toArray();
  return viewsOf(
    db,
    rows.filter((r) => r.kind === 'payment-request'),
  );
}

/** Requests the Управление has imported, newest first. */
export async function receivedPaymentRequests(db: AppDatabase): Promise<PaymentRequestView[]> {
  const rows = await db.registries.where('direction').equals('in').toArray();
  return viewsOf(
    db,
    rows.filter((r) => r.kind === 'payment-request'),
  );
}

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

/** The printed list's data: the request's cases with recipients, categories, decisions and amounts. */
export async function paymentListData(
  db: AppDatabase,
  view: PaymentRequestView,
): Promise<PaymentRequestData> {
  const { registry } = view;
  const sender = officeByCode(registry.senderOfficeCode);
  const addressee = officeByCode(registry.recipientOfficeCode);
  if (!sender || !addressee) throw new Error('Unknown office');
  // Names of the district's people are known only where the request was compiled; a copy printed at
  // the Управление leaves the signature lines blank rather than naming its own staff.
  const users = registry.direction === 'out' ? await db.users.toArray() : [];
  const compiler = users.find((u) => u.id === registry.createdBy);
  const head = users.find((u) => !u.disabled && u.roles.includes('district-head'));
  // Maslikhat categories are edited by the administrator: each case's own rules version names them.
  const current = (await loadRules(db)).catalogue;
  const catalogues = new Map<string, Catalogue>();
  for (const c of view.cases) {
    const version = c.row?.intake.rulesVersion;
    if (version === undefined || catalogues.has(version)) continue;
    catalogues.set(version, (await catalogueFor(db, version)) ?? current);
  }
  return {
    requestNumber: registry.registryNumber,
    office: printOffice(sender),
    addressee: addressee.name,
    date: toAlmatyDate(registry.createdAt),
    rows: view.cases.map((c) => {
      const applicant = c.row?.intake.applicant;
      const subType = c.row?.state.subType ?? c.row?.intake.subType;
      const subTypes: SubType[] = c.row
        ? (catalogues.get(c.row.intake.rulesVersion)?.services[c.row.serviceId].subTypes ?? [])
        : [];
      const category = subTypes.find((s) => s.id === subType)?.name;
      const decidedAt = c.row?.state.milestones.decidedAt;
      return {
        caseNumber: formatCaseNumber(c.id),
        recipient: applicant
          ? {
              surname: applicant.surname,
              givenName: applicant.name,
              ...(applicant.patronymic ? { patronymic: applicant.patronymic } : {}),
            }
          : { surname: '', givenName: '' },
        ...(applicant?.iin ? { iin: applicant.iin } : {}),
        ...(category ? { category } : {}),
        ...(decidedAt !== undefined ? { decidedOn: toAlmatyDate(decidedAt) } : {}),
        amount: c.amount,
      };
    }),
    compiledBy: nameFromFull(compiler?.fullName ?? ''),
    head: nameFromFull(head?.fullName ?? ''),
  };
}

/** Builds the printed list through the print kit and hands it to the Platform. */
export async function printPaymentList(
  db: AppDatabase,
  view: PaymentRequestView,
  lang: Lang,
  title: string,
): Promise<void> {
  const [kit, data] = await Promise.all([loadPrintKit(lang), paymentListData(db, view)]);
  const bytes = await kit.print.buildPaymentRequestList(data, kit.ctx);
  await deliverPdf(bytes, { title, fileName: paymentRequestFileName(view.registry.registryNumber, lang) });
}
