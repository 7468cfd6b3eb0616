/**
 * The printed registry sheet (issue 5, item 3): every case with its barcode, service, applicant
 * (surname and initials) and number of documents, totals, and the "handed over" / "received" lines.
 * Built by shared/print's `buildRegistrySheet` in a Web Worker (print/registrySheetJob.ts), with
 * progress and cancel (issue 12).
 */
import { surnameWithInitials } from '@shared/case/intake';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import type { RegistrySheetData } from '@shared/print';
import type { AppDatabase } from '../db/database';
import { getInChunks } from '../db/bulkRead';
import type { RegistryRow } from '../db/types';
import { loadRules } from '../rules/rules';
import { fixedT } from '../i18n/app';
import { printCaseNumber, printOffice } from '../print/caseDocuments';
import { deliverPdf } from '../print/printKit';
import { SheetCancelled, startRegistrySheet } from '../print/registrySheetJob';
import { registrySheetFileName } from '../print/fileNames';

/** The builder's input: offices as printed, rows with the case barcode and service name. */
export async function sheetData(
  db: AppDatabase,
  registry: RegistryRow,
  users: ReadonlyMap<string, string>,
): Promise<RegistrySheetData> {
  const rows = await getInChunks(db.cases, registry.caseIds);
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

export interface SheetPrintOptions {
  /** Rows laid out so far. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the build (the worker is terminated) and nothing is printed. */
  signal?: AbortSignal;
}

/** Builds the sheet of a registry and hands it to the Platform (print, or download on the web). */
export async function printRegistrySheet(
  db: AppDatabase,
  registry: RegistryRow,
  lang: Lang,
  options: SheetPrintOptions = {},
): Promise<'delivered' | 'cancelled'> {
  const { signal } = options;
  const users = new Map((await db.users.toArray()).map((u) => [u.id, u.fullName]));
  const data = await sheetData(db, registry, users);
  if (signal?.aborted) return 'cancelled';
  const job = startRegistrySheet(data, lang, { onProgress: options.onProgress });
  const cancel = () => job.cancel();
  signal?.addEventListener('abort', cancel);
  let bytes: Uint8Array;
  try {
    bytes = await job.promise;
  } catch (error) {
    if (error instanceof SheetCancelled) return 'cancelled';
    throw error;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  const t = await fixedT(lang, 'registries');
  await deliverPdf(bytes, {
    title: t('sheet.title', { number: registry.registryNumber }),
    fileName: registrySheetFileName(registry.registryNumber, lang),
  });
  return 'delivered';
}
