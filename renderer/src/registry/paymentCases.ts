/**
 * Which of the district office's approved maslikhat cases may go in a payment request (issue 6,
 * item 9), what the request's registry row keeps beside the file, and the exact total of amounts.
 */
import type { ServiceId } from '@shared/catalogue/ids';
import { SERVICE_FLOWS, type CaseState } from '@shared/lifecycle';
import type { AppDatabase } from '../db/database';
import type { CaseRow, OfficeConfig } from '../db/types';

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

export const hasAmount = (state: CaseState) =>
  typeof state.amount === 'number' && Number.isFinite(state.amount) && state.amount > 0;

export function isRequestable(row: CaseRow, office: Pick<OfficeConfig, 'officeCode'>): boolean {
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

/** What the request's registry row keeps beside the file: per-case revision and amount, the total. */
export interface PaymentRequestReport {
  revisions: Record<string, number>;
  amounts: Record<string, number>;
  total: number;
  /** At the Управление, once the request is passed on to the Treasury. */
  treasury?: { at: number; userId: string; cases: string[] };
}

/** Sum in tiyn, exact (the printed list sums the same way). */
export function totalOf(amounts: readonly number[]): number {
  return amounts.reduce((tiyn, a) => tiyn + Math.round(a * 100), 0) / 100;
}
