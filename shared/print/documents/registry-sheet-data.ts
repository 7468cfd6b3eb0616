/** The registry sheet's input (registry-sheet.ts): one row per case, the registry's header data. */
import type { LocalText } from '../../i18n/lang';
import type { PrintCaseNumber } from '../case-number';
import type { PrintOffice } from '../office';
import type { PersonName } from '../person';

export interface RegistrySheetRow {
  caseNumber: PrintCaseNumber;
  serviceName: LocalText | string;
  /** «Қасымова Ә. Н.»: the sheet carries no more personal data than the package label. */
  applicantShort: string;
  documentsCount: number;
}

export interface RegistrySheetData {
  /** Digits and dashes (the registry manifest's format); its digits are printed as a barcode. */
  registryNumber: string;
  sender: PrintOffice;
  recipient: PrintOffice;
  /** Instant the registry was compiled. */
  createdAt: number;
  createdBy: PersonName | string;
  rows: RegistrySheetRow[];
}

export interface SheetOptions {
  /** Rows laid out so far, every few hundred rows and once at the end. */
  onProgress?: (done: number, total: number) => void;
}
