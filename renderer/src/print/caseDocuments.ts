/**
 * Printed documents of a registered case (issue 4, item 6), assembled from the stored case row, the
 * catalogue and the directory, in the language chosen for the applicant. The journal's reprint uses
 * the same functions. Texts that are not in print.json (the acceptor's position, the addressee of the
 * application forms) come from intake.json through `t`, fixed to the print language by the caller.
 */
import { defaultCatalogue, getService, type Catalogue } from '@shared/catalogue';
import { buildCalendar, unverifiedBetween, type WorkingCalendar } from '@shared/calendar';
import type { Lang } from '@shared/i18n/lang';
import { toAlmatyDate } from '@shared/time/almaty';
import type { CaseRow } from '../db/types';
import { loadPrintKit } from './printKit';
import { caseDocumentFileName } from './fileNames';
import { buildApplicationForm } from './applicationForm';
import {
  hoursOnDate,
  issueOffice,
  nameFromFull,
  officeOrThrow,
  personName,
  printCaseNumber,
  printOffice,
  receiptDocumentLine,
  receivedDocuments,
  same,
  type PrintT,
} from './casePrintParts';

export {
  hoursOnDate,
  issueOffice,
  nameFromFull,
  printCaseNumber,
  printOffice,
  receiptDocumentLine,
  receivedDocuments,
  type PrintT,
} from './casePrintParts';
export { buildCounterRefusalPdf, type CounterRefusalPrint } from './counterRefusal';

export type CaseDocumentKind = 'receipt' | 'talon' | 'label' | 'application' | 'slip';

/** Which documents this case prints (issue 4, item 5). */
export function printableDocuments(
  row: CaseRow,
  catalogue: Catalogue = defaultCatalogue(),
): CaseDocumentKind[] {
  const kinds: CaseDocumentKind[] = [];
  const sameVisit = row.deadlines.unit === 'minutes';
  if (row.channel === 'center') kinds.push('receipt');
  else if (!sameVisit) kinds.push('talon');
  if (!sameVisit) kinds.push('label');
  const service = getService(catalogue, row.serviceId);
  const ack = service.channels[row.channel]?.acknowledgement ?? [];
  // The catalogue's acknowledgement decides (services 6-9): the printed form where the regulation
  // has one (digest 4.1, 4.2), else the slip alone.
  if (ack.includes('tear-off-slip')) kinds.push(service.applicationForm ? 'application' : 'slip');
  return kinds;
}

export async function buildCaseDocument(
  kind: CaseDocumentKind,
  row: CaseRow,
  lang: Lang,
  t: PrintT,
  catalogue: Catalogue = defaultCatalogue(),
  calendar: WorkingCalendar = buildCalendar(),
): Promise<{ bytes: Uint8Array; title: string; fileName: string }> {
  const { print, ctx } = await loadPrintKit(lang);
  const intake = row.intake;
  // A date counted across an unverified holiday may move when it is corrected: say so on paper.
  const unverified = (to: string | undefined) => {
    const days = to
      ? unverifiedBetween(calendar, toAlmatyDate(intake.acceptedAt), to).map((d) => d.date)
      : [];
    return days.length ? { unverifiedDays: days } : {};
  };
  const service = getService(catalogue, intake.serviceId);
  const caseNumber = printCaseNumber(row.id);
  const accepting = officeOrThrow(intake.acceptingOfficeCode);
  const applicant = personName(intake.applicant);
  const inspector = nameFromFull(intake.acceptedBy.fullName);
  const docs = receivedDocuments(intake, catalogue);
  const issue = issueOffice(intake);
  const dl = row.deadlines;
  const resultDate = dl.issueDate ?? dl.due ?? undefined;
  const title = t(`print.titles.${kind}`, { number: caseNumber.display });
  const fileName = caseDocumentFileName(t(`print.files.${kind}`), row.id);
  const acceptedOn = toAlmatyDate(intake.acceptedAt);
  const intakeMark = () => ({
    caseNumber,
    registeredOn: acceptedOn,
    service: service.name,
    documentsCount: docs.length,
    ...(resultDate ? { resultDate } : {}),
    acceptor: inspector,
    acceptorPosition: same(t('print.acceptorPosition')),
  });
  let bytes: Uint8Array;
  switch (kind) {
    case 'receipt': {
      const issueDate = dl.centerClock?.issueDate ?? dl.issueDate ?? acceptedOn;
      bytes = await print.buildReceipt(
        {
          caseNumber,
          acceptedAt: intake.acceptedAt,
          service: service.name,
          documents: docs.map((d) => receiptDocumentLine(service, intake, d)),
          issue: {
            date: issueDate,
            hours: hoursOnDate(issue, issueDate),
            place: {
              ru: `${issue.name.ru}, ${issue.address.ru}`,
              kk: `${issue.name.kk}, ${issue.address.kk}`,
            },
          },
          inspector,
          applicant: {
            name: applicant,
            ...(intake.applicant.phones[0] ? { phone: intake.applicant.phones[0] } : {}),
          },
          ...(intake.representative
            ? {
                representative: {
                  name: personName(intake.representative),
                  ...(intake.representative.phone ? { phone: intake.representative.phone } : {}),
                },
              }
            : {}),
          office: printOffice(accepting),
          ...unverified(issueDate),
        },
        ctx,
      );
      break;
    }
    case 'talon':
      bytes = await print.buildTalon(
        {
          caseNumber,
          registeredOn: acceptedOn,
          ...(intake.incomingNumber ? { journalNumber: intake.incomingNumber } : {}),
          service: service.name,
          applicant,
          ...(resultDate ? { resultDate } : {}),
          ...(service.channels[intake.channel]?.talonShowsResultPlace
            ? {
                resultPlace: {
                  ru: `${issue.name.ru}, ${issue.address.ru}`,
                  kk: `${issue.name.kk}, ${issue.address.kk}`,
                },
              }
            : {}),
          acceptor: inspector,
          office: printOffice(accepting),
          ...unverified(resultDate),
        },
        ctx,
      );
      break;
    case 'label':
      bytes = await print.buildPackageLabel(
        { caseNumber, serviceShort: service.name, applicant, acceptedOn },
        ctx,
      );
      break;
    case 'slip':
      bytes = await print.buildTearOffSlip({ intake: intakeMark(), applicant }, ctx);
      break;
    case 'application':
      bytes = await buildApplicationForm(
        { print, ctx },
        { intake, service, lang, t, applicant, acceptedOn, mark: intakeMark() },
      );
      break;
  }
  return { bytes, title, fileName };
}
