/**
 * The printed registry sheet (issue 5, item 3): every case with its number and number of
 * documents, totals, and lines for the "handed over" and "received" signatures. Built by
 * shared/print's `buildRegistrySheet` (loaded lazily); if that chunk cannot load, a plain list
 * from here (pdf-lib with the kit's DejaVu fonts, so Kazakh letters print) still goes with the courier.
 */
import { formatCaseNumber } from '../../../../shared/case-number';
import { surnameWithInitials } from '../../../../shared/case/intake';
import { officeByCode } from '../../../../shared/directory/offices';
import { formatDateTime } from '../../../../shared/i18n/format';
import type { Lang } from '../../../../shared/i18n/lang';
import type { AppDatabase } from '../../db/database';
import type { RegistryRow } from '../../db/types';
import { createI18n } from '../../i18n';
import { defaultCatalogue } from '../../../../shared/catalogue';
import type { RegistrySheetData } from '../../../../shared/print/documents/registry-sheet';
import { printCaseNumber, printOffice } from '../../print/caseDocuments';
import { deliverPdf, loadPrintKit, type PrintKit } from '../../print/printKit';

export interface SheetCase {
  number: string;
  applicant: string;
  documents: number;
}

export interface SheetData {
  registryNumber: string;
  createdAt: number;
  sender: string;
  recipient: string;
  cases: SheetCase[];
}

export async function sheetData(db: AppDatabase, registry: RegistryRow, lang: Lang): Promise<SheetData> {
  const rows = await db.cases.bulkGet(registry.caseIds);
  const name = (code: string) => officeByCode(code)?.name[lang] ?? code;
  return {
    registryNumber: registry.registryNumber,
    createdAt: registry.createdAt,
    sender: name(registry.senderOfficeCode),
    recipient: name(registry.recipientOfficeCode),
    cases: registry.caseIds.map((id, i) => ({
      number: id,
      applicant: rows[i] ? surnameWithInitials(rows[i].intake.applicant) : '',
      documents: rows[i]?.intake.documents.length ?? 0,
    })),
  };
}

/** The shared builder's input: offices as printed, rows with the case barcode and service name. */
export async function sharedSheetData(
  db: AppDatabase,
  registry: RegistryRow,
  users: ReadonlyMap<string, string>,
): Promise<RegistrySheetData> {
  const rows = await db.cases.bulkGet(registry.caseIds);
  const catalogue = defaultCatalogue();
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

async function fallbackSheet(data: SheetData, kit: PrintKit, lang: Lang): Promise<Uint8Array> {
  const [{ PDFDocument, rgb }, fontkit] = await Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]);
  const t = createI18n(lang).getFixedT(lang, 'registries');
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit.default);
  const regular = await doc.embedFont(kit.ctx.fonts.regular, { subset: true });
  const bold = await doc.embedFont(kit.ctx.fonts.bold, { subset: true });
  const [width, height] = [595.28, 841.89];
  const margin = 50;
  let page = doc.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, opts: { size?: number; font?: typeof regular; x?: number } = {}) => {
    const size = opts.size ?? 10;
    if (y < margin + size) {
      page = doc.addPage([width, height]);
      y = height - margin;
    }
    page.drawText(text, { x: opts.x ?? margin, y, size, font: opts.font ?? regular, color: rgb(0, 0, 0) });
  };
  line(t('sheet.title', { number: data.registryNumber }), { size: 14, font: bold });
  y -= 20;
  line(`${t('sheet.sender')}: ${data.sender}`);
  y -= 14;
  line(`${t('sheet.recipient')}: ${data.recipient}`);
  y -= 14;
  line(`${t('sheet.created')}: ${formatDateTime(data.createdAt, lang)}`);
  y -= 22;
  const cols = [margin, margin + 30, margin + 190, margin + 420];
  const header = ['№', t('columns.number'), t('columns.applicant'), t('columns.documents')];
  header.forEach((h, i) => line(h, { font: bold, x: cols[i]! }));
  y -= 14;
  data.cases.forEach((c, n) => {
    const cells = [String(n + 1), formatCaseNumber(c.number), c.applicant, String(c.documents)];
    cells.forEach((cell, i) => line(cell, { x: cols[i]! }));
    y -= 14;
  });
  y -= 10;
  const documents = data.cases.reduce((sum, c) => sum + c.documents, 0);
  line(t('sheet.totals', { cases: data.cases.length, documents }), { font: bold });
  y -= 40;
  line(`${t('sheet.handedOver')}: ____________________  ____________________`);
  y -= 30;
  line(`${t('sheet.received')}: ____________________  ____________________`);
  return doc.save();
}

/** Builds the sheet of a registry and hands it to the Platform (print, or download on the web). */
export async function printRegistrySheet(db: AppDatabase, registry: RegistryRow, lang: Lang): Promise<void> {
  const users = new Map((await db.users.toArray()).map((u) => [u.id, u.fullName]));
  const [kit, sheet] = await Promise.all([
    loadPrintKit(lang),
    // Lazy like the rest of shared/print (pdf-lib, bwip-js).
    import('../../../../shared/print/documents/registry-sheet').catch(() => null),
  ]);
  const bytes = sheet
    ? await sheet.buildRegistrySheet(await sharedSheetData(db, registry, users), kit.ctx)
    : await fallbackSheet(await sheetData(db, registry, lang), kit, lang);
  const t = createI18n(lang).getFixedT(lang, 'registries');
  await deliverPdf(bytes, {
    title: t('sheet.title', { number: registry.registryNumber }),
    fileName: `registry-${registry.registryNumber}`,
  });
}
