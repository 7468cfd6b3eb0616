/**
 * Payment requests as the lists show them (sent at the district, received at the Управление) and
 * the printed list of one request, built through the print kit.
 */
import type { Catalogue, SubType } from '@shared/catalogue/types';
import { formatCaseNumber } from '@shared/case-number';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import type { PaymentRequestData } from '@shared/print';
import { toAlmatyDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import { catalogueFor, loadRules } from '../rules/rules';
import type { CaseRow, RegistryRow } from '../db/types';
import { nameFromFull, printOffice } from '../print/caseDocuments';
import { deliverPdf, loadPrintKit } from '../print/printKit';
import { paymentRequestFileName } from '../print/fileNames';
import { totalOf, type PaymentRequestReport } from './paymentCases';

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
