/**
 * "Print it now" for the documents a workflow step produces (produce-document effects). The result
 * PDF builders (shared/print/documents/results) are loaded lazily with the fonts and labels of
 * `loadPrintKit`, and the bytes go to `deliverPdf` (web: a download; Electron: the print dialog).
 *
 * Printed now: notification of assignment, notification of document processing, motivated refusal,
 * notice of missing documents, the referral (employer and registration typed in the same-visit form,
 * kept in that step's audit entry) and the АСП certificate (from this office's approved АСП case of
 * the same person), the notice of refusal to accept (child benefits, 3.9 A3d: issued by the accepting
 * office, dated from the recorded request for originals, due 3 working days later) and the
 * survey-refusal protocol (АСП, 3.4 step 2a: signed by whoever recorded it as the commission's chair,
 * with blank lines for the members). The payment request has no builder yet: the hook answers
 * 'not-available' and the screen says so.
 */
import { defaultCatalogue, type Catalogue } from '@shared/catalogue';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import type { DocumentKind } from '@shared/lifecycle';
import { toAlmatyDate, type LocalDate } from '@shared/time/almaty';
import type { AppDatabase } from '../db/database';
import type { CaseRow } from '../db/types';
import { printCaseNumber, printOffice } from '../print/caseDocuments';
import { deliverPdf, loadPrintKit } from '../print/printKit';
import { resultFileName } from '../print/fileNames';
import { buildAuditedResult } from './auditedResults';
import { applicantName, aspAssignmentOf, printWords, signerName, type ResultJob } from './resultData';
import { canPrintResult } from './resultKinds';

export { aspAssignmentOf, limitEnd, originalsLimit } from './resultData';
export { canPrintResult, centerReprintOf } from './resultKinds';

export type PrintResultOutcome = 'printed' | 'saved' | 'cancelled' | 'not-available' | 'missing-data';

export async function printResultDocument(
  db: AppDatabase,
  kind: DocumentKind,
  row: CaseRow,
  lang: Lang,
  now: number,
  catalogue: Catalogue = defaultCatalogue(),
): Promise<PrintResultOutcome> {
  if (!canPrintResult(kind)) return 'not-available';
  const districtOffice = officeByCode(row.intake.districtOfficeCode);
  if (!districtOffice) return 'missing-data';
  const service = catalogue.services[row.serviceId];
  const date: LocalDate = toAlmatyDate(now);
  const events = (await db.audit.where('caseId').equals(row.id).toArray()).sort(
    (a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0),
  );
  const words = await printWords();
  const base = {
    office: printOffice(districtOffice),
    outgoingNumber: row.intake.incomingNumber || row.id,
    date,
    caseNumber: printCaseNumber(row.id),
    signer: { position: words.head, name: await signerName(db, row, events) },
  };
  const applicant = {
    ...base,
    service,
    recipient: { name: applicantName(row), address: row.intake.applicant.registeredAddress.street },
    applicationDate: toAlmatyDate(row.intake.acceptedAt),
  };

  const [{ ctx }, results] = await Promise.all([
    loadPrintKit(lang),
    import('@shared/print/documents/results'),
  ]);
  const job: ResultJob = {
    db,
    row,
    events,
    catalogue,
    service,
    date,
    now,
    words,
    base,
    applicant,
    results,
    ctx,
  };
  const bytes = (await buildApplicantResult(kind, job)) ?? (await buildAuditedResult(kind, job));
  if (bytes === null) return 'not-available';
  if (bytes === 'missing-data') return bytes;
  // In the user's language, never the internal kind (issue 16, item 15).
  const fileName = resultFileName(kind, row.id, lang);
  return deliverPdf(bytes, { title: fileName, fileName });
}

/** The results addressed to the applicant about the decision, from the case row alone. */
async function buildApplicantResult(
  kind: DocumentKind,
  job: ResultJob,
): Promise<Uint8Array | 'missing-data' | null> {
  const { db, row, catalogue, service, date, now, base, applicant, results, ctx } = job;
  const state = row.state;
  let bytes: Uint8Array;
  switch (kind) {
    case 'notification-of-assignment': {
      if (state.amount === undefined) return 'missing-data';
      const housing = row.deadlines.housingPeriod;
      const decided = state.milestones.decidedAt ?? now;
      const period = housing
        ? { startMonth: housing.startMonth, months: housing.months }
        : state.periodMonths
          ? { startMonth: toAlmatyDate(decided).slice(0, 7), months: state.periodMonths }
          : undefined;
      bytes = await results.buildAssignmentNotice(
        {
          ...applicant,
          ...(period ? { period } : {}),
          amount: { value: state.amount, per: period ? 'month' : 'once' },
        },
        ctx,
      );
      break;
    }
    case 'notification-of-document-processing':
      bytes = await results.buildProcessingNotice(
        { ...applicant, ...(row.intake.subType ? { subType: row.intake.subType } : {}) },
        ctx,
      );
      break;
    case 'motivated-refusal': {
      if (!state.refusalGrounds?.length) return 'missing-data';
      const center = row.channel === 'center' ? officeByCode(row.intake.acceptingOfficeCode) : undefined;
      bytes = await results.buildRefusalNotice(
        {
          ...applicant,
          grounds: results.refusalGroundsOf(service, state.refusalGrounds),
          ...(row.intake.subType ? { subType: row.intake.subType } : {}),
          ...(center ? { returnedVia: center.name } : {}),
        },
        ctx,
      );
      break;
    }
    case 'certificate': {
      const assignment = await aspAssignmentOf(db, row, catalogue);
      if (!assignment || !results.aspCoversQuarter(assignment, date)) return 'missing-data';
      bytes = await results.buildAspCertificate(
        {
          ...base,
          service,
          recipient: { name: applicantName(row), address: row.intake.applicant.registeredAddress.street },
          ...(row.intake.applicant.iin ? { iin: row.intake.applicant.iin } : {}),
          assignment,
        },
        ctx,
      );
      break;
    }
    default:
      return null;
  }
  return bytes;
}
