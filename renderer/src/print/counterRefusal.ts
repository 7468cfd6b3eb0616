/** The note of a refusal at the counter: what is missing and why, signed by the inspector. */
import type { Intake } from '@shared/case/intake';
import { defaultCatalogue, getService, type Catalogue, type DocumentItem } from '@shared/catalogue';
import type { Lang, LocalText } from '@shared/i18n/lang';
import { loadPrintKit } from './printKit';
import { counterRefusalFileName } from './fileNames';
import { nameFromFull, officeOrThrow, personName, printOffice, type PrintT } from './casePrintParts';

export interface CounterRefusalPrint {
  at: number;
  serviceId: Intake['serviceId'];
  officeCode: string;
  applicant?: { surname: string; name: string; patronymic: string };
  missing: { item: DocumentItem; reason: LocalText }[];
  inspectorFullName: string;
}

export async function buildCounterRefusalPdf(
  data: CounterRefusalPrint,
  lang: Lang,
  t: PrintT,
  catalogue: Catalogue = defaultCatalogue(),
): Promise<{ bytes: Uint8Array; title: string; fileName: string }> {
  const { print, ctx } = await loadPrintKit(lang);
  const service = getService(catalogue, data.serviceId);
  const bytes = await print.buildCounterRefusal(
    {
      at: data.at,
      service: service.name,
      ...(data.applicant && data.applicant.surname.trim() ? { applicant: personName(data.applicant) } : {}),
      missing: data.missing.map((m) => ({ document: m.item.name, reason: m.reason })),
      inspector: nameFromFull(data.inspectorFullName),
      office: printOffice(officeOrThrow(data.officeCode)),
    },
    ctx,
  );
  return {
    bytes,
    title: t('print.titles.refusal'),
    fileName: counterRefusalFileName(t('print.files.refusal'), data.officeCode, data.at),
  };
}
