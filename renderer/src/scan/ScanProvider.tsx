/**
 * Barcode scans for the signed-in shell (issue 4, item 8; docs/decisions.md: a scan goes to the screen
 * waiting for it, and opens the case elsewhere). A screen that waits for scans (custody, issue)
 * claims them with `useScanClaim`; the newest claim wins while it is mounted. Unclaimed scans of a
 * valid case number open the case page; anything else shows a notice.
 */
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber, parseCaseNumber } from '@shared/case-number';
import { useDb } from '../db/DbContext';
import type { AppDatabase } from '../db/database';
import { listenForScans } from './wedgeListener';

export type ScanHandler = (digits: string) => void;

interface ScanContextValue {
  claim(handler: ScanHandler): () => void;
}

const ScanContext = createContext<ScanContextValue | null>(null);

export type UnclaimedScan =
  | { kind: 'open'; caseId: string }
  | { kind: 'unknown-case'; caseId: string }
  | { kind: 'not-a-case-number'; digits: string };

/** What an unclaimed scan means: a stored case to open, a valid number not stored here, or noise. */
export async function readUnclaimedScan(db: AppDatabase, digits: string): Promise<UnclaimedScan> {
  const parsed = parseCaseNumber(digits);
  if (!parsed.ok) return { kind: 'not-a-case-number', digits };
  const caseId = parsed.value.digits;
  return (await db.cases.get(caseId)) ? { kind: 'open', caseId } : { kind: 'unknown-case', caseId };
}

export function openCaseHash(caseId: string): string {
  return `#/journal/${caseId}`;
}

export function ScanProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const { t } = useTranslation('journal');
  const claims = useRef<ScanHandler[]>([]);
  const fallback = useRef<ScanHandler>(() => {});

  useEffect(() => {
    fallback.current = (digits) => {
      void readUnclaimedScan(db, digits).then((r) => {
        if (r.kind === 'open') {
          window.location.hash = openCaseHash(r.caseId);
          return;
        }
        notifications.show({
          color: 'orange',
          title: t('scan.title'),
          message:
            r.kind === 'unknown-case'
              ? t('scan.unknownCase', { number: formatCaseNumber(r.caseId) })
              : t('scan.notACaseNumber', { digits: r.digits }),
          'data-testid': 'scan-notice',
        });
      });
    };
  }, [db, t]);

  useEffect(() => {
    const listener = listenForScans(window, (digits) => {
      const top = claims.current[claims.current.length - 1];
      (top ?? fallback.current)(digits);
    });
    return () => listener.stop();
  }, []);

  const value = useMemo<ScanContextValue>(
    () => ({
      claim(handler) {
        claims.current.push(handler);
        return () => {
          claims.current = claims.current.filter((h) => h !== handler);
        };
      },
    }),
    [],
  );
  return <ScanContext.Provider value={value}>{children}</ScanContext.Provider>;
}

/**
 * Receive scans while mounted (and `active`). The handler may change between renders; the latest
 * one is called.
 */
export function useScanClaim(handler: ScanHandler, active = true): void {
  const ctx = useContext(ScanContext);
  if (!ctx) throw new Error('useScanClaim outside ScanProvider');
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!active) return;
    return ctx.claim((digits) => latest.current(digits));
  }, [ctx, active]);
}
