/**
 * The printed registry sheet (issue 5, item 3): every case with its barcode, service, applicant
 * (surname and initials) and number of documents, totals, and the "handed over" / "received" lines.
 * Built by shared/print's `buildRegistrySheet` through the lazily loaded print kit.
 */
import { surnameWithInitials } from '@shared/case/intake';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import type { RegistrySheetData } from '@shared/print';
import type { AppDatabase } from '../db/database';
import type { RegistryRow } from '../db/types';
import { loadRules } from '../rules/rules';
import { fixedT } from '../i18n/app';
import { printCaseNumber, printOffice } from '../print/caseDocuments';
import { deliverPdf, loadPrintKit } from '../print/printKit';
import { registrySheetFileName } from '../print/fileNames';

/** The builder's input: offices as printed, rows with the case barcode and service name. */
export async function sheetData(
  db: AppDatabase,
  registry: RegistryRow,
  users: ReadonlyMap<string, string>,
): Promise<RegistrySheetData> {
  const rows = await db.cases.bulkGet(registry.caseIds);
  const { catalogue } = await loadRules(db);
  const office = (code: string) => {
    const found = officeByCode(code);
    if (!found) throw new Error(`Unknown office ${code}`);
    return printOffice(found);
  };
  return {
    registryNumber: registry.registryNumber,
    sender: office(registry.senderOfficeCode),
    recipient: office(registry.recipientOfficeCode),
    createdAt: registry.createdAt,
    createdBy: users.get(registry.createdBy) ?? registry.createdBy,
    rows: registry.caseIds.map((id, i) => {
      const row = rows[i];
      return {
        caseNumber: printCaseNumber(id),
        serviceName: row ? catalogue.services[row.serviceId].name : '',
        applicantShort: row ? surnameWithInitials(row.intake.applicant) : '',
        documentsCount: row?.intake.documents.length ?? 0,
      };
    }),
  };
}

/** Builds the sheet of a registry and hands it to the Platform (print, or download on the web). */
export async function printRegistrySheet(db: AppDatabase, registry: RegistryRow, lang: Lang): Promise<void> {
  const users = new Map((await db.users.toArray()).map((u) => [u.id, u.fullName]));
  const [kit, data] = await Promise.all([loadPrintKit(lang), sheetData(db, registry, users)]);
  const bytes = await kit.print.buildRegistrySheet(data, kit.ctx);
  const t = await fixedT(lang, 'registries');
  await deliverPdf(bytes, {
    title: t('sheet.title', { number: registry.registryNumber }),
    fileName: registrySheetFileName(registry.registryNumber, lang),
  });
}
