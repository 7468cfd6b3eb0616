/**
 * Hook for same-visit services (employment referral, АСП certificate): the referral or certificate is
 * printed during the visit, but its content belongs to issue 6. That issue registers its builder
 * here; until then the result screen shows the recorded start and end-by times and says so.
 */
import type { ServiceId } from '@shared/catalogue/ids';
import type { Lang } from '@shared/i18n/lang';
import type { CaseRow } from '../db/types';

export type SameVisitPrinter = (
  row: CaseRow,
  lang: Lang,
) => Promise<{ bytes: Uint8Array; title: string; fileName: string }>;

const printers = new Map<ServiceId, SameVisitPrinter>();

export function registerSameVisitPrinter(serviceId: ServiceId, printer: SameVisitPrinter): void {
  printers.set(serviceId, printer);
}

export function sameVisitPrinter(serviceId: ServiceId): SameVisitPrinter | undefined {
  return printers.get(serviceId);
}
