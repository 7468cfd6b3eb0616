/**
 * Live reads of the registry screens: registries and custody scans, office keys and trusted cards,
 * what an export would send, payment requests.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/DbContext';
import type {
  CaseRow,
  CustodyScanRow,
  OfficeConfig,
  OfficeKeyRow,
  RegistryRow,
  TrustedCardRow,
} from '../db/types';
import { handoffCases, resultCases, sendableCases, type CaseFilter } from '../registry/exportRegistry';
import { activeKeyRow } from '../registry/identity';
import {
  paymentCandidates,
  receivedPaymentRequests,
  sentPaymentRequests,
  type PaymentCandidates,
  type PaymentRequestView,
} from '../registry/paymentRequest';
import { exportBlocker, type ExportBlocker } from '../registry/readiness';

/** Every registry, sent and received, newest first. */
export function useRegistries(): RegistryRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.registries.orderBy('createdAt').reverse().toArray(), [db]);
}

/** The custody scans recorded against one registry. */
export function useCustodyScans(registryId: string): CustodyScanRow[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () => db.custodyScans.where('registryId').equals(registryId).toArray(),
    [db, registryId],
  );
}

/** This office's key sets, newest first. */
export function useOfficeKeys(): OfficeKeyRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.officeKeys.orderBy('createdAt').reverse().toArray(), [db]);
}

export function useTrustedCards(): TrustedCardRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.trustedCards.toArray(), [db]);
}

/** Whether the office has an active key set; undefined while loading. */
export function useHasActiveKeys(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(() => activeKeyRow(db).then(Boolean), [db]);
}

/** What stops an export to `recipientCode` (no keys, no trusted card of the recipient), or null. */
export function useExportBlocker(recipientCode: string | null): ExportBlocker | null | undefined {
  const db = useDb();
  return useLiveQuery(() => exportBlocker(db, recipientCode), [db, recipientCode]);
}

/** A desk's hand-over to its main workstation, a district's results, or a ЦОН's cases to send. */
export type ExportKind = 'handoff' | 'results' | 'send';

/** The cases an export of this kind would take; empty until a recipient is chosen (not for a hand-over). */
export function useExportCases(
  kind: ExportKind,
  office: OfficeConfig,
  recipientCode: string | null,
  filter: CaseFilter,
): CaseRow[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () =>
      kind === 'handoff'
        ? handoffCases(db, office)
        : !recipientCode
          ? Promise.resolve([])
          : kind === 'results'
            ? resultCases(db, office, recipientCode)
            : sendableCases(db, office, recipientCode, filter),
    [db, kind, office, recipientCode, filter],
  );
}

export function usePaymentCandidates(
  office: Pick<OfficeConfig, 'officeCode'>,
): PaymentCandidates | undefined {
  const db = useDb();
  return useLiveQuery(() => paymentCandidates(db, office), [db, office]);
}

export function useSentPaymentRequests(): PaymentRequestView[] | undefined {
  const db = useDb();
  return useLiveQuery(() => sentPaymentRequests(db), [db]);
}

export function useReceivedPaymentRequests(): PaymentRequestView[] | undefined {
  const db = useDb();
  return useLiveQuery(() => receivedPaymentRequests(db), [db]);
}
